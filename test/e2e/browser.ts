import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium as launchHeadlessChromium } from '../support/chromium.ts';

const shots = join(import.meta.dirname, '..', '..', 'test-results');

/** Debian's chromium, headless (test/support/chromium.ts), with test-results/ ready for screenshots. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(shots, { recursive: true });
  return launchHeadlessChromium();
}

/** A screenshot of what a person sees, under test-results/. */
export const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

/** A new page signed in as the demo administrator; `errors` collects every script error the page throws. */
export async function signedInPage(browser: Browser, url: string, options: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext({ locale: 'zh-CN', ...options })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}/`);
  await page.waitForSelector('form.login');
  await page.fill('input[name=name]', 'admin');
  await page.fill('input[name=password]', 'plantrack-demo');
  await page.click('form.login button[type=submit]');
  return { page, errors };
}

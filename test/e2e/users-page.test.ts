import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';

async function loggedIn(browser: Browser, base: string, name: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage();
  await page.goto(`${base}/#/login`);
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', password);
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('table.grid');
  return page;
}

async function indicatorPage(page: Page, base: string, plan: number, indicator: string) {
  await page.goto(`${base}/#/plans/${plan}/indicators/${encodeURIComponent(indicator)}`);
  await page.waitForSelector('#status');
  await page.waitForLoadState('networkidle');
}

test('an admin creates an editor of 海州区 and a viewer on 用户管理; each sees only the forms they may use', { timeout: 600_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-users-'));
  const server = await startRealServer(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const admin = await loggedIn(browser, server.url, 'admin', 'plantrack-demo');
    await admin.click('nav >> text=用户管理');
    await admin.waitForSelector('form#new-user');
    for (const [name, role] of [['海州填报员', 'editor'], ['访客', 'viewer']]) {
      await admin.fill('input[name=new-name]', name);
      await admin.selectOption('select[name=new-role]', role);
      await admin.fill('input[name=new-password]', 'user-pass-1');
      await admin.click('form#new-user button[type=submit]');
      await admin.waitForSelector(`table.users >> text=${name}`);
    }
    await admin.fill('input[aria-label="授权 海州填报员 的规划"]', '海州区');
    await admin.click('tr:has-text("海州填报员") form >> text=授权');
    await admin.waitForSelector('table.users >> text=连云港市海州区 十四五');
    await admin.fill('input[aria-label="授权 海州填报员 的规划"]', '海洲区');
    await admin.click('tr:has-text("海州填报员") form >> text=授权');
    assert.match(await (await admin.waitForSelector('.message.error')).textContent() ?? '', /找不到规划 "海洲区"/);
    await shot(admin, 'users-01-admin');

    const editor = await loggedIn(browser, server.url, '海州填报员', 'user-pass-1');
    await indicatorPage(editor, server.url, 3, '地区生产总值');
    assert.equal(await editor.locator('form#entry').count(), 1, 'the editor of 海州区 sees the entry form on its plan');
    await indicatorPage(editor, server.url, 1, '常住人口城镇化率');
    assert.equal(await editor.locator('form#entry').count(), 0, 'no entry form on another plan');
    await editor.goto(`${server.url}/#/plans/1`);
    await editor.waitForSelector('table.indicators tbody tr');
    assert.equal(await editor.locator('text=数据录入').count(), 0);
    assert.equal(await editor.locator('nav >> text=用户管理').count(), 0);

    const viewer = await loggedIn(browser, server.url, '访客', 'user-pass-1');
    await indicatorPage(viewer, server.url, 1, '常住人口城镇化率');
    assert.equal(await viewer.locator('form').count(), 0, 'a viewer sees no form at all');
    await shot(viewer, 'users-02-viewer');

    await admin.click('tr:has-text("海州填报员") >> text=结束登录');
    await admin.waitForSelector('text=已结束 海州填报员 的全部登录会话');
    await editor.reload();
    await editor.waitForSelector('form.login');
    const again = await loggedIn(browser, server.url, '海州填报员', 'user-pass-1');
    await admin.fill('input[aria-label="海州填报员 的新密码"]', 'user-pass-2');
    await admin.click('tr:has-text("海州填报员") >> text=重置密码');
    await admin.waitForSelector('text=已重置 海州填报员 的密码，其登录会话已全部结束');
    await again.reload();
    await again.waitForSelector('form.login');

    await admin.click('tr:has-text("访客") >> text=停用');
    await admin.waitForSelector('tr:has-text("访客") >> text=已停用');
    await viewer.reload();
    await viewer.waitForSelector('form.login');
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

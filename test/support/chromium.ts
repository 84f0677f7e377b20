import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './system.ts';

/**
 * Debian's chromium, headless, with no background traffic: this machine has no network, and without these
 * flags Chromium's own connections are refused many at a time (the e2e tests and the printed PDFs share them).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
}

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

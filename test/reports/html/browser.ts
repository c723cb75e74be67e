/** Chromium for the report/review page tests: the harness's own launcher (Debian's Chromium, no download). */
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SharedBrowser } from '../../../harness/channels/webchat/browser.js';

export function reportBrowser(): { get(): Promise<Browser>; close(): Promise<void> } {
  const shared = new SharedBrowser({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, extraArgs: ['--autoplay-policy=no-user-gesture-required'] });
  return {
    async get() {
      const r = await shared.get();
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.browser;
    },
    close: () => shared.close(),
  };
}

/** Screenshots go to $MS_SHOTS (default: a folder in the OS temp dir) for a person to look at. */
export async function shot(page: Page, name: string): Promise<string> {
  const dir = process.env.MS_SHOTS ?? path.join(os.tmpdir(), 'ms-report-shots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Errors thrown by the page's own script fail the test (a blank page would otherwise pass silently). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

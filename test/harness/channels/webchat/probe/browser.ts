/** One Chromium per test file, launched with the project's own flags (tests stay small). */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../../../../harness/channels/webchat/browser.js';
import { defaultConfig } from '../../../../../harness/config/load.js';

export const BROWSER_CONFIG = defaultConfig().browser;

export function launchTestBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: BROWSER_CONFIG.executablePath, headless: true, args: chromiumArgs(BROWSER_CONFIG) });
}

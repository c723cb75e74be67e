/**
 * One shared Chromium for a test file of the web-chat channel, and a fresh context per test that is
 * closed after it (the setup every browser-level test of the channel needs).
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { SharedBrowser } from '../../../../harness/channels/webchat/browser.js';
import { testConfig } from './config.js';

export interface TestBrowser {
  /** A new context of the shared browser; closed after the current test. */
  newContext(): Promise<BrowserContext>;
}

export function useTestBrowser(): TestBrowser {
  const shared = new SharedBrowser(testConfig('http://127.0.0.1:9').browser);
  const open: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(() => shared.close());
  return {
    async newContext() {
      const result = await shared.get();
      if (!result.ok) throw new Error(result.error.message);
      const context = await result.browser.newContext();
      open.push(context);
      return context;
    },
  };
}

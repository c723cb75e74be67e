import { afterAll, describe, expect, it } from 'vitest';
import { REQUIRED_CHROMIUM_ARGS, SharedBrowser, chromiumArgs } from '../../../../harness/channels/webchat/browser.js';
import { testConfig } from './config.js';

const browserConfig = testConfig('http://127.0.0.1:9').browser;

describe('chromiumArgs', () => {
  it('puts the required flags first and appends extraArgs', () => {
    const args = chromiumArgs({ ...browserConfig, extraArgs: ['--lang=zh-CN'] });
    expect(args.slice(0, REQUIRED_CHROMIUM_ARGS.length)).toEqual([...REQUIRED_CHROMIUM_ARGS]);
    expect(args.at(-1)).toBe('--lang=zh-CN');
    for (const flag of ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup']) {
      expect(args).toContain(flag);
    }
  });
});

describe('SharedBrowser', () => {
  const shared = new SharedBrowser(browserConfig);
  afterAll(() => shared.close());

  it('launches once, lazily, and hands the same browser to every caller', async () => {
    const [a, b] = await Promise.all([shared.get(), shared.get()]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) throw new Error('unreachable');
    expect(a.browser).toBe(b.browser);
    expect(a.browser.isConnected()).toBe(true);
  });

  it('closes the browser and refuses new contacts afterwards (idempotent)', async () => {
    const own = new SharedBrowser(browserConfig);
    const result = await own.get();
    if (!result.ok) throw new Error(result.error.message);
    await own.close();
    await own.close();
    expect(result.browser.isConnected()).toBe(false);
    const after = await own.get();
    expect(after.ok).toBe(false);
  });

  it('reports a missing executable as E_BROWSER_MISSING with a setup hint, without throwing', async () => {
    const missing = new SharedBrowser({ ...browserConfig, executablePath: '/opt/no/chromium' });
    const result = await missing.get();
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.error.code).toBe('E_BROWSER_MISSING');
    expect(result.error.message).toContain('/opt/no/chromium');
    expect(result.error.hint).toContain('npm run setup');
    expect(result.error.hint).toContain('apt-get install -y chromium');
    await missing.close();
  });

  it('launches a fresh browser after the shared one went away', async () => {
    const own = new SharedBrowser(browserConfig);
    const first = await own.get();
    if (!first.ok) throw new Error(first.error.message);
    await first.browser.close();
    const second = await own.get();
    expect(second.ok).toBe(true);
    if (second.ok) expect(second.browser).not.toBe(first.browser);
    await own.close();
  });
});

import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, REQUIRED_CHROMIUM_ARGS, SharedBrowser, chooseExecutable, chromiumArgs } from '../../../../harness/channels/webchat/browser.js';
import { testConfig } from './config.js';

const browserConfig = testConfig('http://127.0.0.1:9').browser;

describe('chromiumArgs', () => {
  it('puts the required flags first and appends extraArgs', () => {
    const args = chromiumArgs({ ...browserConfig, extraArgs: ['--lang=zh-CN'] });
    expect(args.slice(0, REQUIRED_CHROMIUM_ARGS.length)).toEqual([...REQUIRED_CHROMIUM_ARGS]);
    expect(args.at(-1)).toBe('--lang=zh-CN');
    for (const flag of ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,IsolateOrigins,site-per-process']) {
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

describe('chooseExecutable', () => {
  const shell = path.join(os.tmpdir(), `ms-fake-headless-shell-${process.pid}`);
  beforeAll(() => writeFile(shell, '#!/bin/sh\n', { mode: 0o755 }));
  afterAll(() => rm(shell, { force: true }));
  const config = { ...browserConfig, executablePath: DEFAULT_CHROMIUM, headless: true };

  it('uses the headless shell for a headless run with the default Chromium, when it is installed', async () => {
    expect(await chooseExecutable(config, true, shell)).toBe(shell);
    expect(await chooseExecutable(config, true, '/opt/no/headless-shell')).toBe(DEFAULT_CHROMIUM);
  });

  it('keeps the configured executable when asked to, when headed, or when the config names another one', async () => {
    expect(await chooseExecutable(config, false, shell)).toBe(DEFAULT_CHROMIUM);
    expect(await chooseExecutable({ ...config, headless: false }, true, shell)).toBe(DEFAULT_CHROMIUM);
    expect(await chooseExecutable({ ...config, executablePath: '/opt/chrome/chrome' }, true, shell)).toBe('/opt/chrome/chrome');
  });
});

describe('chromiumArgs window size', () => {
  it('sizes every chat window by launch flag instead of per-page viewport emulation', () => {
    expect(chromiumArgs(browserConfig)).toContain('--window-size=1024,768');
  });
});

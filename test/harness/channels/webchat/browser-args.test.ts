/**
 * Launch flags: feature lists merged into one switch (Chromium keeps only the last of each), and the
 * process model they give a cross-site widget iframe in the full Chromium (the headless shell never
 * isolates sites): in the shop page's renderer, not an out-of-process iframe of its own.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, REQUIRED_CHROMIUM_ARGS, chromiumArgs, mergeFeatureLists } from '../../../../harness/channels/webchat/browser.js';
import { startWidgetZoo, type WidgetZoo } from '../../../../mocks/widget-zoo/server.js';
import { testConfig } from './config.js';

const browserConfig = testConfig('http://127.0.0.1:9').browser;
const disableFeatures = (args: readonly string[]) => args.filter((a) => a.startsWith('--disable-features='));

describe('mergeFeatureLists', () => {
  it('merges every --disable-features and --enable-features into one switch each, at the first one’s place', () => {
    const merged = mergeFeatureLists(['--a', '--disable-features=X,Y', '--enable-features=E', '--b', '--disable-features=Y,Z', '--enable-features=F']);
    expect(merged).toEqual(['--a', '--disable-features=X,Y,Z', '--enable-features=E,F', '--b']);
  });

  it('leaves flags without feature lists as they are', () => {
    expect(mergeFeatureLists(['--no-sandbox', '--lang=zh-CN'])).toEqual(['--no-sandbox', '--lang=zh-CN']);
  });
});

describe('chromiumArgs', () => {
  it('keeps the required disabled features when the config adds its own (one switch, both lists)', () => {
    const args = chromiumArgs({ ...browserConfig, extraArgs: ['--disable-features=Translate'] });
    const lists = disableFeatures(args);
    expect(lists).toHaveLength(1);
    const names = lists[0]!.slice('--disable-features='.length).split(',');
    expect(names).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'IsolateOrigins', 'site-per-process', 'Translate']));
  });

  it('turns site isolation off: one switch in the required flags, plus the field-trial switch', () => {
    expect(disableFeatures(REQUIRED_CHROMIUM_ARGS)).toHaveLength(1);
    expect(REQUIRED_CHROMIUM_ARGS).toContain('--disable-site-isolation-trials');
  });
});

describe('a cross-site widget iframe in the full Chromium', () => {
  let zoo: WidgetZoo;
  let browser: Browser;
  beforeAll(async () => {
    zoo = await startWidgetZoo({ widgetHost: 'localhost' });
    browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, headless: true, args: chromiumArgs(browserConfig) });
  });
  afterAll(async () => {
    await browser?.close();
    await zoo?.close();
  });

  it('stays in the shop page’s renderer (no out-of-process iframe target) and works', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${zoo.url}/zoo/vendor-launcher?ref=site-isolation`);
    await page.locator('#onetrust-accept-btn-handler').click();
    await page.locator('#embeddedMessagingConversationButton').click();
    const frame = page.frameLocator('iframe#embeddedMessagingFrame');
    await frame.locator('.chat-message.bot').first().waitFor();
    expect(page.frames().some((f) => f.url().startsWith(zoo.widgetOrigin))).toBe(true);
    expect(zoo.widgetOrigin).toMatch(/^http:\/\/localhost:/u);
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
    await cdp.detach();
    // With site isolation the widget's document would be a target of type "iframe" in a renderer of its own.
    expect(targetInfos.filter((t) => t.type === 'iframe')).toEqual([]);
    expect(targetInfos.some((t) => t.type === 'page' && t.url.includes('site-isolation'))).toBe(true);
    await context.close();
  });
});

/**
 * The popup-window page (网易七鱼's desktop default) beyond the common conversation test: driven
 * from its scenario the chat window really closes itself after the end (nothing held open), without
 * ?closeAfterMs it stays open on 本次会话已结束, the 留言 entry is not the chat, 评价 adds no message,
 * the header's 转人工 hands over, and a second click on the entry reuses the open window.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedConversation } from '../../../mocks/widget-zoo/centre.js';
import { CLOSE_AFTER_PARAM } from '../../../mocks/widget-zoo/pages/popup-window.js';
import { CLOSED_NOTICE, HANDOFF_NOTICE } from '../../../mocks/widget-zoo/scripts.js';
import { startWidgetZoo, type WidgetZoo } from '../../../mocks/widget-zoo/server.js';
import { driverFor, hostUrl, launchZooBrowser, openChat, sayLine, type PageDriver } from './drivers.js';

let browser: Browser;
let zoo: WidgetZoo;
const driver = driverFor('popup-window');
/** The same page without the scenario's ?closeAfterMs: Qiyu's default, the window stays open. */
const stayingOpen: PageDriver = {
  ...driver,
  scenario: { ...driver.scenario, target: { ...driver.scenario.target, chatUrl: driver.scenario.target.chatUrl.split('?')[0]! } },
};

beforeAll(async () => {
  zoo = await startWidgetZoo();
  browser = await launchZooBrowser();
});
afterAll(async () => {
  await browser?.close();
  await zoo?.close();
});

async function truthReaches(ref: string, count: number): Promise<void> {
  await expect.poll(() => zoo.truth(ref).length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(count);
}

/** Every message the centre and customer exchange for the scenario's lines. */
function expectedCount(lines: string[]): number {
  const centre = new ScriptedConversation('popup-window');
  return centre.opening().messages.length + lines.reduce((n, line) => n + 1 + centre.reply(line).messages.length, 0);
}

async function withContext(run: (context: BrowserContext, page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    await run(context, await context.newPage());
  } finally {
    await context.close();
  }
}

describe('popup-window page', () => {
  it('driven from its scenario, the chat window closes itself after 本次会话已结束 and the shop page stays', async () => {
    expect(driver.clicks).toEqual([{ selector: '#qy-entry-chat', optional: false, popup: true }]);
    expect(driver.frames).toEqual([]);
    const ref = 'selftest-popup-closes';
    await withContext(async (context, page) => {
      // The other way to follow a window: the context's new page.
      await page.goto(hostUrl(zoo.url, driver, ref));
      const [popup] = await Promise.all([context.waitForEvent('page'), page.click(driver.clicks[0]!.selector)]);
      const closed = popup.waitForEvent('close', { timeout: 60_000 });
      await truthReaches(ref, 1);
      let count = 1;
      const centre = new ScriptedConversation('popup-window');
      centre.opening();
      for (const line of driver.lines) {
        count += 1 + centre.reply(line).messages.length;
        await sayLine(popup, driver, line);
        await truthReaches(ref, count);
      }
      expect(count).toBe(expectedCount(driver.lines));
      await closed;
      expect(popup.isClosed()).toBe(true);
      expect(context.pages()).toEqual([page]);
      expect(await page.locator('#qy-entry-chat').isVisible()).toBe(true);
      const truth = zoo.truth(ref);
      expect(truth.length).toBe(count);
      expect(truth.at(-1)).toMatchObject({ speaker: 'system', text: CLOSED_NOTICE });
    });
  }, 120_000);

  it(`without ?${CLOSE_AFTER_PARAM} the window stays open on 本次会话已结束, composer off`, async () => {
    const ref = 'selftest-popup-stays';
    await withContext(async (_context, page) => {
      const popup = (await openChat(page, zoo.url, stayingOpen, ref)) as Page;
      expect(new URL(popup.url()).searchParams.has(CLOSE_AFTER_PARAM)).toBe(false);
      await truthReaches(ref, 1);
      await sayLine(popup, stayingOpen, '谢谢，再见');
      await truthReaches(ref, 4);
      await expect.poll(() => popup.locator('#qy-editor').isDisabled(), { timeout: 10_000 }).toBe(true);
      expect(await popup.locator('button.qy-btn-send').isDisabled()).toBe(true);
      // The notice and the close timer are set together: no notice, no timer.
      expect(await popup.locator('.qy-closing-notice').count()).toBe(0);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(popup.isClosed()).toBe(false);
      expect(await popup.locator('.qy-msg--system .qy-msg__text').last().textContent()).toBe(CLOSED_NOTICE);
    });
  }, 60_000);

  it('the 留言 entry is an on-page form: no window, no chat', async () => {
    const ref = 'selftest-popup-leave';
    await withContext(async (context, page) => {
      await page.goto(hostUrl(zoo.url, stayingOpen, ref));
      await page.click('#qy-entry-leave');
      await page.fill('#qy-leave-text', '空调不制冷，请联系我');
      await page.click('#qy-leave-submit');
      await expect.poll(() => page.locator('.qy-leave-result').textContent()).toContain('留言已提交');
      expect(context.pages()).toEqual([page]);
      expect(zoo.truth(ref)).toEqual([]);
    });
  }, 60_000);

  it('评价 opens a layer and adds no message; the header 转人工 hands over; the entry reuses the open window', async () => {
    const ref = 'selftest-popup-buttons';
    await withContext(async (context, page) => {
      const popup = (await openChat(page, zoo.url, stayingOpen, ref)) as Page;
      await truthReaches(ref, 1);
      await popup.click('.qy-btn-evaluate');
      expect(await popup.locator('.qy-evaluate-layer').isVisible()).toBe(true);
      await popup.click('.qy-stars button[data-score="5"]');
      await popup.click('.qy-evaluate-submit');
      expect(await popup.locator('.qy-evaluate-layer').isHidden()).toBe(true);
      expect(await popup.locator('.qy-msg').count()).toBe(1);
      await popup.click('.qy-btn-transfer');
      await truthReaches(ref, 4);
      expect(zoo.truth(ref).map((r) => [r.speaker, r.speaker === 'agent' ? '' : r.text])).toEqual([
        ['bot', new ScriptedConversation('popup-window').opening().messages[0]!.text],
        ['customer', '转人工'],
        ['system', HANDOFF_NOTICE],
        ['agent', ''],
      ]);
      // Like Qiyu's SDK: the named window is focused, not loaded again (no second conversation).
      await page.click('#qy-entry-chat');
      expect(await popup.locator('.qy-msg').count()).toBe(4);
      expect(context.pages()).toHaveLength(2);
      expect(zoo.truth(ref)).toHaveLength(4);
    });
  }, 60_000);
});

/**
 * The widget zoo in a real Chromium (plain playwright-core, one shared browser): every page is
 * opened the way its vendor widget is, the whole scripted conversation is held, and the ground
 * truth must hold every message once, in the order the page showed them, with sane times.
 * Independent of the harness's web-chat channel on purpose: the zoo is what tests that channel.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLY_MIN_MS, ScriptedConversation } from '../../../mocks/widget-zoo/centre.js';
import { startWidgetZoo, type WidgetZoo } from '../../../mocks/widget-zoo/server.js';
import type { TruthRecord, TruthSpeaker, ZooPageId } from '../../../mocks/widget-zoo/types.js';
import { PAGE_CHECKS } from './page-checks.js';
import { countTypingFromNow, driverFor, DRIVERS, lastCentreText, launchZooBrowser, openChat, sayLine, typingCount, type PageDriver } from './drivers.js';

let browser: Browser;
let zoo: WidgetZoo;
let truthLog: string;

beforeAll(async () => {
  truthLog = join(await mkdtemp(join(tmpdir(), 'widget-zoo-')), 'truth.jsonl');
  zoo = await startWidgetZoo({ truthLog });
  browser = await launchZooBrowser();
});

afterAll(async () => {
  await browser?.close();
  await zoo?.close();
});

interface Line {
  speaker: TruthSpeaker;
  text: string;
}

/** The conversation the scripted centre holds for these lines, and how many messages exist after each step. */
function expectedConversation(page: ZooPageId, lines: string[]): { messages: Line[]; after: number[] } {
  const centre = new ScriptedConversation(page);
  const messages: Line[] = centre.opening().messages.map(({ speaker, text }) => ({ speaker, text }));
  const after = [messages.length];
  for (const line of lines) {
    messages.push({ speaker: 'customer', text: line });
    messages.push(...centre.reply(line).messages.map(({ speaker, text }) => ({ speaker, text })));
    after.push(messages.length);
  }
  return { messages, after };
}

async function truthReaches(ref: string, count: number): Promise<void> {
  await expect.poll(() => zoo.truth(ref).length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(count);
}

/** Hold a driver's whole conversation; returns the chat frame, its truth, and typing indicators seen. */
async function holdConversation(page: Page, driver: PageDriver, ref: string) {
  const expected = expectedConversation(driver.id, driver.lines);
  const chat = await openChat(page, zoo.url, driver, ref);
  await driver.prepare?.(chat);
  await truthReaches(ref, expected.after[0]!);
  await PAGE_CHECKS[driver.id]?.before?.(chat);
  if (driver.typing) await countTypingFromNow(chat, driver.typing);
  for (const [i, line] of driver.lines.entries()) {
    await sayLine(chat, driver, line);
    await truthReaches(ref, expected.after[i + 1]!);
  }
  const typing = driver.typing ? await typingCount(chat) : 0;
  return { chat, expected, truth: zoo.truth(ref), typing };
}

function checkTimes(truth: TruthRecord[], startedAt: number, endedAt: number): void {
  // performance.timeOrigin + now() and Date.now() are both wall clock; allow for rounding and skew.
  for (const r of truth) {
    expect(r.at).toBeGreaterThan(startedAt - 2_000);
    expect(r.at).toBeLessThan(endedAt + 2_000);
  }
  // The centre never answers sooner than REPLY_MIN_MS after the line that triggered it.
  for (let i = 1; i < truth.length; i++) {
    if (truth[i]!.speaker !== 'customer' && truth[i - 1]!.speaker === 'customer') {
      expect(truth[i]!.at - truth[i - 1]!.at).toBeGreaterThanOrEqual(REPLY_MIN_MS - 5);
    }
  }
}

describe('widget zoo pages in Chromium', () => {
  it('lists every page with its path on the host origin and a distinct widget origin', () => {
    expect(zoo.pages.map((p) => p.id)).toEqual(expect.arrayContaining(DRIVERS.map((d) => d.id)));
    for (const p of zoo.pages) expect(p.path).toBe(`/zoo/${p.id}`);
    expect(new URL(zoo.widgetOrigin).origin).not.toBe(new URL(zoo.url).origin);
    expect(new URL(zoo.widgetOrigin).hostname).toBe('127.0.0.1');
  });

  for (const driver of DRIVERS) {
    it(`${driver.id}: the whole conversation happens and the truth holds every message once, in order`, async () => {
      const ref = `selftest-${driver.id}`;
      const context = await browser.newContext();
      await PAGE_CHECKS[driver.id]?.setup?.(context);
      const page = await context.newPage();
      const startedAt = Date.now();
      try {
        const { chat, expected, truth, typing } = await holdConversation(page, driver, ref);
        // Let any late or duplicate report arrive before judging "once".
        await new Promise((r) => setTimeout(r, 300));
        expect(zoo.truth(ref).length).toBe(truth.length);
        expect(truth.map(({ speaker, text }) => ({ speaker, text }))).toEqual(expected.messages);
        expect(truth.every((r) => r.page === driver.id && r.ref === ref)).toBe(true);
        checkTimes(truth, startedAt, Date.now());
        const lastCentre = expected.messages.filter((m) => m.speaker !== 'customer').at(-1)!;
        expect(await lastCentreText(chat, driver)).toBe(lastCentre.text);
        if (driver.typing) {
          const agentBubblesAfterGreeting = expected.messages.slice(expected.after[0]).filter((m) => m.speaker === 'agent').length;
          expect(typing).toBeGreaterThanOrEqual(agentBubblesAfterGreeting);
        }
        // The scenario's other selectors find their elements too.
        for (const key of ['messages', 'customerMessage', 'ready', 'end'] as const) {
          const selector = driver.scenario.target.selectors[key];
          if (selector) expect(await chat.locator(selector).count(), `${key}: ${selector}`).toBeGreaterThan(0);
        }
        await PAGE_CHECKS[driver.id]?.after(chat, truth);
      } finally {
        await context.close();
      }
    });
  }

  it('closed-shadow: the widget works for a person but no selector can reach into it', async () => {
    const ref = 'selftest-closed-shadow';
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const driver = driverFor('closed-shadow');
      const chat = await openChat(page, zoo.url, driver, ref);
      await truthReaches(ref, 1);
      expect(zoo.truth(ref)[0]).toMatchObject({ page: 'closed-shadow', speaker: 'bot' });
      expect(await chat.locator('embedded-messaging-app').count()).toBe(1);
      expect(await chat.evaluate(() => document.querySelector('embedded-messaging-app')!.shadowRoot)).toBeNull();
      for (const selector of [driver.input, driver.centreMessage, driver.scenario.target.selectors.messages!]) {
        expect(await chat.locator(selector).count()).toBe(0);
      }
      // A person clicks into the composer at the bottom of the widget and types: the chat goes on.
      const box = (await chat.locator('embedded-messaging-app').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height - 15);
      await page.keyboard.type('转人工');
      await page.keyboard.press('Enter');
      await truthReaches(ref, 4);
      expect(zoo.truth(ref).slice(1, 4).map((r) => r.speaker)).toEqual(['customer', 'system', 'agent']);
    } finally {
      await context.close();
    }
  });

  it('vendor-launcher: the end-chat button closes the chat with a notice', async () => {
    const ref = 'selftest-end-button';
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const chat = await openChat(page, zoo.url, DRIVERS.find((d) => d.id === 'vendor-launcher')!, ref);
      await truthReaches(ref, 1);
      await chat.locator('.end-chat-button').click();
      await truthReaches(ref, 2);
      expect(zoo.truth(ref).map((r) => r.speaker)).toEqual(['bot', 'system']);
      await expect.poll(() => chat.locator('[contenteditable=true].composer').count(), { timeout: 10_000 }).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('prechat-form: the chat starts only once name and an 11-digit phone are given', async () => {
    const ref = 'selftest-prechat-invalid';
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const chat = await openChat(page, zoo.url, { ...DRIVERS.find((d) => d.id === 'prechat-form')!, prepare: undefined }, ref);
      await chat.fill('#prechat-name', '周先生');
      await chat.fill('#prechat-phone', '12345');
      await chat.click('#prechat-start');
      await expect.poll(() => chat.locator('.zd-field-error').textContent()).toContain('手机号');
      expect(await chat.locator('.zd-chat').isHidden()).toBe(true);
      await chat.fill('#prechat-phone', '137 0000 3333');
      await chat.click('#prechat-start');
      await truthReaches(ref, 1);
      expect(zoo.truth(ref)[0]).toMatchObject({ speaker: 'agent', page: 'prechat-form' });
      expect(await chat.locator('#prechat-form').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('appended every record the pages reported to the truth log, as JSONL', async () => {
    const lines = (await readFile(truthLog, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as TruthRecord);
    const refs = new Set(lines.map((r) => r.ref));
    expect(refs.has('selftest-plain')).toBe(true);
    for (const ref of refs) expect(lines.filter((r) => r.ref === ref).length).toBe(zoo.truth(ref).length);
    expect(Object.keys(lines[0]!).sort()).toEqual(['at', 'page', 'ref', 'speaker', 'text']);
  });
});

/**
 * What is special about some zoo pages, checked on top of the common conversation test: the
 * structure a harness must cope with really is there (shadow roots, a window of 4 bubbles, text
 * streamed in place, text split over spans next to a name and a time).
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CLOSE_AFTER_PARAM } from '../../../mocks/widget-zoo/pages/popup-window.js';
import { VIRTUAL_WINDOW } from '../../../mocks/widget-zoo/pages/rendering.js';
import type { TruthRecord, ZooPageId } from '../../../mocks/widget-zoo/types.js';
import { readScenario } from './drivers.js';

type Chat = Frame | Page;

export interface PageCheck {
  /** Runs on the fresh browser context, before the page is opened. */
  setup?(context: BrowserContext): Promise<void>;
  /** Runs once the greeting is in, before the first line. */
  before?(chat: Chat): Promise<void>;
  after(chat: Chat, truth: TruthRecord[]): Promise<void>;
}

interface CloseGate {
  /** When the page called window.close() (page clock, epoch ms); null until it did. */
  requestedAt: number | null;
  released: boolean;
}

/**
 * Hold a window that closes itself open until the test has read it: window.close() only records
 * when it was called, until the test releases the gate and closes it for real. So the DOM can be
 * read after the end without racing the page's close timer (the test machine may be slow).
 */
function installCloseGate(): void {
  const realClose = window.close.bind(window);
  const gate: CloseGate = { requestedAt: null, released: false };
  (window as unknown as { __zooCloseGate: CloseGate }).__zooCloseGate = gate;
  window.close = () => {
    gate.requestedAt ??= performance.timeOrigin + performance.now();
    if (gate.released) realClose();
  };
}

interface StreamWatch {
  inserted: { at: number; length: number }[];
}

export const PAGE_CHECKS: Partial<Record<ZooPageId, PageCheck>> = {
  'vendor-launcher': {
    async after(chat) {
      // The chat is only reachable through (nested) open shadow roots, not from the document.
      const structure = () => chat.evaluate(() => {
        const app = document.querySelector('embedded-messaging-app');
        const conversation = app?.shadowRoot?.querySelector('chat-conversation');
        return {
          inDocument: document.querySelectorAll('.chat-message').length,
          inConversationRoot: conversation?.shadowRoot?.querySelectorAll('.chat-message').length ?? 0,
          composerEditable: app?.shadowRoot?.querySelector('chat-composer')?.shadowRoot?.querySelector('[contenteditable=true]') != null,
        };
      });
      const seen = await structure();
      expect(seen.inDocument).toBe(0);
      expect(seen.inConversationRoot).toBeGreaterThan(5);
      // The centre ends the chat just after its last bubble: then the composer is no longer editable.
      await expect.poll(async () => (await structure()).composerEditable, { timeout: 10_000 }).toBe(false);
    },
  },

  'popup-window': {
    async setup(context) {
      await context.addInitScript(installCloseGate);
    },
    async after(chat, truth) {
      // The chat is a window of its own, on another origin than the shop page that opened it.
      const popup = chat as Page;
      const opener = await popup.opener();
      expect(opener, 'the chat window was opened by the shop page').not.toBeNull();
      expect(new URL(popup.url()).origin).not.toBe(new URL(opener!.url()).origin);
      expect(await opener!.locator('.qy-msg, #qy-editor').count()).toBe(0);
      // Each bubble: avatar (not for system notices), name and time next to the text, never in it.
      const rows = await popup.locator('.qy-msg').evaluateAll((els) =>
        els.map((el) => ({
          text: el.querySelector('.qy-msg__text')?.textContent ?? '',
          whole: el.textContent ?? '',
          name: el.querySelector('.qy-msg__name')?.textContent ?? '',
          time: el.querySelector('.qy-msg__time')?.textContent ?? '',
          avatar: el.querySelector('img.qy-msg__avatar') !== null,
          system: el.classList.contains('qy-msg--system'),
        })),
      );
      expect(rows.map((r) => r.text)).toEqual(truth.map((r) => r.text));
      for (const row of rows) {
        expect(row.time).toMatch(/^\d\d:\d\d$/u);
        expect(row.whole).toBe(row.name + row.time + row.text);
        expect(row.avatar).toBe(!row.system);
      }
      expect(rows.filter((r) => r.name.length > 0).length).toBe(truth.filter((r) => r.speaker === 'agent' || r.speaker === 'bot').length);
      // The end: composer off, and — as the scenario's ?closeAfterMs asks — the window closes itself.
      await expect.poll(() => popup.locator('#qy-editor').isDisabled(), { timeout: 10_000 }).toBe(true);
      const closeAfterMs = Number(new URL(readScenario('popup-window').target.chatUrl.replace('{{centre}}', 'http://x')).searchParams.get(CLOSE_AFTER_PARAM));
      expect(closeAfterMs).toBeGreaterThan(0);
      expect(await popup.locator('.qy-closing-notice').textContent()).toContain(`${Math.ceil(closeAfterMs / 1000)} 秒后自动关闭`);
      const gate = () => popup.evaluate(() => (window as unknown as { __zooCloseGate: CloseGate }).__zooCloseGate);
      await expect.poll(async () => (await gate()).requestedAt, { timeout: closeAfterMs + 30_000 }).not.toBeNull();
      const endedAt = truth.at(-1)!.at;
      expect((await gate()).requestedAt! - endedAt).toBeGreaterThanOrEqual(closeAfterMs);
      const closed = popup.waitForEvent('close');
      await popup.evaluate(() => {
        (window as unknown as { __zooCloseGate: CloseGate }).__zooCloseGate.released = true;
        window.close();
      });
      await closed;
      expect(opener!.isClosed()).toBe(false);
      expect(await opener!.locator('#qy-entry-chat').isVisible()).toBe(true);
    },
  },

  virtualised: {
    async after(chat, truth) {
      expect(await chat.locator('.intercom-conversation-part').count()).toBe(VIRTUAL_WINDOW);
      expect(truth.filter((r) => r.speaker !== 'customer').length).toBeGreaterThanOrEqual(8);
      const shown = await chat.locator('.intercom-block-paragraph').allTextContents();
      expect(shown).toEqual(truth.slice(-VIRTUAL_WINDOW).map((r) => r.text));
    },
  },

  streamed: {
    async before(chat) {
      // Record every agent bubble's insertion time and its text length at that moment.
      await chat.evaluate(() => {
        const watch: StreamWatch = { inserted: [] };
        (window as unknown as { __zooStream: StreamWatch }).__zooStream = watch;
        new MutationObserver((records) => {
          for (const r of records) {
            for (const n of Array.from(r.addedNodes)) {
              const bubble = n instanceof Element ? n.querySelector('.chat-bubble.agent') : null;
              if (bubble) watch.inserted.push({ at: performance.timeOrigin + performance.now(), length: bubble.textContent!.length });
            }
          }
        }).observe(document.querySelector('.conversation-wrap')!, { childList: true });
      });
    },
    async after(chat, truth) {
      const watch = await chat.evaluate(() => (window as unknown as { __zooStream: StreamWatch }).__zooStream);
      const greetingAt = truth.find((r) => r.speaker === 'agent')!.at;
      const agentReplies = truth.filter((r) => r.speaker === 'agent' && r.at > greetingAt);
      expect(watch.inserted.length).toBe(agentReplies.length);
      for (const [i, reply] of agentReplies.entries()) {
        // Inserted with at most a first token, completed in place later; `at` is the insertion.
        expect(watch.inserted[i]!.length).toBeLessThan(reply.text.length);
        expect(Math.abs(watch.inserted[i]!.at - reply.at)).toBeLessThan(250);
      }
      expect(await chat.locator('[data-streaming]').count()).toBe(0);
    },
  },

  'split-spans': {
    async after(chat, truth) {
      const bubbles = await chat.locator('.udesk-msg').evaluateAll((els) =>
        els.map((el) => ({
          spans: Array.from(el.querySelectorAll('.udesk-text')).map((s) => s.textContent ?? ''),
          whole: el.textContent ?? '',
          sender: el.querySelector('.udesk-sender')?.textContent ?? '',
          time: el.querySelector('.udesk-time')?.textContent ?? '',
        })),
      );
      expect(bubbles.length).toBe(truth.length);
      for (const [i, b] of bubbles.entries()) {
        expect(b.spans.length).toBeGreaterThanOrEqual(2);
        expect(b.spans.join('')).toBe(truth[i]!.text);
        expect(b.sender.length).toBeGreaterThan(0);
        expect(b.time).toMatch(/^\d\d:\d\d$/u);
        expect(b.whole).toBe(b.sender + b.time + truth[i]!.text);
      }
    },
  },
};

/**
 * What is special about some zoo pages, checked on top of the common conversation test: the
 * structure a harness must cope with really is there (shadow roots, a window of 4 bubbles, text
 * streamed in place, text split over spans next to a name and a time).
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { VIRTUAL_WINDOW } from '../../../mocks/widget-zoo/pages/rendering.js';
import type { TruthRecord, ZooPageId } from '../../../mocks/widget-zoo/types.js';

type Chat = Frame | Page;

export interface PageCheck {
  /** Runs once the greeting is in, before the first line. */
  before?(chat: Chat): Promise<void>;
  after(chat: Chat, truth: TruthRecord[]): Promise<void>;
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

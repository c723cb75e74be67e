/**
 * The page clock: chat messages are timed inside the browser page, not in Node. Under load (200
 * chats on two cores) the Node side learns of a DOM change seconds late, but the page stamps each
 * message when its element is inserted (`performance.timeOrigin + performance.now()`, epoch ms)
 * and that stamp travels with the record, so the lag does not matter. The in-page half is in
 * page-clock-script.ts (how insertion, late-filled text and re-renders are handled is described
 * there); this half installs it into a browser context and validates what comes back.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { PAGE_CLOCK_SCRIPT } from './page-clock-script.js';
import type { ChatSelectors } from './presets.js';

export type PageSpeaker = 'agent' | 'customer' | 'system';

export type PageRecord =
  /** A message element appeared; `at` is its insertion time (epoch ms), `text` its settled text. */
  | { kind: 'message'; id: string; speaker: PageSpeaker; text: string; at: number; late?: boolean }
  /** A message already reported changed its text; `at` is when the change was seen. */
  | { kind: 'update'; id: string; text: string; at: number }
  /** The status element's value changed (e.g. data-state="queued"). */
  | { kind: 'state'; value: string; at: number }
  /** Something the page could not do, e.g. an invalid selector. */
  | { kind: 'problem'; message: string; at: number };

export interface PageClockOptions {
  /**
   * A message's text is reported once non-empty and unchanged for this long (widgets that insert
   * an empty bubble and fill or stream it later). Its time is still the insertion time. @default 100
   */
  settleMs?: number;
  /** Report the text at the latest this long after it first became non-empty. @default 2000 */
  maxSettleMs?: number;
}

/** Names on `window` used by the clock; unusual enough not to clash with a widget's globals. */
const BINDING = '__mysteryShopperPageClock';
const FLUSH = '__mysteryShopperPageClockFlush';

export interface PageClockConfig {
  binding: string;
  flushName: string;
  messages: string;
  agent: string;
  customer?: string;
  system?: string;
  text?: string;
  status?: string;
  statusAttribute?: string;
  settleMs: number;
  maxSettleMs: number;
}

export function pageClockConfig(selectors: ChatSelectors, options: PageClockOptions = {}): PageClockConfig {
  return {
    binding: BINDING,
    flushName: FLUSH,
    messages: selectors.messages,
    agent: selectors.agentMessage,
    ...(selectors.customerMessage ? { customer: selectors.customerMessage } : {}),
    ...(selectors.systemMessage ? { system: selectors.systemMessage } : {}),
    ...(selectors.text ? { text: selectors.text } : {}),
    ...(selectors.status ? { status: selectors.status, statusAttribute: selectors.statusAttribute ?? 'data-state' } : {}),
    settleMs: options.settleMs ?? 100,
    maxSettleMs: options.maxSettleMs ?? 2000,
  };
}

/**
 * Install the clock in a fresh context, before its first navigation. Every document and frame of
 * the context gets it, so messages of a widget inside an iframe are timed too (but the channel's
 * input / send / ready selectors are looked up in the top page only).
 */
export async function installPageClock(
  context: BrowserContext,
  config: PageClockConfig,
  onRecord: (record: PageRecord) => void,
): Promise<void> {
  await context.exposeBinding(config.binding, (_source, raw: unknown) => {
    const record = parsePageRecord(raw);
    if (record) onRecord(record);
  });
  await context.addInitScript({ content: `${PAGE_CLOCK_SCRIPT}(${JSON.stringify(config)});` });
}

/**
 * Settle and report everything pending in every frame, and return all records of the current
 * documents (the caller drops those it already has). Best effort: a closed page yields nothing.
 */
export async function flushPageClock(page: Page, config: PageClockConfig): Promise<PageRecord[]> {
  const name = JSON.stringify(config.flushName);
  const perFrame = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(`typeof window[${name}] === 'function' ? window[${name}]() : []`)
        .then((raw) => (Array.isArray(raw) ? raw : []))
        .catch(() => [] as unknown[]),
    ),
  );
  return perFrame.flat().map(parsePageRecord).filter((r): r is PageRecord => r !== null);
}

const SPEAKERS = new Set(['agent', 'customer', 'system']);

/** The page is not trusted to send well-formed data (a widget could clobber our globals). */
export function parsePageRecord(raw: unknown): PageRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  switch (r.kind) {
    case 'message':
      if (typeof r.id !== 'string' || typeof r.text !== 'string' || !SPEAKERS.has(r.speaker as string)) return null;
      return { kind: 'message', id: r.id, speaker: r.speaker as PageSpeaker, text: r.text, at: r.at, ...(r.late === true ? { late: true } : {}) };
    case 'update':
      if (typeof r.id !== 'string' || typeof r.text !== 'string') return null;
      return { kind: 'update', id: r.id, text: r.text, at: r.at };
    case 'state':
      if (typeof r.value !== 'string') return null;
      return { kind: 'state', value: r.value, at: r.at };
    case 'problem':
      if (typeof r.message !== 'string') return null;
      return { kind: 'problem', message: r.message, at: r.at };
    default:
      return null;
  }
}

/**
 * The page clock: chat messages are timed inside the browser page, not in Node. Under load (200
 * chats on two cores) the Node side learns of a DOM change seconds late, but the page stamps each
 * message when its element is inserted (`performance.timeOrigin + performance.now()`, epoch ms)
 * and that stamp travels with the record, so the lag does not matter. The in-page half is in
 * page-clock-script.ts (how insertion, late-filled text and re-renders are handled is described
 * there); this half installs it into a browser context and validates what comes back.
 */
import type { BrowserContext, Frame } from 'playwright-core';
import { PAGE_CLOCK_SCRIPT } from './page-clock-script.js';
import { readySelector, type ChatSelectors } from './presets.js';

export type PageSpeaker = 'agent' | 'bot' | 'customer' | 'system';

export type PageRecord =
  /** A message element appeared; `at` is its insertion time (epoch ms), `text` its settled text. */
  | { kind: 'message'; id: string; speaker: PageSpeaker; text: string; at: number; late?: boolean }
  /** A message already reported changed its text; `at` is when the change was seen. */
  | { kind: 'update'; id: string; text: string; at: number }
  /** The typing indicator was shown (`on`) or hidden. */
  | { kind: 'typing'; on: boolean; at: number }
  /** The status element's value changed (e.g. data-state="queued"). */
  | { kind: 'state'; value: string; at: number }
  /** The ready selector matched for the first time in this document. */
  | { kind: 'ready'; at: number }
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
const CLOSED = '__mysteryShopperClosedShadowHosts';
const READY = '__mysteryShopperPageClockReady';

export interface PageClockConfig {
  binding: string;
  flushName: string;
  closedName: string;
  /** Page function: checks the ready selector now, keeps checking in that document, says if it matched (watchReady). */
  readyName: string;
  messages: string;
  agent: string;
  bot?: string;
  typing?: string;
  customer?: string;
  system?: string;
  text?: string;
  status?: string;
  statusAttribute?: string;
  /** Reported once as a `ready` record when it first matches (see readySelector). */
  ready: string;
  /**
   * Also look for the ready selector every 250 ms (attribute changes the observer does not watch),
   * until it matches. Only where Node waits for the `ready` record (leanInput, chat in the page's own
   * frame): the poll runs in every document of the context, and in the documents where the ready
   * selector never matches — a widget's host page, its hidden helper frames — it never stops
   * (measured: 16 idle vendor-launcher chats, 10 s: renderer CPU 540 ms with it, 90 ms without).
   */
  pollReady: boolean;
  settleMs: number;
  maxSettleMs: number;
}

/** `pollReady`: see PageClockConfig.pollReady. @default false */
export function pageClockConfig(selectors: ChatSelectors, options: PageClockOptions = {}, pollReady = false): PageClockConfig {
  return {
    binding: BINDING,
    flushName: FLUSH,
    closedName: CLOSED,
    readyName: READY,
    messages: selectors.messages,
    agent: selectors.agentMessage,
    ...(selectors.botMessage ? { bot: selectors.botMessage } : {}),
    ...(selectors.typing ? { typing: selectors.typing } : {}),
    ...(selectors.customerMessage ? { customer: selectors.customerMessage } : {}),
    ...(selectors.systemMessage ? { system: selectors.systemMessage } : {}),
    ...(selectors.text ? { text: selectors.text } : {}),
    ...(selectors.status ? { status: selectors.status, statusAttribute: selectors.statusAttribute ?? 'data-state' } : {}),
    ready: readySelector(selectors),
    pollReady,
    settleMs: options.settleMs ?? 100,
    maxSettleMs: options.maxSettleMs ?? 2000,
  };
}

/**
 * Install the clock in a fresh context, before its first navigation. Every document and frame of
 * the context gets it (a widget's iframe may be created at any time, cross-origin ones included);
 * each record comes with the frame it came from, so the caller can keep the chat frame's only.
 */
export async function installPageClock(
  context: BrowserContext,
  config: PageClockConfig,
  onRecord: (record: PageRecord, frame: Frame) => void,
): Promise<void> {
  await context.exposeBinding(config.binding, (source, raw: unknown) => {
    const record = parsePageRecord(raw);
    if (record) onRecord(record, source.frame);
  });
  await context.addInitScript({ content: `${PAGE_CLOCK_SCRIPT}(${JSON.stringify(config)});` });
}

/**
 * Passes on the records of the chat's frame only: a shop page may have look-alike elements in
 * other frames (ads, a second widget). Until the chat frame is known (the launcher is clicked and
 * the frame chain resolved after the bot may already have greeted) records are kept per frame,
 * and the chat frame's are replayed, in order, when it is chosen.
 */
export class FrameFilter {
  private chat: Frame | null = null;
  private readonly pending = new Map<Frame, PageRecord[]>();

  constructor(private readonly onRecord: (record: PageRecord) => void) {}

  readonly accept = (record: PageRecord, frame: Frame): void => {
    if (this.chat) {
      if (frame === this.chat) this.onRecord(record);
      return;
    }
    const list = this.pending.get(frame) ?? [];
    list.push(record);
    this.pending.set(frame, list);
  };

  choose(frame: Frame): void {
    this.chat = frame;
    const replay = this.pending.get(frame) ?? [];
    this.pending.clear();
    for (const record of replay) this.onRecord(record);
  }

  get chatFrame(): Frame | null {
    return this.chat;
  }
}

/**
 * Calls one of the clock's page functions in the frame and returns what it gave; `fallback` when
 * the frame has no clock (a page that clobbered it) or went away. Best effort, never throws.
 */
async function callClock(frame: Frame, fnName: string, fallback: unknown): Promise<unknown> {
  const name = JSON.stringify(fnName);
  const otherwise = JSON.stringify(fallback);
  return frame.evaluate(`typeof window[${name}] === 'function' ? window[${name}]() : ${otherwise}`).catch(() => fallback);
}

/**
 * Settle and report everything pending in the chat frame, and return all records of its current
 * document (the caller drops those it already has). Best effort: a closed frame yields nothing.
 */
export async function flushPageClock(frame: Frame, config: PageClockConfig): Promise<PageRecord[]> {
  const raw = await callClock(frame, config.flushName, []);
  return (Array.isArray(raw) ? raw : []).map(parsePageRecord).filter((r): r is PageRecord => r !== null);
}

/**
 * Whether the ready selector matches in the frame now; if not, the frame's clock keeps checking
 * it (every 250 ms, besides every mutation) and sends its `ready` record when it matches. One
 * evaluation in the page's own world: no selector engine is built in the frame. False also when
 * the frame has no clock or went away (the caller's deadline check then says what happened).
 */
export async function watchReady(frame: Frame, config: PageClockConfig): Promise<boolean> {
  return (await callClock(frame, config.readyName, false)) === true;
}

/** Descriptions (tag#id.class) of the elements in the frame that attached a CLOSED shadow root. */
export async function closedShadowHosts(frame: Frame, config: PageClockConfig): Promise<string[]> {
  const raw = await callClock(frame, config.closedName, []);
  return Array.isArray(raw) ? raw.filter((h): h is string => typeof h === 'string') : [];
}

const SPEAKERS = new Set(['agent', 'bot', 'customer', 'system']);

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
    case 'typing':
      if (typeof r.on !== 'boolean') return null;
      return { kind: 'typing', on: r.on, at: r.at };
    case 'state':
      if (typeof r.value !== 'string') return null;
      return { kind: 'state', value: r.value, at: r.at };
    case 'ready':
      return { kind: 'ready', at: r.at };
    case 'problem':
      if (typeof r.message !== 'string') return null;
      return { kind: 'problem', message: r.message, at: r.at };
    default:
      return null;
  }
}

/**
 * Browser contexts opened ahead of the chats that will use them. A chat's start used to be: new
 * context, page clock binding and init script, new page (a renderer process), then the page load.
 * Measured on 2 cores (npm run bench -- chat-start, headless shell): everything before the page
 * load is about half of a start's wall time and most of its round trips, and 200 chats started
 * one after the other took ~40 s. Done before the run's first contact is due, a chat's start is
 * only its page load (≈9 starts/s instead of ≈3–5), so `--concurrency 200` means 200 chats in
 * progress within seconds instead of minutes.
 *
 * Each prepared context is still one chat's own (cookies, storage, connections): isolation is
 * unchanged, only the time it is made moves. A context is keyed by what differs between
 * scenarios in it: the locale and the page clock's configuration (the selectors it watches).
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { installPageClock, type PageClockConfig, type PageRecord } from './page-clock.js';

/** What a chat's context is made for. */
export interface ChatKind {
  locale: string;
  clock: PageClockConfig;
}

/** A context with the page clock installed and a blank page, ready for the chat's first navigation. */
export interface PreparedChat {
  context: BrowserContext;
  page: Page;
  /**
   * Where the page clock's records go from now on. Records from before (the blank page) are
   * dropped: the centre's page was not loaded yet, so nothing of the chat can be among them.
   */
  route(onRecord: (record: PageRecord, frame: Frame) => void): void;
  /**
   * Set when the page already shows one contact's page, loaded ahead (ContextPoolOptions.loadPage):
   * its URL and when it had loaded (epoch ms). Absent: a blank page.
   */
  loaded?: { url: string; at: number };
}

export const chatKindKey = (kind: ChatKind): string => JSON.stringify([kind.locale, kind.clock]);

/** A light context: no service workers (they outlive pages), a desktop-sized window, the locale. */
export async function openChatContext(browser: Browser, kind: ChatKind): Promise<PreparedChat> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: null, // the window is sized by a launch flag (chat-context.ts): no emulation per page
    locale: kind.locale,
    acceptDownloads: false,
  });
  let target: ((record: PageRecord, frame: Frame) => void) | null = null;
  try {
    await installPageClock(context, kind.clock, (record, frame) => target?.(record, frame));
    const page = await context.newPage();
    return {
      context,
      page,
      route(onRecord) {
        target = onRecord;
      },
    };
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}

export interface ContextPoolOptions {
  /** Contexts opened at the same time while warming (each costs a renderer start). @default 4 */
  openConcurrency?: number;
  /**
   * After the first wave, contexts kept ready for the contacts still to come (each holds a
   * renderer's memory, ≈30 MiB, while it waits). @default 8
   */
  keepReady?: number;
  /**
   * Loads a contact's page in a prepared context (warm's `pages`): a customer already on the
   * shop's page before the chat is due. Rejects when the page did not load; the contact then
   * opens its own context and reports the problem. @default page.goto(url), up to DOMContentLoaded
   */
  loadPage?: (prepared: PreparedChat, url: string) => Promise<void>;
}

/** One contact's page to load ahead, in its own context (ChatContextPool.warm). */
export interface PageAhead {
  contactId: string;
  url: string;
}

interface KindState {
  kind: ChatKind;
  idle: PreparedChat[];
  /** Contexts with a contact's page loaded ahead, by contact id, until that contact takes it. */
  loaded: Map<string, PreparedChat>;
  /** Contacts of this kind the run has yet to start (prepared ones included). */
  remaining: number;
  /** How many to keep ready while contacts remain: the first wave's size. */
  ahead: number;
}

/**
 * Prepared contexts by kind. `warm` fills the pool before the run's clock starts; `take` hands
 * one out (or null: the chat opens its own, as without a pool); after each take one replacement
 * is opened in the background while more contacts of that kind are to come, one at a time so
 * that refilling never competes with the chats in progress for more than one renderer start, and
 * only up to `keepReady` contexts (the first wave is warmed in full, later ones trickle in).
 */
export class ChatContextPool {
  private readonly kinds = new Map<string, KindState>();
  private refilling: Promise<void> | null = null;
  /** A refill failed: the browser is in trouble, chats open their own contexts and report it. */
  private broken = false;
  private closed = false;
  private readonly openConcurrency: number;
  private readonly keepReady: number;
  private readonly loadPage: (prepared: PreparedChat, url: string) => Promise<void>;

  constructor(
    private readonly open: (kind: ChatKind) => Promise<PreparedChat>,
    options: ContextPoolOptions = {},
  ) {
    this.openConcurrency = Math.max(1, options.openConcurrency ?? 4);
    this.keepReady = Math.max(0, options.keepReady ?? 8);
    this.loadPage = options.loadPage ?? (async (prepared, url) => void (await prepared.page.goto(url, { waitUntil: 'domcontentloaded' })));
  }

  /**
   * Opens `ahead` contexts per kind (bounded by `total`), those of the contacts in `pages` with
   * their page loaded (in that order, so the first due are ready first); resolves when they are
   * open, when one fails to open (the browser is in trouble: the chats will report it), or when
   * `signal` aborts. A page that fails to load is not kept: its contact loads it itself.
   */
  async warm(demand: ReadonlyArray<{ kind: ChatKind; total: number; ahead: number; pages?: readonly PageAhead[] }>, signal?: AbortSignal): Promise<void> {
    const jobs: Array<{ state: KindState; page?: PageAhead }> = [];
    for (const d of demand) {
      const key = chatKindKey(d.kind);
      const state = this.kinds.get(key) ?? { kind: d.kind, idle: [], loaded: new Map(), remaining: 0, ahead: 0 };
      state.remaining += d.total;
      state.ahead = Math.max(state.ahead, Math.min(d.ahead, d.total));
      this.kinds.set(key, state);
      const pages = (d.pages ?? []).slice(0, state.ahead);
      for (const page of pages) jobs.push({ state, page });
      for (let i = state.idle.length + state.loaded.size + pages.length; i < Math.min(state.ahead, state.remaining); i++) jobs.push({ state });
    }
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (!failed && !this.closed && !signal?.aborted && next < jobs.length) {
        const { state, page } = jobs[next++]!;
        let prepared: PreparedChat;
        try {
          prepared = await this.open(state.kind);
        } catch {
          failed = true;
          continue;
        }
        if (!page) {
          this.put(state, prepared);
          continue;
        }
        try {
          await this.loadPage(prepared, page.url);
          prepared.loaded = { url: page.url, at: Date.now() };
          if (this.closed) void prepared.context.close().catch(() => {});
          else state.loaded.set(page.contactId, prepared);
        } catch {
          void prepared.context.close().catch(() => {});
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.openConcurrency, jobs.length) }, worker));
  }

  /**
   * A prepared context for this kind, or null when none is ready: the one with this contact's page
   * loaded ahead if there is one, else a blank one. Counts the contact as started.
   */
  take(kind: ChatKind, contactId?: string): PreparedChat | null {
    const state = this.kinds.get(chatKindKey(kind));
    if (!state) return null;
    state.remaining = Math.max(0, state.remaining - 1);
    const loaded = contactId === undefined ? undefined : state.loaded.get(contactId);
    if (loaded) {
      state.loaded.delete(contactId!);
      if (!loaded.page.isClosed()) {
        this.refill();
        return loaded;
      }
      void loaded.context.close().catch(() => {});
    }
    let prepared = state.idle.shift() ?? null;
    // A renderer that died while waiting would fail the chat it is given: drop it, take the next.
    while (prepared?.page.isClosed()) {
      void prepared.context.close().catch(() => {});
      prepared = state.idle.shift() ?? null;
    }
    this.refill();
    return prepared;
  }

  /** Contexts ready now (tests, progress displays). */
  get ready(): number {
    let n = 0;
    for (const state of this.kinds.values()) n += state.idle.length + state.loaded.size;
    return n;
  }

  /** Closes the contexts nobody took; one still opening is closed when it is done. */
  async close(): Promise<void> {
    this.closed = true;
    const idle = [...this.kinds.values()].flatMap((s) => {
      const loaded = [...s.loaded.values()];
      s.loaded.clear();
      return [...s.idle.splice(0), ...loaded];
    });
    await Promise.all(idle.map((p) => p.context.close().catch(() => {})));
    await this.refilling;
  }

  private put(state: KindState, prepared: PreparedChat): void {
    if (this.closed) void prepared.context.close().catch(() => {});
    else state.idle.push(prepared);
  }

  private refill(): void {
    if (this.refilling || this.closed || this.broken) return;
    // Contacts whose page is loaded ahead need no blank context.
    const state = [...this.kinds.values()].find((s) => s.idle.length < Math.min(this.keepReady, s.remaining - s.loaded.size));
    if (!state) return;
    this.refilling = this.open(state.kind)
      .then((prepared) => this.put(state, prepared))
      .catch(() => {
        this.broken = true;
      })
      .finally(() => {
        this.refilling = null;
        this.refill();
      });
  }
}

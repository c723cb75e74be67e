/**
 * The stages of a chat around the script: build the URL, load the page, wait until the chat is
 * ready (patiently while the centre says we are queued), and listen for trailing lines after the
 * script. Each returns an InteractionError as data instead of throwing.
 */
import { errors, type Frame, type Page } from 'playwright-core';
import { interpolate } from '../../interaction/match.js';
import type { InteractionError } from '../../interaction/types.js';
import { ABORTED, centreUnreachable, chatUrlInvalid, isClosedError, isTimeout, pageCrashed, queueTimeout, selectorTimeout } from './errors.js';
import { watchReady, type PageClockConfig } from './page-clock.js';
import { toFailure } from './port.js';
import { readySelector, type ChatSelectors } from './presets.js';
import type { ChatRecorder } from './recorder.js';

export const DEFAULT_CHAT_URL = '{{centre}}/chat';

export type UrlResult = { ok: true; url: string } | { ok: false; error: InteractionError };

/**
 * `target.chatUrl` (default `{{centre}}/chat`) with `{{centre}}` from the config and other
 * `{{vars}}` from the contact, plus `ref=<contactId>` so the centre's records can be matched to
 * this contact. Existing query parameters are kept (a `ref` already there is replaced).
 */
export function resolveChatUrl(
  template: string | undefined,
  centre: string,
  vars: Record<string, string | number>,
  contactId: string,
): UrlResult {
  const withCentre = (template ?? DEFAULT_CHAT_URL).replace(/\{\{\s*centre\s*\}\}/gu, centre.replace(/\/+$/u, ''));
  const filled = interpolate(withCentre, vars);
  let url: URL;
  try {
    url = new URL(filled);
  } catch {
    return { ok: false, error: chatUrlInvalid(filled) };
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return { ok: false, error: chatUrlInvalid(filled) };
  url.searchParams.set('ref', contactId);
  return { ok: true, url: url.toString() };
}

/** Resolves with "aborted" when the signal fires (never rejects); used to cut waits short. */
export function whenAborted(signal: AbortSignal): Promise<'aborted'> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
}

export async function loadChatPage(page: Page, url: string, timeoutMs: number, signal: AbortSignal): Promise<InteractionError | null> {
  try {
    const response = await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs }), whenAborted(signal)]);
    if (response === 'aborted') return ABORTED;
    if (response && response.status() >= 400) return centreUnreachable(url, `the server answered HTTP ${response.status()}`);
    return null;
  } catch (err) {
    const message = (err as Error).message;
    if (isClosedError(err)) return pageCrashed(message);
    if (isTimeout(err)) return centreUnreachable(url, `no page within ${timeoutMs} ms`);
    return centreUnreachable(url, message.replace(/^page\.goto:\s*/u, ''));
  }
}

export interface ReadyWaitOptions {
  readyTimeoutMs: number;
  queueTimeoutMs: number;
  /**
   * In the page's own frame, learn readiness from the page clock's `ready` record instead of a
   * locator wait (goes with WebchatOptions.leanInput). @default false
   */
  leanInput?: boolean;
  /**
   * In a widget's frame (not the page's own), learn readiness from that frame's page clock
   * (`clock` given): one evaluation asks whether the ready selector matches and, if not, makes
   * the clock keep checking in that frame alone; its `ready` record ends the wait. Instead of a
   * locator wait, which builds Playwright's selector engine in the frame and polls from Node.
   * Without `clock`, the locator wait. @default false
   */
  leanWidgetReady?: boolean;
  /** The chat context's page clock (for leanWidgetReady). */
  clock?: PageClockConfig;
  /** Where the ready selector is looked for, for error messages. @default "on the chat page" */
  where?: string;
}

/**
 * Wait for the ready selector. A queue is normal: while the page's phase is "queued" the wait is
 * extended (up to queueTimeoutMs since the page loaded), and after the queue the widget again has
 * readyTimeoutMs to show the ready element. So a busy centre is reported as
 * E_QUEUE_TIMEOUT and a wrong selector as E_SELECTOR_TIMEOUT naming the selector.
 */
export async function waitUntilReady(
  page: Page | Frame,
  selectors: ChatSelectors,
  recorder: ChatRecorder,
  options: ReadyWaitOptions,
  signal: AbortSignal,
): Promise<InteractionError | null> {
  const selector = readySelector(selectors);
  const locator = page.locator(selector).first();
  const frame = 'mainFrame' in page ? page.mainFrame() : page;
  // In the page's own frame the page clock (installed in every document of the context) reports
  // the ready selector's first match: no selector polling from Node, and for chats whose later
  // actions take the lean path (lean-input.ts) Playwright's injected script is never built in
  // the page at all (measured ≈15 ms of renderer CPU per chat). A match the clock missed is still
  // found by one locator check at the deadline. In a widget's frame (leanWidgetReady) the clock is
  // asked to watch that frame, the only one it polls in (watchReady): measured
  // (bench widget-start, vendor-launcher) the locator wait cost ≈6 CDP messages and ≈23 ms of
  // renderer CPU per chat, a quarter of opening the widget.
  const inPage = frame === frame.page().mainFrame();
  const widgetClock = !inPage && options.leanWidgetReady === true ? options.clock : undefined;
  const byClock = (options.leanInput === true && inPage) || widgetClock !== undefined;
  const attached = async (timeoutMs: number): Promise<unknown> => {
    if (!byClock) return locator.waitFor({ state: 'attached', timeout: timeoutMs });
    // Asked again after each deadline (a queue): the frame may hold a new document by then.
    if (widgetClock && (await watchReady(frame, widgetClock))) return;
    // Up to the deadline, or until the page goes away (then the locator check says how).
    const chatPage = frame.page();
    let stop = (): void => {};
    const seen = await Promise.race([
      recorder.readySeen.then(() => true),
      new Promise<false>((resolve) => {
        const done = () => resolve(false);
        const timer = setTimeout(done, timeoutMs);
        chatPage.once('close', done).once('crash', done);
        stop = () => {
          clearTimeout(timer);
          chatPage.off('close', done).off('crash', done);
        };
      }),
    ]);
    stop();
    if (seen || (await locator.count()) > 0) return;
    throw new errors.TimeoutError(`ready selector not attached within ${timeoutMs} ms`);
  };
  const startedAt = Date.now();
  let deadline = startedAt + options.readyTimeoutMs;
  for (;;) {
    try {
      const got = await Promise.race([attached(Math.max(1, deadline - Date.now())), whenAborted(signal)]);
      return got === 'aborted' ? ABORTED : null;
    } catch (err) {
      if (recorder.fatal) return recorder.fatal;
      if (!isTimeout(err)) return toFailure(err, 'ready', selector, options.readyTimeoutMs, options.where).toData();
      if (recorder.phase === 'ended') {
        return { code: 'E_CLOSED_BY_CENTRE', message: 'the centre closed the chat before it was ready', hint: 'look at the system messages in the turns' };
      }
      const now = Date.now();
      if (recorder.phase === 'queued') {
        const queueDeadline = startedAt + options.queueTimeoutMs;
        if (now >= queueDeadline) return queueTimeout(options.queueTimeoutMs);
        deadline = Math.min(queueDeadline, now + options.readyTimeoutMs);
        continue;
      }
      // Just out of the queue: the widget gets the full ready timeout from that moment.
      const sincePhaseChange = recorder.phaseChangedAt + options.readyTimeoutMs;
      if (recorder.phaseChangedAt > startedAt && sincePhaseChange > now) {
        deadline = sincePhaseChange;
        continue;
      }
      return selectorTimeout('ready', selector, options.readyTimeoutMs, options.where);
    }
  }
}

/**
 * After the script: listen until nothing new has arrived for `quietMs` (counted from the script's
 * end or the last message, whichever is later), at most `maxMs`; stop at once when the chat is
 * closed or the contact is over for another reason (`stop` returns true).
 */
export async function waitForQuiet(recorder: ChatRecorder, quietMs: number, maxMs: number, stop: () => boolean): Promise<void> {
  const scriptEndedAt = Date.now();
  const deadline = scriptEndedAt + maxMs;
  for (;;) {
    if (stop() || recorder.phase === 'ended') return;
    const now = Date.now();
    const quietLeft = Math.max(recorder.lastMessageAt, scriptEndedAt) + quietMs - now;
    const left = deadline - now;
    if (quietLeft <= 0 || left <= 0) return;
    // Poll in small slices so a close or abort is noticed promptly; timers are cheap.
    await new Promise((resolve) => setTimeout(resolve, Math.min(quietLeft, left, 250)));
  }
}

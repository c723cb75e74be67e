/**
 * Tuning of the web-chat channel. Not part of HarnessConfig (the defaults suit real centres and
 * the simulated one); tests and the CLI pass overrides to `createWebchatChannel`.
 */
import os from 'node:os';
import type { SharedBrowserOptions } from './browser.js';
import type { PageClockOptions } from './page-clock.js';

export interface WebchatOptions extends PageClockOptions, SharedBrowserOptions {
  /** How long the chat page may take to load (DOMContentLoaded). @default 30000 */
  navigationTimeoutMs?: number;
  /**
   * How long the ready selector may take to appear once the page is loaded. While the page says
   * the chat is queued the wait goes on, up to `queueTimeoutMs`. @default 30000
   */
  readyTimeoutMs?: number;
  /** Longest wait in the centre's queue before the contact fails with E_QUEUE_TIMEOUT. @default 600000 */
  queueTimeoutMs?: number;
  /**
   * How long the input / send / end elements may take to become usable. Generous: with hundreds
   * of chats on two cores an action can queue for seconds. @default 30000
   */
  actionTimeoutMs?: number;
  /** Type the customer's lines key by key (see PortOptions.typeKeys). @default false */
  typeKeys?: boolean;
  /** Take the focus off the input once a line is sent (see PortOptions.blurAfterSend). @default true */
  blurAfterSend?: boolean;
  /**
   * In the page's own frame: type and send with direct input events where that is plainly the same
   * (PortOptions.leanInput) and learn readiness from the page clock (page-steps.ts). Off by default:
   * at 200 chats on a shared 2-core machine it cut harness CPU by 10–20 % and the ramp by 5–10 s, but
   * the p95 timing error was higher than without it in every pair measured (cause not found yet).
   * @default false
   */
  leanInput?: boolean;
  /**
   * Open a widget (launcher and banner clicks, iframe chain) with direct mouse events and one
   * evaluation per frame where that is plainly the same (widget.ts, lean-input.ts); anything less
   * plain takes Playwright's actions. Only the start of a chat: no message is timed by it.
   * Measured (100 vendor-launcher chats, shared 2-core machine): banner click 3.2 → 0.6 s and
   * launcher click 2.1 → 0.5 s median under load, 22 → 5 and 18 → 4 CDP messages each. @default true
   */
  leanWidgetOpen?: boolean;
  /**
   * Type and send the customer's lines in a widget's frame with direct input events where that is
   * plainly the same (PortOptions.leanWidgetInput). Measured (widget-start --say, vendor-launcher,
   * 20 chats): a line 19 → 6 CDP messages, ≈83 → ≈46 ms of CPU. @default true
   */
  leanWidgetInput?: boolean;
  /**
   * In a widget's frame, learn that the chat is ready from the frame's page clock (asked once to
   * watch that frame) instead of a Playwright locator wait (ReadyWaitOptions.leanWidgetReady).
   * A match the clock missed is still found by a locator check at the deadline. @default true
   */
  leanWidgetReady?: boolean;
  /**
   * After the script, keep listening until the chat has been quiet this long, so closing lines
   * and the survey invitation are captured. Stops at once when the chat is closed. @default 2000
   */
  quietMs?: number;
  /** Upper bound of that trailing wait. @default 10000 */
  trailingMaxMs?: number;
  /** Bound on closing a context (a hung renderer must not hold up the run). @default 10000 */
  closeTimeoutMs?: number;
  /**
   * Chats allowed to be starting at once (context + page load); running chats are not limited.
   * A contact's `startedAt` is taken when its start begins, so waiting here is not counted as
   * the centre's time; the wait shows as `startLagMs` in its `started` event.
   * @default 2 per CPU core (at least 2): see DEFAULT_START_SLOTS
   */
  maxConcurrentStarts?: number;
  /**
   * Open the first wave's browser contexts before the run's first contact is due (Channel.prepare),
   * so that a chat's start is only its page load. @default true
   */
  prepareContexts?: boolean;
  /**
   * With `prepareContexts`, for scenarios whose chat opens with a click (`target.widget.open`): load
   * each first-wave contact's page (the shop page with the launcher) in its prepared context before
   * the run's first contact is due, as a customer already browsing the shop. The contact, when due,
   * only opens the widget and chats; its `page-loaded` event says when the page had loaded
   * (`loadedAt`, `loadedBeforeStartMs`). What the page showed before the contact started is not
   * part of it (the page clock's records go to the contact from its start). See docs/chat-widgets.md.
   * Measured (vendor-launcher, 100 chats at once, --typing-cps 1, shared 2-core machine): all ready
   * 21.8 → 11.8 s after the first was due, harness CPU per chat unchanged. @default true
   */
  loadPageAhead?: boolean;
  /**
   * Give Chromium's network service the priority Chromium gave its browser process (nice -8 when
   * allowed), so that under load it does not hold every chat's messages back at once
   * (network-priority.ts). Without the right to renice (no root / CAP_SYS_NICE) nothing changes. @default true
   */
  networkServicePriority?: boolean;
}

export type ResolvedWebchatOptions = Required<WebchatOptions>;

/**
 * Start slots by measurement (npm run bench -- chat-start, 2 cores): a start is CPU-bound —
 * 2.9–3.1 starts/s with 4 or 16 slots alike, but with 16 each start took 4× as long and the
 * running chats' renderers waited behind them. Two per core keeps every core busy while a start
 * waits on the network, and leaves the rest of the CPU to the chats already running.
 */
export const DEFAULT_START_SLOTS = Math.max(2, 2 * os.availableParallelism());

export const WEBCHAT_DEFAULTS: ResolvedWebchatOptions = {
  navigationTimeoutMs: 30_000,
  readyTimeoutMs: 30_000,
  queueTimeoutMs: 600_000,
  actionTimeoutMs: 30_000,
  typeKeys: false,
  blurAfterSend: true,
  leanInput: false,
  leanWidgetOpen: true,
  leanWidgetInput: true,
  leanWidgetReady: true,
  quietMs: 2_000,
  trailingMaxMs: 10_000,
  closeTimeoutMs: 10_000,
  maxConcurrentStarts: DEFAULT_START_SLOTS,
  prepareContexts: true,
  loadPageAhead: true,
  settleMs: 100,
  maxSettleMs: 2_000,
  launchTimeoutMs: 60_000,
  reapChildren: true,
  preferHeadlessShell: true,
  networkServicePriority: true,
};

export function resolveWebchatOptions(options: WebchatOptions = {}): ResolvedWebchatOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...WEBCHAT_DEFAULTS, ...defined };
}

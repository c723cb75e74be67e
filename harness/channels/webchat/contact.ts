/**
 * One web chat from start to end: fresh browser context (isolation: no cookies or storage shared
 * between simulated customers), page clock, navigation, ready wait, the scenario script, trailing
 * lines, then the context is closed. Every problem becomes Interaction.error; whatever was captured
 * before a failure stays in the Interaction.
 */
import type { BrowserContext } from 'playwright-core';
import type { ContactContext } from '../channel.js';
import type { HarnessConfig } from '../../config/types.js';
import { runScript } from '../../interaction/script.js';
import { startedDetail } from './start-gate.js';
import type { Interaction, InteractionError, Outcome } from '../../interaction/types.js';
import type { BrowserResult } from './browser.js';
import { ABORTED, WIDGET_HARNESS_CODES, WebchatFailure, closedShadowRoot, isClosedError, pageCrashed } from './errors.js';
import { saveFailureArtifacts } from './failure-artifacts.js';
import type { ResolvedWebchatOptions } from './options.js';
import { FrameFilter, closedShadowHosts, flushPageClock, pageClockConfig } from './page-clock.js';
import { openChatContext, type ChatContextPool, type ChatKind, type PreparedChat } from './context-pool.js';
import { loadChatPage, resolveChatUrl, waitForQuiet, waitUntilReady } from './page-steps.js';
import { WebchatPort } from './port.js';
import { DEFAULT_PRESET, SELECTOR_PRESETS, resolveSelectors, type ChatSelectors } from './presets.js';
import { ChatRecorder } from './recorder.js';
import { watchPatience } from '../patience.js';
import type { StartGate } from './start-gate.js';
import { describeChat, openWidget, opensChatWindow, type ChatFrame } from './widget.js';

export interface ChatDeps {
  config: HarnessConfig;
  options: ResolvedWebchatOptions;
  getBrowser: () => Promise<BrowserResult>;
  startGate: StartGate;
  /** Contexts opened ahead (Channel.prepare); absent: every chat opens its own. */
  pool?: ChatContextPool;
}

export async function placeChat(deps: ChatDeps, ctx: ContactContext): Promise<Interaction> {
  const dueAt = ctx.dueAt ?? Date.now();
  const { config, options } = deps;
  const { scenario, signal } = ctx;
  // Waiting for a start slot is the harness's own queue, not the centre's: the contact's time
  // origin is when its start begins.
  let releaseStart = await deps.startGate.acquire(signal);
  const startedAt = Date.now();
  const resolved = resolveSelectors(scenario.target?.selectors);
  const selectors = resolved.ok ? resolved.selectors : SELECTOR_PRESETS[DEFAULT_PRESET]!;
  const recorder = new ChatRecorder(startedAt, selectors);
  recorder.addEvent({ type: 'started', atMs: 0, detail: startedDetail(dueAt, startedAt) });
  // crash-proof runs (h/crash): journal the turns as they arrive, so a kill loses at most the last one.
  const { onProgress } = ctx;
  if (onProgress) recorder.onMessage(() => void onProgress({ turns: recorder.turns() }));
  const endStart = () => {
    releaseStart?.();
    releaseStart = null;
  };

  const finish = (outcome: Outcome, error?: InteractionError): Interaction => {
    endStart();
    const durationMs = recorder.now();
    recorder.settleHandoff();
    if (error) recorder.addEvent({ type: 'error', atMs: durationMs, detail: { code: error.code, message: error.message } });
    recorder.addEvent({ type: 'ended', atMs: durationMs, detail: { outcome } });
    return {
      schemaVersion: 1,
      contactId: ctx.contactId,
      scenarioId: scenario.id,
      runId: ctx.runId,
      channel: 'webchat',
      startedAt,
      durationMs,
      events: recorder.events(),
      turns: recorder.turns(),
      outcome,
      ...(error ? { error } : {}),
      ...(error && WIDGET_HARNESS_CODES.has(error.code) ? { failedBy: 'harness' as const } : {}),
      transcriptSource: 'chat-dom',
      centreRef: ctx.contactId,
      clock: 'page',
    };
  };
  const fail = (error: InteractionError): Interaction =>
    error.code === ABORTED.code || signal.aborted ? finish('abandoned', ABORTED) : finish('failed', error);

  if (!resolved.ok) return fail(resolved.error);
  const url = resolveChatUrl(scenario.target?.chatUrl, config.centre, ctx.vars, ctx.contactId);
  if (!url.ok) return fail(url.error);
  if (signal.aborted) return fail(ABORTED);

  const browser = await deps.getBrowser();
  if (!browser.ok) return fail(browser.error);
  const kind = chatKindOf(scenario, selectors, options);
  const { clock } = kind;
  let prepared: PreparedChat;
  let preparedAhead = false;
  try {
    // Opened ahead by Channel.prepare when the run said what was coming; otherwise opened now.
    const pooled = deps.pool?.take(kind, ctx.contactId) ?? null;
    preparedAhead = pooled !== null;
    prepared = pooled ?? (await openChatContext(browser.browser, kind));
  } catch (err) {
    return fail(pageCrashed(`could not open a browser context: ${(err as Error).message}`));
  }
  const { context, page } = prepared;
  // The contact's page loaded ahead (WebchatOptions.loadPageAhead): a customer already on the shop's page.
  const loadedAhead = prepared.loaded?.url === url.url ? prepared.loaded : undefined;

  // An object, not `let`s: these change inside event handlers, which TypeScript's narrowing ignores.
  const state = { closing: false, crash: null as InteractionError | null, scriptDone: false };
  const onCrash = (why: string) => {
    if (state.closing || state.crash) return;
    state.crash = pageCrashed(why);
    recorder.inbox.close(why);
  };
  const onAbort = () => recorder.inbox.close('the run was interrupted');
  signal.addEventListener('abort', onAbort, { once: true });
  // ── customer patience (h/capacity): no agent within patienceMs of the page load / hand-off → leave ──
  const gaveUp = new AbortController();
  const waitSignal = ctx.patienceMs === undefined ? signal : AbortSignal.any([signal, gaveUp.signal]);
  let pageLoadedAt: number | undefined;
  const patience = watchPatience({
    patienceMs: ctx.patienceMs,
    // With a bot in front, the wait for a human begins with the hand-off request.
    waitingSince: () => (selectors.botMessage ? (recorder.handoffRequestedAt ?? undefined) : pageLoadedAt),
    agentJoined: () => recorder.agentJoinedAtMs !== null || recorder.phase === 'ended',
    onExpire: (waitedMs) => {
      recorder.addEvent({ type: 'abandoned', atMs: recorder.now(), detail: { waitedMs } });
      gaveUp.abort();
      recorder.inbox.close('the customer gave up waiting for an agent');
    },
  });
  // ── end customer patience ──
  context.on('close', () => onCrash('the browser context was closed'));

  // Only the chat's own frame is listened to; until the widget is open, records wait per frame.
  const frames = new FrameFilter((record) => recorder.handle(record));
  const widget = scenario.target?.widget;
  try {
    prepared.route(frames.accept);
    page.on('crash', () => onCrash('the page crashed'));
    page.on('close', () => onCrash('the page was closed'));
    const chat = { current: { frame: page.mainFrame(), path: [] } as ChatFrame };
    // A chat in a window a launcher opens is chosen once that window is there.
    if (!widget?.frame && !opensChatWindow(widget)) frames.choose(page.mainFrame());

    const run = async (): Promise<InteractionError | null> => {
      await onProgress?.({ centreRef: ctx.contactId }); // h/crash: on disk before the centre can see us
      if (loadedAhead) {
        // Loaded before this contact started: its time is said in epoch ms, never as a turn time.
        const detail = { url: url.url, preparedContext: true, loadedAt: loadedAhead.at, loadedBeforeStartMs: Math.max(0, startedAt - loadedAhead.at) };
        recorder.addEvent({ type: 'page-loaded', atMs: 0, detail });
      } else {
        const loadError = await loadChatPage(page, url.url, options.navigationTimeoutMs, signal);
        endStart();
        if (loadError) return loadError;
        recorder.addEvent({ type: 'page-loaded', atMs: recorder.now(), detail: { url: url.url, preparedContext: preparedAhead } });
      }
      pageLoadedAt = Date.now(); // customer patience (h/capacity)
      if (widget) {
        const onEvent = (event: { type: string; detail?: Record<string, unknown> }) => recorder.addEvent({ ...event, atMs: recorder.now() });
        try {
          await openWidget(page, widget, { actionTimeoutMs: options.actionTimeoutMs, vars: ctx.vars, onEvent, lean: options.leanWidgetOpen }, chat);
        } catch (err) {
          // Failed in the pre-chat form: the chat frame is known, keep what it showed.
          if (chat.current.path.length === [widget.frame ?? []].flat().length) frames.choose(chat.current.frame);
          return describeThrown(err, undefined);
        }
        frames.choose(chat.current.frame);
        const { popup } = chat.current;
        if (popup) {
          popup.on('crash', () => onCrash('the chat window crashed'));
          // Some chat windows close themselves once the chat has ended: the chat is over, not crashed.
          popup.on('close', () => {
            if (!state.closing) recorder.chatWindowClosed();
          });
        }
      }
      // With the page loaded ahead, opening the widget is this chat's start (the start gate's share).
      endStart();
      const where = describeChat(chat.current);
      const readyError = await waitUntilReady(chat.current.frame, selectors, recorder, { ...options, clock, where }, waitSignal);
      if (readyError) return readyError;
      recorder.addEvent({ type: 'chat-ready', atMs: recorder.now() });

      const port = new WebchatPort(chat.current.frame, selectors, recorder, {
        typingCps: scenario.persona.typingCps ?? 0,
        typeKeys: options.typeKeys,
        blurAfterSend: options.blurAfterSend,
        leanInput: options.leanInput,
        leanWidgetInput: options.leanWidgetInput,
        actionTimeoutMs: options.actionTimeoutMs,
        signal: waitSignal,
        where,
      });
      let scriptError: InteractionError | null = null;
      try {
        const result = await runScript(scenario.steps, port, ctx.vars, waitSignal);
        scriptError = result.error ?? null;
        state.scriptDone = !result.error && !signal.aborted;
      } catch (err) {
        scriptError = describeThrown(err, port.currentStep);
      }
      if (!waitSignal.aborted && !state.crash) {
        await waitForQuiet(recorder, options.quietMs, options.trailingMaxMs, () => signal.aborted || state.crash !== null);
      }
      return scriptError;
    };

    let error = await run();
    // Whatever is still settling in the page (a bubble filled a moment ago) is taken now.
    if (!state.crash && frames.chatFrame) for (const record of await flushPageClock(frames.chatFrame, clock)) recorder.handle(record);
    // ── customer patience / turned away (h/capacity): results, not failures ──
    patience.stop();
    if (patience.expired && !signal.aborted) return finish('abandoned');
    // Refused at once ("all agents busy" before any queue) is busy; turned away from the queue, never answered.
    if (recorder.turnedAway && recorder.agentJoinedAtMs === null && !signal.aborted && !state.crash) return finish(recorder.turnedAway.queued ? 'no-answer' : 'busy');
    // ── end ──

    // Interrupted while listening for trailing lines: every step ran, so the contact is complete.
    if (signal.aborted && !state.scriptDone) return finish('abandoned', ABORTED);
    if (state.crash) return finish('failed', withStep(state.crash, error));
    error = recorder.fatal ?? error;
    if (!error) return finish('completed');
    error = await explainClosedShadow(error, chat.current, clock);
    if (SNAPSHOT_CODES.test(error.code) && ctx.contactsDir) {
      const saved = await saveFailureArtifacts(chat.current.popup ?? page, chat.current, error, ctx.contactsDir, ctx.contactId);
      if (saved.screenshot || saved.html) recorder.addEvent({ type: 'failure-artifacts', atMs: recorder.now(), detail: { ...saved } });
    }
    return finish('failed', error);
  } catch (err) {
    // Anything unexpected (a Playwright call on a dying browser …) still returns what we have.
    return fail(state.crash ?? (isClosedError(err) ? pageCrashed((err as Error).message) : internalError(err)));
  } finally {
    patience.stop();
    endStart();
    state.closing = true;
    signal.removeEventListener('abort', onAbort);
    await closeWithin(context, options.closeTimeoutMs);
  }
}

/** Failures where a picture of the page helps: the widget or a selector did not do what was expected. */
const SNAPSHOT_CODES = /^E_(WIDGET_\w+|SELECTOR_\w+|CLOSED_SHADOW_ROOT|WAIT_TIMEOUT|HANDOFF_TIMEOUT|QUEUE_TIMEOUT|PAGE_ACTION)$/u;

/**
 * Nothing was found where the scenario said, and the chat frame holds a closed shadow root: say
 * so, naming its host (otherwise the user hunts for a selector typo that is not there).
 */
async function explainClosedShadow(error: InteractionError, chat: ChatFrame, clock: ReturnType<typeof pageClockConfig>): Promise<InteractionError> {
  if (!/^E_(SELECTOR_TIMEOUT|WAIT_TIMEOUT|HANDOFF_TIMEOUT)$/u.test(error.code)) return error;
  const hosts = await closedShadowHosts(chat.frame, clock);
  return hosts.length ? closedShadowRoot(error, hosts) : error;
}

/**
 * What a chat's browser context is made for: its locale and what its page clock watches. The clock
 * polls for the ready selector only where waitUntilReady waits for its report (leanInput, the chat
 * in the page's own frame).
 */
export function chatKindOf(scenario: ContactContext['scenario'], selectors: ChatSelectors, options: ResolvedWebchatOptions): ChatKind {
  const pollReady = options.leanInput && !scenario.target?.widget?.frame;
  return { locale: scenario.locale ?? 'zh-CN', clock: pageClockConfig(selectors, options, pollReady) };
}

function describeThrown(err: unknown, step: string | undefined): InteractionError {
  if (err instanceof WebchatFailure) return err.toData(step);
  if (isClosedError(err)) return { ...pageCrashed((err as Error).message), ...(step ? { step } : {}) };
  return { ...internalError(err), ...(step ? { step } : {}) };
}

/** The crash is the cause; keep the step path from the script error it provoked, if any. */
function withStep(crash: InteractionError, error: InteractionError | null): InteractionError {
  return error?.step ? { ...crash, step: error.step } : crash;
}

function internalError(err: unknown): InteractionError {
  return {
    code: 'E_WEBCHAT_INTERNAL',
    message: `unexpected error in the web-chat channel: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    hint: 'please report this with the scenario file; the turns captured so far are kept',
  };
}

async function closeWithin(context: BrowserContext, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    context.close().catch(() => {}),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
}

/**
 * One web chat from start to end: fresh browser context (isolation: no cookies or storage shared
 * between simulated customers), page clock, navigation, ready wait, the scenario script, trailing
 * lines, then the context is closed. Every problem becomes Interaction.error; whatever was captured
 * before a failure stays in the Interaction.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { ContactContext } from '../channel.js';
import type { HarnessConfig } from '../../config/types.js';
import { runScript } from '../../interaction/script.js';
import { startedDetail } from './start-gate.js';
import type { Interaction, InteractionError, Outcome } from '../../interaction/types.js';
import type { BrowserResult } from './browser.js';
import { ABORTED, WebchatFailure, isClosedError, pageCrashed } from './errors.js';
import type { ResolvedWebchatOptions } from './options.js';
import { flushPageClock, installPageClock, pageClockConfig } from './page-clock.js';
import { loadChatPage, resolveChatUrl, waitForQuiet, waitUntilReady } from './page-steps.js';
import { WebchatPort } from './port.js';
import { DEFAULT_PRESET, SELECTOR_PRESETS, resolveSelectors } from './presets.js';
import { ChatRecorder } from './recorder.js';
import type { StartGate } from './start-gate.js';

export interface ChatDeps {
  config: HarnessConfig;
  options: ResolvedWebchatOptions;
  getBrowser: () => Promise<BrowserResult>;
  startGate: StartGate;
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
  const endStart = () => {
    releaseStart?.();
    releaseStart = null;
  };

  const finish = (outcome: Outcome, error?: InteractionError): Interaction => {
    endStart();
    const durationMs = recorder.now();
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
  let context: BrowserContext;
  try {
    context = await newChatContext(browser.browser, scenario.locale);
  } catch (err) {
    return fail(pageCrashed(`could not open a browser context: ${(err as Error).message}`));
  }

  // An object, not `let`s: these change inside event handlers, which TypeScript's narrowing ignores.
  const state = { closing: false, crash: null as InteractionError | null, scriptDone: false };
  const onCrash = (why: string) => {
    if (state.closing || state.crash) return;
    state.crash = pageCrashed(why);
    recorder.inbox.close(why);
  };
  const onAbort = () => recorder.inbox.close('the run was interrupted');
  signal.addEventListener('abort', onAbort, { once: true });
  context.on('close', () => onCrash('the browser context was closed'));

  const clock = pageClockConfig(selectors, options);
  try {
    await installPageClock(context, clock, (record) => recorder.handle(record));
    const page = await context.newPage();
    page.on('crash', () => onCrash('the page crashed'));
    page.on('close', () => onCrash('the page was closed'));

    const run = async (): Promise<InteractionError | null> => {
      const loadError = await loadChatPage(page, url.url, options.navigationTimeoutMs, signal);
      endStart();
      if (loadError) return loadError;
      recorder.addEvent({ type: 'page-loaded', atMs: recorder.now(), detail: { url: url.url } });
      const readyError = await waitUntilReady(page, selectors, recorder, options, signal);
      if (readyError) return readyError;
      recorder.addEvent({ type: 'chat-ready', atMs: recorder.now() });

      const port = new WebchatPort(page, selectors, recorder, {
        typingCps: scenario.persona.typingCps ?? 0,
        typeKeys: options.typeKeys,
        actionTimeoutMs: options.actionTimeoutMs,
        signal,
      });
      let scriptError: InteractionError | null = null;
      try {
        const result = await runScript(scenario.steps, port, ctx.vars, signal);
        scriptError = result.error ?? null;
        state.scriptDone = !result.error && !signal.aborted;
      } catch (err) {
        scriptError = describeThrown(err, port.currentStep);
      }
      if (!signal.aborted && !state.crash) {
        await waitForQuiet(recorder, options.quietMs, options.trailingMaxMs, () => signal.aborted || state.crash !== null);
      }
      return scriptError;
    };

    const error = await run();
    // Whatever is still settling in the page (a bubble filled a moment ago) is taken now.
    if (!state.crash) for (const record of await flushPageClock(page, clock)) recorder.handle(record);

    // Interrupted while listening for trailing lines: every step ran, so the contact is complete.
    if (signal.aborted && !state.scriptDone) return finish('abandoned', ABORTED);
    if (state.crash) return finish('failed', withStep(state.crash, error));
    if (recorder.fatal) return finish('failed', recorder.fatal);
    return error ? finish('failed', error) : finish('completed');
  } catch (err) {
    // Anything unexpected (a Playwright call on a dying browser …) still returns what we have.
    return fail(state.crash ?? (isClosedError(err) ? pageCrashed((err as Error).message) : internalError(err)));
  } finally {
    endStart();
    state.closing = true;
    signal.removeEventListener('abort', onAbort);
    await closeWithin(context, options.closeTimeoutMs);
  }
}

/** A light context: no service workers (they outlive pages), a desktop-sized viewport, the scenario's locale. */
function newChatContext(browser: Browser, locale: string | undefined): Promise<BrowserContext> {
  return browser.newContext({
    serviceWorkers: 'block',
    viewport: null, // the window is sized by a launch flag (chat-context.ts): no emulation per page
    locale: locale ?? 'zh-CN',
    acceptDownloads: false,
  });
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

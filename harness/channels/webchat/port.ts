/**
 * The script driver's view of one chat page: type a line and send it, close the chat. What the
 * page shows comes back through the page clock into the recorder's Inbox, customer lines included
 * (their time is when they appeared in the DOM, not when Node asked for them to be sent).
 */
import type { Frame } from 'playwright-core';
import type { Inbox } from '../../interaction/inbox.js';
import type { ConversationPort } from '../../interaction/script.js';
import type { InteractionError, InteractionEvent } from '../../interaction/types.js';
import { DTMF_UNSUPPORTED, WebchatFailure, failureFromPlaywright, selectorTimeout } from './errors.js';
import { leanBlur, leanClick, leanFill, leanPress } from './lean-input.js';
import type { ChatSelectors } from './presets.js';
import type { ChatRecorder } from './recorder.js';

export interface PortOptions {
  /** Persona typing speed, characters per second; 0 pastes the whole line at once. @default 0 */
  typingCps?: number;
  /**
   * Send real key events at typing speed instead of waiting the typing time and filling the line
   * at once. Keys let the widget show "typing…", but cost one browser round trip per character,
   * which does not scale to hundreds of chats on a small machine. @default false
   */
  typeKeys?: boolean;
  /**
   * Take the focus off the input once the line is sent. A focused input's blinking caret makes
   * its page paint a frame twice a second: measured on the simulated centre, a chat costs about
   * 7 ms of CPU per second with the caret blinking and 1.3 ms without, so 200 chats left focused
   * would keep most of a core busy drawing carets. Widgets that send with Enter (or focus the
   * input again after a click) leave it focused; the centre cannot see the difference. @default true
   */
  blurAfterSend?: boolean;
  /**
   * Type and send with a few direct input events when the chat is the page's own frame and the
   * elements are plainly usable (lean-input.ts); otherwise, and when false, Playwright's actions.
   * @default false
   */
  leanInput?: boolean;
  /**
   * In a widget's frame (the chat is not the page's own frame): fill the composer and press Enter
   * with a few direct input events when it is the one match in the frame's document and its open
   * shadow roots (lean-input.ts); otherwise Playwright's fill and press. The same trusted events
   * Playwright sends (Input.insertText, key down/up to the focused element), in 6 CDP messages a
   * line instead of 19. @default true
   */
  leanWidgetInput?: boolean;
  /** How long the input / send / end elements may take to become usable. @default 30000 */
  actionTimeoutMs?: number;
  /** Cuts the typing wait short when the run is interrupted. */
  signal?: AbortSignal;
  /** Where the selectors are looked for, for error messages. @default "on the chat page" */
  where?: string;
}

export class WebchatPort implements ConversationPort {
  /** Path of the step being run (from the script's step events), for errors raised here. */
  currentStep: string | undefined;
  endedByCustomer = false;

  constructor(
    /** The chat's frame (the page's main frame when the chat is on the page itself). */
    private readonly page: Frame,
    private readonly selectors: ChatSelectors,
    private readonly recorder: ChatRecorder,
    private readonly options: PortOptions = {},
  ) {}

  get inbox(): Inbox {
    return this.recorder.inbox;
  }

  now(): number {
    return this.recorder.now();
  }

  event(event: InteractionEvent): void {
    if (event.type === 'step' && typeof event.detail?.path === 'string') this.currentStep = event.detail.path;
    this.recorder.addEvent(event);
  }

  handoffRequested(line: string): boolean {
    this.recorder.expectHandoff(line);
    return true;
  }

  async say(text: string): Promise<void> {
    const timeout = this.options.actionTimeoutMs ?? 30_000;
    const input = this.page.locator(this.selectors.input).first();
    const cps = this.options.typingCps ?? 0;
    const typingMs = cps > 0 ? Math.round((text.length * 1000) / cps) : 0;
    const lean = this.options.leanInput ?? false;
    const where = { inPage: lean, inFrames: this.options.leanWidgetInput ?? true };
    if (cps > 0 && this.options.typeKeys) {
      await this.act('input', this.selectors.input, timeout, async () => {
        await input.fill('', { timeout });
        await input.pressSequentially(text, { delay: Math.round(1000 / cps), timeout: timeout + typingMs });
      });
    } else {
      // The customer's line appears after the time it takes to type it, as with real typing.
      if (typingMs > 0) await sleep(typingMs, this.options.signal);
      await this.act('input', this.selectors.input, timeout, async () => {
        if (!(await leanFill(this.page, this.selectors.input, text, where))) await input.fill(text, { timeout });
      });
    }
    const sendSelector = this.selectors.send;
    if (sendSelector) {
      const send = this.page.locator(sendSelector).first();
      await this.act('send', sendSelector, timeout, async () => {
        if (!(lean && (await leanClick(this.page, sendSelector)))) await send.click({ timeout });
      });
    } else {
      await this.act('input', this.selectors.input, timeout, async () => {
        if (!(await leanPress(this.page, this.selectors.input, 'Enter', where))) await input.press('Enter', { timeout });
      });
    }
    // Best effort: a widget that re-renders its input may have replaced it already.
    if (this.options.blurAfterSend ?? true) {
      const blurred = await leanBlur(this.page).catch(() => true);
      if (!blurred) await input.blur({ timeout: 1_000 }).catch(() => undefined);
    }
    // Widgets that do not show the customer's own lines: time them here, on the Node side.
    if (!this.selectors.customerMessage) this.recorder.addCustomerTurn(text, this.now());
    this.recorder.handoffSent(this.now());
  }

  async press(): Promise<InteractionError | void> {
    return DTMF_UNSUPPORTED;
  }

  async end(reason?: string): Promise<void> {
    this.endedByCustomer = true;
    this.recorder.addEvent({ type: 'customer-ended', atMs: this.now(), ...(reason ? { detail: { reason } } : {}) });
    // Nothing to click when the widget has no end button or the centre already closed the chat.
    if (!this.selectors.end || this.recorder.phase === 'ended') return;
    const timeout = this.options.actionTimeoutMs ?? 30_000;
    const end = this.page.locator(this.selectors.end).first();
    try {
      await this.act('end', this.selectors.end, timeout, () => end.click({ timeout }));
    } catch (err) {
      // Closing the context ends the chat from our side anyway, so an end button that cannot be
      // clicked (a widget that disables it once the agent has closed the chat, without saying so
      // in a way we can observe) is noted, not a failed contact.
      if (!(err instanceof WebchatFailure) || err.code === 'E_PAGE_CRASHED') throw err;
      this.recorder.addEvent({ type: 'warning', atMs: this.now(), detail: { code: err.code, message: err.message } });
    }
  }

  /**
   * Run a page action; Playwright errors become WebchatFailures with a code the user can act on.
   * The centre may close the chat (and disable the input or end button) meanwhile, and under load
   * Node hears of it late. For `end` the click races the page's own report that the chat is
   * closed (closing is what it wants anyway). Other actions are not raced (a slow but successful
   * send must not count as failed); if they fail once the chat is closed, that is
   * E_CLOSED_BY_CENTRE rather than a selector problem.
   */
  private async act(which: string, selector: string, timeoutMs: number, action: () => Promise<unknown>): Promise<void> {
    if (which !== 'end' && this.recorder.phase === 'ended') throw closedByCentre(which);
    const attempt = action();
    attempt.catch(() => {}); // when the close wins the race, a late rejection must not go unhandled
    try {
      await (which === 'end' ? Promise.race([attempt, this.recorder.closed]) : attempt);
    } catch (err) {
      if (this.recorder.phase === 'ended') {
        if (which === 'end') return;
        throw closedByCentre(which);
      }
      throw toFailure(err, which, selector, timeoutMs, this.options.where);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function closedByCentre(which: string): WebchatFailure {
  return new WebchatFailure(
    'E_CLOSED_BY_CENTRE',
    `the centre closed the chat before the customer could use the ${which} element`,
    'look at the last messages in the turns: the agent or an idle timeout ended the chat',
  );
}

export function toFailure(err: unknown, which: string, selector: string, timeoutMs: number, where?: string): WebchatFailure {
  return failureFromPlaywright(err, {
    which,
    selector,
    fallbackCode: 'E_PAGE_ACTION',
    fallbackMessage: (line) => `the ${which} action on "${selector}" failed: ${line}`,
    onTimeout: (message) => selectorTimeout(which, selector, timeoutMs, where, message),
  });
}

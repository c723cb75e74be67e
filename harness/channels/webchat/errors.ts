/**
 * Contact-level problems of a web chat, each with a stable code. They travel as data
 * (Interaction.error); `WebchatFailure` only carries one from deep inside the port (a failed
 * click while the script runs) up to `place`, which turns it back into data.
 */
import { errors as playwrightErrors } from 'playwright-core';
import { HarnessError } from '../../errors.js';
import type { InteractionError } from '../../interaction/types.js';

export class WebchatFailure extends HarnessError {
  toData(step?: string): InteractionError {
    return { code: this.code, message: this.message, ...(step ? { step } : {}), ...(this.hint ? { hint: this.hint } : {}) };
  }

  static from(data: InteractionError): WebchatFailure {
    return new WebchatFailure(data.code, data.message, data.hint);
  }
}

export function browserMissing(executablePath: string): InteractionError {
  return {
    code: 'E_BROWSER_MISSING',
    message: `Chromium was not found at ${executablePath}`,
    hint: 'run `npm run setup` (or `apt-get install -y chromium`), or set browser.executablePath in the config',
  };
}

export function browserLaunchFailed(executablePath: string, reason: string): InteractionError {
  return {
    code: 'E_BROWSER_LAUNCH',
    message: `Chromium at ${executablePath} did not start: ${firstLine(reason)}`,
    hint: 'check browser.extraArgs and that the machine has memory to spare; try `chromium --headless --no-sandbox about:blank` by hand',
  };
}

export function centreUnreachable(url: string, reason: string): InteractionError {
  return {
    code: 'E_CENTRE_UNREACHABLE',
    message: `the chat page ${url} could not be loaded: ${firstLine(reason)}`,
    hint: 'check that the centre is running and --centre / target.chatUrl point at it',
  };
}

export function chatUrlInvalid(url: string): InteractionError {
  return {
    code: 'E_CHAT_URL',
    message: `the chat URL "${url}" is not a valid absolute URL`,
    hint: 'set target.chatUrl to an http(s) URL, or set --centre when it uses {{centre}}',
  };
}

/**
 * `which` is the role of the selector (ready, input, send, end …) so the user knows which one to
 * fix; `where` says in which frame it was looked for (see widget.ts describeFrame).
 * @default where "on the chat page"
 */
export function selectorTimeout(which: string, selector: string, timeoutMs: number, where = 'on the chat page', playwrightMessage = ''): InteractionError {
  const blocked = notActionableBecause(playwrightMessage);
  return {
    code: 'E_SELECTOR_TIMEOUT',
    message: blocked
      ? `the ${which} selector "${selector}" ${blocked.why} ${where} within ${timeoutMs} ms`
      : `the ${which} selector "${selector}" did not match a usable element ${where} within ${timeoutMs} ms`,
    hint: blocked
      ? `${blocked.hint} (${scenarioField(which)}); the failure screenshot and HTML are next to the contact`
      : `fix ${scenarioField(which)} in the scenario (or pick the right preset), and check the page in a browser (the failure screenshot and HTML are next to the contact)`,
  };
}

export function selectorInvalid(which: string, selector: string, reason: string): InteractionError {
  return {
    code: 'E_SELECTOR_INVALID',
    message: `the ${which} selector "${selector}" is not usable: ${firstLine(reason)}`,
    hint: `fix ${scenarioField(which)} in the scenario: it must be a CSS selector`,
  };
}

/** The scenario field a selector role comes from (widget steps live under target.widget). */
function scenarioField(which: string): string {
  if (/^(open|frame|prechat)\b/u.test(which)) return `target.widget.${which.split(' ')[0]}`;
  return `target.selectors.${which}`;
}

/**
 * Codes of the widget work that are the tool's problem, not the centre's (a launcher, frame or
 * form element the scenario names wrongly, a DOM the harness cannot enter). Recorded as
 * `failedBy: "harness"` on the Interaction, so the contact is left out of the score sheets like a
 * wrong selector is (scorers/contact-status.ts derives that only for codes it knows).
 */
export const WIDGET_HARNESS_CODES: ReadonlySet<string> = new Set(['E_WIDGET_OPEN', 'E_WIDGET_FRAME', 'E_WIDGET_PRECHAT', 'E_CLOSED_SHADOW_ROOT']);

/**
 * Why Playwright could not act on an element it did find, read from the call log of its timeout
 * error ("… intercepts pointer events", "element is not visible" …). Null when the element was
 * never found: then "did not appear" is the truth.
 */
export function notActionableBecause(playwrightMessage: string): { why: string; hint: string } | null {
  if (!/locator resolved to/u.test(playwrightMessage)) return null;
  const covered = /(<[^\n]*?>(?:…<\/[^>\n]+>)?)[^\n]*? intercepts pointer events/u.exec(playwrightMessage);
  if (covered) {
    return {
      why: `was found but covered by ${covered[1]}, which took the click`,
      hint: 'a banner or overlay lies over it: put the covering element\'s accept/close button in target.widget.open, before this, e.g. { click: "#accept", optional: true }',
    };
  }
  if (/element is not visible/u.test(playwrightMessage)) return { why: 'was found but stayed hidden', hint: 'the page has it but never shows it: click what reveals it first, or point the selector at the visible element' };
  if (/element is (?:not enabled|disabled)/u.test(playwrightMessage)) return { why: 'was found but stayed disabled', hint: 'something must be filled or accepted before it can be clicked' };
  if (/element is not stable/u.test(playwrightMessage)) return { why: 'was found but kept moving', hint: 'an animation never settles; wait for it with an earlier step or click a steadier element' };
  return null;
}

/**
 * A widget step (launcher click, iframe, pre-chat form) found nothing where it looked, or (with
 * `playwrightMessage`) found the element but could not act on it: the message says which.
 */
export function widgetStepFailed(step: 'open' | 'frame' | 'prechat', selector: string, where: string, timeoutMs: number, playwrightMessage = ''): InteractionError {
  const what = { open: 'the launcher / banner to click', frame: 'the chat iframe', prechat: 'the pre-chat form element' }[step];
  const blocked = notActionableBecause(playwrightMessage);
  return {
    code: `E_WIDGET_${step.toUpperCase()}`,
    message: `widget ${step}: "${selector}" (${what}) ${blocked?.why ?? 'did not appear'} ${where} within ${timeoutMs} ms`,
    hint: blocked
      ? `${blocked.hint}; the failure screenshot / HTML next to the contact shows what the page showed`
      : `fix target.widget.${step} in the scenario; open the failure screenshot / HTML next to the contact to see what the page showed`,
  };
}

/**
 * A selector was not found (or no message was ever seen) and the chat frame holds a CLOSED shadow
 * root: that is the cause, and the original message still names the selector and the frame.
 */
export function closedShadowRoot(original: InteractionError, hosts: readonly string[]): InteractionError {
  return {
    code: 'E_CLOSED_SHADOW_ROOT',
    message: `${original.message} — the widget keeps its DOM in a CLOSED shadow root (host ${hosts.map((h) => `<${h}>`).join(', ')}), which no script can enter`,
    ...(original.step ? { step: original.step } : {}),
    hint: 'a closed shadow root cannot be automated from outside; ask the vendor for an open-mode or plain iframe embed, or a test page without it',
  };
}
export function queueTimeout(timeoutMs: number): InteractionError {
  return {
    code: 'E_QUEUE_TIMEOUT',
    message: `the chat stayed in the centre's queue for more than ${timeoutMs} ms`,
    hint: 'the centre has no free agent; lower the concurrency or raise the channel option queueTimeoutMs',
  };
}

export function pageCrashed(detail: string): InteractionError {
  return {
    code: 'E_PAGE_CRASHED',
    message: `the chat page stopped: ${firstLine(detail)}`,
    hint: 'the browser may be out of memory; lower the concurrency',
  };
}

export const DTMF_UNSUPPORTED: InteractionError = {
  code: 'E_UNSUPPORTED',
  message: 'a press (DTMF) step cannot be sent in a web chat',
  hint: 'remove press steps from webchat scenarios, or run the scenario on the voice channel only',
};

export { ABORTED } from '../../interaction/script.js';

export function isTimeout(err: unknown): boolean {
  return err instanceof playwrightErrors.TimeoutError;
}

/** Playwright's wording when the page, its context or the browser went away under an action. */
export function isClosedError(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /Target (page, context or browser )?(has been )?closed|Target crashed|Page crashed|browser has been closed|has been closed/i.test(msg);
}

export function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.trim().slice(0, 300);
}

/**
 * Map whatever a Playwright action threw to a WebchatFailure, the same way for every step: our own
 * failure passes through; a timeout gets the step's own message (`onTimeout`); a closed page is a
 * crash; a selector Playwright could not parse is the scenario's error; anything else is `fallbackCode`.
 */
export function failureFromPlaywright(
  err: unknown,
  step: { which: string; selector: string; fallbackCode: string; fallbackMessage: (firstLine: string) => string; onTimeout: (playwrightMessage: string) => InteractionError },
): WebchatFailure {
  if (err instanceof WebchatFailure) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (isTimeout(err)) return WebchatFailure.from(step.onTimeout(message));
  if (isClosedError(err)) return WebchatFailure.from(pageCrashed(message));
  if (/selector|Unexpected token|parsing/iu.test(message)) return WebchatFailure.from(selectorInvalid(step.which, step.selector, message));
  return new WebchatFailure(step.fallbackCode, step.fallbackMessage(firstLine(message)));
}

/**
 * Runs a scenario's steps against any channel. Channels only provide a ConversationPort (send a
 * line, press digits, hang up) and feed what they hear into the Inbox; the script logic (waits,
 * branches, timeouts) is the same for chat and voice, so a scenario behaves alike on both.
 */
import { DEFAULT_HANDOFF_LINE, DEFAULT_HANDOFF_TIMEOUT_MS, DEFAULT_WAIT_TIMEOUT_MS, type Step } from '../scenario/schema.js';
import type { Inbox, InboxMessage } from './inbox.js';
import { interpolate, matches } from './match.js';
import type { InteractionError, InteractionEvent } from './types.js';

export interface ConversationPort {
  readonly inbox: Inbox;
  /** Ms since the contact's time origin, on the caller-side clock. */
  now(): number;
  say(text: string): Promise<void>;
  /** DTMF; channels without it return an error. */
  press(digits: string): Promise<InteractionError | void>;
  end(reason?: string): Promise<void>;
  event(event: InteractionEvent): void;
  /**
   * A `handoff` step is about to send `line` ("" when it sends nothing). A channel that can tell
   * when the line showed in the conversation records `handoff-requested` itself and returns true;
   * otherwise the script records it at the Node time after sending.
   */
  handoffRequested?(line: string): boolean;
}

export interface ScriptResult {
  /** Set when the script stopped on a failed step. */
  error?: InteractionError;
  /** True when an `end` step ran (the customer hung up / closed the chat). */
  endedByCustomer: boolean;
}

/** The contact stopped because the run was interrupted (Ctrl-C); it is placed again on resume. */
export const ABORTED: InteractionError = { code: 'E_ABORTED', message: 'the run was interrupted' };

type Speakers = 'agent' | 'human' | 'bot' | 'ivr' | 'any';

function fromOtherSide(m: InboxMessage, who: Speakers): boolean {
  if (m.speaker === 'customer') return false;
  switch (who) {
    case 'any':
      return true;
    case 'ivr':
      return m.speaker === 'ivr';
    case 'bot':
      return m.speaker === 'bot';
    case 'human':
      return m.speaker === 'agent';
    default:
      // "agent" means whoever answers for the centre: people, bots and IVR prompts alike.
      return m.speaker === 'agent' || m.speaker === 'bot' || m.speaker === 'ivr';
  }
}

function describeStep(step: Step): string {
  const [kind, value] = Object.entries(step)[0]!;
  const text =
    typeof value === 'string'
      ? value
      : kind === 'wait'
        ? (value as { pattern: string }).pattern
        : kind === 'handoff'
          ? value === true
            ? DEFAULT_HANDOFF_LINE
            : ((value as { say?: string }).say ?? DEFAULT_HANDOFF_LINE)
          : '';
  return text ? `${kind} "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` : kind;
}

class StepFailure extends Error {
  constructor(readonly detail: InteractionError) {
    super(detail.message);
  }
}

export async function runScript(
  steps: readonly Step[],
  port: ConversationPort,
  vars: Record<string, string | number>,
  signal?: AbortSignal,
): Promise<ScriptResult> {
  const state = { ended: false };

  async function runSteps(list: readonly Step[], basePath: string): Promise<void> {
    for (let i = 0; i < list.length && !state.ended; i++) {
      if (signal?.aborted) throw new StepFailure(ABORTED);
      const step = list[i]!;
      const path = `${basePath}.${i}`;
      port.event({ type: 'step', atMs: port.now(), detail: { path, step: describeStep(step) } });
      await runStep(step, path);
    }
  }

  async function runStep(step: Step, path: string): Promise<void> {
    if ('say' in step) {
      if (step.delayMs) await sleep(step.delayMs, signal);
      await port.say(interpolate(step.say, vars));
    } else if ('wait' in step) {
      const spec = typeof step.wait === 'string' ? { pattern: step.wait } : step.wait;
      const timeoutMs = spec.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
      const who = spec.speaker ?? 'agent';
      const got = await port.inbox.next((m) => fromOtherSide(m, who) && matches(spec.pattern, m.text), timeoutMs);
      if (!got && !spec.optional) {
        const closed = port.inbox.closed;
        const last = port.inbox.all().filter((m) => fromOtherSide(m, 'any')).at(-1);
        throw new StepFailure({
          code: closed ? 'E_CLOSED_BY_CENTRE' : 'E_WAIT_TIMEOUT',
          step: path,
          message: closed
            ? `step ${path} (${describeStep(step)}): the centre ended the contact (${closed}) before a match`
            : `step ${path} (${describeStep(step)}): nothing from the ${who} matched /${spec.pattern}/ within ${timeoutMs} ms`,
          hint: last
            ? `last message from the centre was "${last.text.slice(0, 80)}"; widen the pattern or raise timeoutMs`
            : 'the centre sent nothing at all: check the chat URL / number and the selectors',
        });
      }
    } else if ('handoff' in step) {
      await handoff(step.handoff === true ? {} : step.handoff, path, step);
    } else if ('press' in step) {
      const err = await port.press(step.press);
      if (err) throw new StepFailure({ ...err, step: path });
    } else if ('pause' in step) {
      await sleep(step.pause, signal);
    } else if ('end' in step) {
      state.ended = true;
      await port.end(step.end === true ? undefined : step.end.reason);
    } else if ('branch' in step) {
      const { cases, otherwise, timeoutMs = DEFAULT_WAIT_TIMEOUT_MS } = step.branch;
      let chosen = -1;
      await port.inbox.next((m) => {
        if (!fromOtherSide(m, 'agent')) return false;
        chosen = cases.findIndex((c) => matches(c.when, m.text));
        return chosen >= 0;
      }, timeoutMs);
      port.event({ type: 'branch', atMs: port.now(), detail: { path, case: chosen >= 0 ? chosen : 'otherwise' } });
      if (chosen >= 0) await runSteps(cases[chosen]!.steps, `${path}.branch.cases.${chosen}.steps`);
      else if (otherwise) await runSteps(otherwise, `${path}.branch.otherwise`);
    }
  }

  /** Ask for a person (unless the line is empty) and wait for the first human-agent message. */
  async function handoff(spec: { say?: string; timeoutMs?: number }, path: string, step: Step): Promise<void> {
    const line = interpolate(spec.say ?? DEFAULT_HANDOFF_LINE, vars);
    const timeoutMs = spec.timeoutMs ?? DEFAULT_HANDOFF_TIMEOUT_MS;
    const tracked = port.handoffRequested?.(line) ?? false;
    if (line) await port.say(line);
    if (!tracked) port.event({ type: 'handoff-requested', atMs: port.now(), detail: { say: line, source: 'node' } });
    // The human's first message stays unread: the next step usually checks the greeting in it.
    const got = await port.inbox.next((m) => fromOtherSide(m, 'human'), timeoutMs, true);
    if (got) return;
    const closed = port.inbox.closed;
    const last = port.inbox.all().filter((m) => fromOtherSide(m, 'any')).at(-1);
    throw new StepFailure({
      code: closed ? 'E_CLOSED_BY_CENTRE' : 'E_HANDOFF_TIMEOUT',
      step: path,
      message: closed
        ? `step ${path} (${describeStep(step)}): the centre ended the contact (${closed}) before a human agent joined`
        : `step ${path} (${describeStep(step)}): no human agent wrote within ${timeoutMs} ms of the hand-off request`,
      hint: last
        ? `last message from the centre was "${last.text.slice(0, 80)}" (${last.speaker}); check selectors.agentMessage / botMessage, the hand-off line, or raise timeoutMs`
        : 'the centre sent nothing at all: check the chat URL and the selectors',
    });
  }

  try {
    await runSteps(steps, 'steps');
    return { endedByCustomer: state.ended };
  } catch (err) {
    if (err instanceof StepFailure) return { error: err.detail, endedByCustomer: state.ended };
    throw err;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    }, { once: true });
  });
}

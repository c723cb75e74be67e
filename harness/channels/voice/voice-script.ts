/**
 * The scenario's steps, interpreted webhook by webhook. A call is driven by Twilio's requests: each
 * webhook must be answered with the next TwiML document at once (Twilio gives up after 15 s, and we
 * aim for < 50 ms). So instead of running the promise-based runScript (harness/interaction/script.ts)
 * and guessing when it is "waiting", this interpreter advances the same steps synchronously: say →
 * <Say>, press → <Play digits>, pause → <Pause>, end → <Hangup>, and a wait/branch that has nothing
 * to match yet → <Gather input="speech">, whose result is fed back in on the next webhook. Matching,
 * speaker rules, optional waits, branch/otherwise, error codes and messages follow runScript, and
 * the text rules are shared (match.ts), so a scenario behaves alike on chat and voice.
 */
import { DEFAULT_HANDOFF_LINE, DEFAULT_WAIT_TIMEOUT_MS, type Step } from '../../scenario/schema.js';
import { interpolate, matches } from '../../interaction/match.js';
import type { InteractionError, InteractionEvent } from '../../interaction/types.js';

export type VoiceAction =
  | { kind: 'say'; text: string }
  | { kind: 'pause'; ms: number }
  | { kind: 'press'; digits: string }
  | { kind: 'listen'; timeoutMs: number }
  | { kind: 'hangup'; reason?: string };

export interface HeardLine {
  speaker: 'ivr' | 'agent';
  text: string;
  atMs: number;
}

interface Frame {
  steps: readonly Step[];
  index: number;
  path: string;
}

type Who = 'agent' | 'human' | 'bot' | 'ivr' | 'any';

function heardBy(line: HeardLine, who: Who): boolean {
  // "agent" means whoever answers for the centre, IVR prompts included (as in runScript).
  // A phone line has no chat bot: `bot` never matches, `human` is the agent (not the IVR).
  if (who === 'ivr') return line.speaker === 'ivr';
  if (who === 'human') return line.speaker === 'agent';
  return who !== 'bot';
}

function describeStep(step: Step): string {
  const [kind, value] = Object.entries(step)[0]!;
  const text = typeof value === 'string' ? value : kind === 'wait' ? (value as { pattern: string }).pattern : '';
  return text ? `${kind} "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` : kind;
}

export class VoiceScript {
  private readonly stack: Frame[];
  private readonly heard: HeardLine[] = [];
  private cursor = 0;
  /** When the current wait/branch began listening (ms on the contact clock). */
  private waitingSince: number | undefined;
  private enteredPath: string | undefined;
  private failure: InteractionError | undefined;
  private endedByCustomer = false;
  private done = false;

  constructor(
    steps: readonly Step[],
    private readonly vars: Record<string, string | number>,
    private readonly onEvent: (e: InteractionEvent) => void = () => {},
  ) {
    this.stack = [{ steps, index: 0, path: 'steps' }];
  }

  get error(): InteractionError | undefined {
    return this.failure;
  }
  get finished(): boolean {
    return this.done;
  }
  get customerHungUp(): boolean {
    return this.endedByCustomer;
  }

  /**
   * Advance as far as possible at `nowMs`, after hearing `line` (a Gather result) if any; returns
   * the actions of the next TwiML document, which always ends in `listen` or `hangup`.
   */
  advance(nowMs: number, line?: HeardLine): VoiceAction[] {
    if (line) this.heard.push(line);
    const actions: VoiceAction[] = [];
    if (this.done) return [{ kind: 'hangup' }];
    for (;;) {
      const frame = this.stack.at(-1);
      if (!frame) return this.finish(actions, { kind: 'hangup' });
      if (frame.index >= frame.steps.length) {
        this.stack.pop();
        continue;
      }
      const step = frame.steps[frame.index]!;
      const path = `${frame.path}.${frame.index}`;
      if (this.enteredPath !== path) {
        this.enteredPath = path;
        this.waitingSince = undefined;
        this.onEvent({ type: 'step', atMs: nowMs, detail: { path, step: describeStep(step) } });
      }
      if ('say' in step) {
        if (step.delayMs) actions.push({ kind: 'pause', ms: step.delayMs });
        actions.push({ kind: 'say', text: interpolate(step.say, this.vars) });
      } else if ('handoff' in step) {
        // On the phone a hand-off is the spoken request only; the IVR's own menu is driven by `press`.
        const line = interpolate(step.handoff === true ? DEFAULT_HANDOFF_LINE : (step.handoff.say ?? DEFAULT_HANDOFF_LINE), this.vars);
        if (line) actions.push({ kind: 'say', text: line });
      } else if ('press' in step) {
        actions.push({ kind: 'press', digits: step.press });
      } else if ('pause' in step) {
        actions.push({ kind: 'pause', ms: step.pause });
      } else if ('end' in step) {
        this.endedByCustomer = true;
        return this.finish(actions, { kind: 'hangup', reason: step.end === true ? undefined : step.end.reason });
      } else if ('wait' in step) {
        const spec = typeof step.wait === 'string' ? { pattern: step.wait } : step.wait;
        const who = spec.speaker ?? 'agent';
        const got = this.consume((l) => heardBy(l, who) && matches(spec.pattern, l.text));
        if (!got) {
          const remaining = this.remaining(nowMs, spec.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS);
          if (remaining > 0) return [...actions, { kind: 'listen', timeoutMs: remaining }];
          if (!spec.optional) {
            const timeoutMs = spec.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
            return this.fail(actions, {
              code: 'E_WAIT_TIMEOUT',
              step: path,
              message: `step ${path} (${describeStep(step)}): nothing from the ${who} matched /${spec.pattern}/ within ${timeoutMs} ms`,
              hint: this.lastHeardHint(),
            });
          }
          this.onEvent({ type: 'wait-timeout', atMs: nowMs, detail: { path, optional: true } });
        }
      } else if ('branch' in step) {
        const { cases, otherwise, timeoutMs = DEFAULT_WAIT_TIMEOUT_MS } = step.branch;
        let chosen = -1;
        const got = this.consume((l) => {
          chosen = cases.findIndex((c) => matches(c.when, l.text));
          return chosen >= 0;
        });
        if (!got) {
          const remaining = this.remaining(nowMs, timeoutMs);
          if (remaining > 0) return [...actions, { kind: 'listen', timeoutMs: remaining }];
          chosen = -1;
        }
        this.onEvent({ type: 'branch', atMs: nowMs, detail: { path, case: chosen >= 0 ? chosen : 'otherwise' } });
        frame.index++;
        if (chosen >= 0) this.stack.push({ steps: cases[chosen]!.steps, index: 0, path: `${path}.branch.cases.${chosen}.steps` });
        else if (otherwise) this.stack.push({ steps: otherwise, index: 0, path: `${path}.branch.otherwise` });
        continue;
      }
      frame.index++;
    }
  }

  /** The call ended without the customer hanging up: a pending wait fails like runScript's. */
  closedByCentre(reason: string): void {
    if (this.done) return;
    this.done = true;
    const frame = this.stack.at(-1);
    const step = frame?.steps[frame.index];
    if (!frame || !step) return;
    if (!('wait' in step) && !('branch' in step)) return;
    if ('wait' in step && typeof step.wait !== 'string' && step.wait.optional) return;
    const path = `${frame.path}.${frame.index}`;
    this.failure = {
      code: 'E_CLOSED_BY_CENTRE',
      step: path,
      message: `step ${path} (${describeStep(step)}): the centre ended the contact (${reason}) before a match`,
      hint: this.lastHeardHint(),
    };
  }

  private remaining(nowMs: number, timeoutMs: number): number {
    this.waitingSince ??= nowMs;
    return timeoutMs - (nowMs - this.waitingSince);
  }

  /** Like Inbox.next: the first unread line matching, consuming everything up to it; else all read. */
  private consume(predicate: (l: HeardLine) => boolean): HeardLine | undefined {
    for (let i = this.cursor; i < this.heard.length; i++) {
      if (predicate(this.heard[i]!)) {
        this.cursor = i + 1;
        return this.heard[i];
      }
    }
    this.cursor = this.heard.length;
    return undefined;
  }

  private lastHeardHint(): string {
    const last = this.heard.at(-1);
    return last
      ? `last thing heard from the centre was "${last.text.slice(0, 80)}"; widen the pattern or raise timeoutMs`
      : 'nothing was heard from the centre at all: check the number, and that the IVR speaks Mandarin (Gather language cmn-Hans-CN)';
  }

  private fail(actions: VoiceAction[], error: InteractionError): VoiceAction[] {
    this.failure = error;
    return this.finish(actions, { kind: 'hangup', reason: error.code });
  }

  private finish(actions: VoiceAction[], last: VoiceAction): VoiceAction[] {
    this.done = true;
    return [...actions, last];
  }
}

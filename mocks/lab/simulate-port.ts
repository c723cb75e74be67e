/**
 * The customer's half of one simulated chat, in virtual time: the chat page (what the browser
 * would show, fed into the harness's real ChatRecorder exactly as the page clock would), and a
 * ConversationPort for the harness's real `runScript`. Waiting is replaced by advancing the
 * virtual clock: a `wait` runs the centre forward until a matching message arrives or its timeout
 * has passed in virtual time; typing and pauses move the clock by their duration.
 */
import { DTMF_UNSUPPORTED, WebchatFailure } from '../../harness/channels/webchat/errors.js';
import { SELECTOR_PRESETS, DEFAULT_PRESET } from '../../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../../harness/channels/webchat/recorder.js';
import { Inbox, type InboxMessage } from '../../harness/interaction/inbox.js';
import type { ConversationPort } from '../../harness/interaction/script.js';
import type { InteractionError, InteractionEvent } from '../../harness/interaction/types.js';
import type { ChatSession } from '../centre/chat-session.js';
import type { Rng } from '../centre/prng.js';
import type { SessionPush } from '../centre/session-io.js';
import type { VirtualClock } from './simulate-clock.js';

/**
 * An Inbox whose waits run in virtual time. The real Inbox arms a real timer for a wait; here the
 * wait is armed with a 0 ms timer and the virtual clock is run forward *synchronously* up to the
 * wait's deadline, stopping at the first message that matches (which settles the wait before the
 * 0 ms timer can fire). Only a wait that times out costs a real timer tick (~1 ms).
 */
export class VirtualInbox extends Inbox {
  private clock: VirtualClock | null = null;

  drive(clock: VirtualClock): void {
    this.clock = clock;
  }

  override next(predicate: (m: InboxMessage) => boolean, timeoutMs: number): Promise<InboxMessage | null> {
    let matched = false;
    const pending = super.next((m) => {
      const ok = predicate(m);
      if (ok) matched = true;
      return ok;
    }, 0);
    const clock = this.clock;
    if (clock && !matched && this.closed === null) clock.advanceTo(clock.now + timeoutMs, () => matched || this.closed !== null);
    return pending;
  }
}

/** The harness's ChatRecorder (turns, events, phases), with a virtual-time inbox. */
export class VirtualRecorder extends ChatRecorder {
  override readonly inbox: VirtualInbox = new VirtualInbox();
}

export interface PageTiming {
  /** Centre → page delivery of one pushed event (SSE on loopback), ms. @default [2, 12] */
  pushLatencyMs?: [number, number];
  /** Page → centre delivery of a POST, ms. @default [3, 15] */
  postLatencyMs?: [number, number];
  /** How long Playwright takes to fill the input and click (or to click end), ms. @default [20, 80] */
  actionMs?: [number, number];
}

const DEFAULT_TIMING: Required<PageTiming> = { pushLatencyMs: [2, 12], postLatencyMs: [3, 15], actionMs: [20, 80] };

/**
 * The chat page of mocks/centre/chat-page.ts: renders what the centre pushes (one bubble per
 * message, the status element's state), renders the customer's own line when sent, and POSTs it.
 * Each rendering becomes a page-clock record for the recorder, stamped with the virtual time.
 */
export class VirtualChatPage {
  /** Virtual time of the last message rendered (the trailing quiet wait counts from it). */
  lastMessageMs = 0;
  private session: ChatSession | null = null;
  private lastRenderAt = 0;
  private customerLines = 0;
  private readonly timing: Required<PageTiming>;

  constructor(
    private readonly clock: VirtualClock,
    readonly recorder: VirtualRecorder,
    private readonly rng: Rng,
    private readonly epochMs: number,
    timing: PageTiming = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  connect(session: ChatSession): void {
    this.session = session;
  }

  /** The page's initial state, as the page clock reports it when it starts observing. */
  showConnecting(): void {
    this.recorder.handle({ kind: 'state', value: 'connecting', at: this.epoch() });
  }

  /** A centre push (SSE), rendered after the loopback delay and never before the previous one. */
  receive(push: SessionPush): void {
    const at = Math.max(this.lastRenderAt, this.clock.now + this.pick(this.timing.pushLatencyMs));
    this.lastRenderAt = at;
    this.clock.at(at, () => {
      if (push.event === 'state') this.recorder.handle({ kind: 'state', value: push.state, at: this.epoch() });
      else if (push.event === 'msg') {
        this.lastMessageMs = this.clock.now;
        this.recorder.handle({ kind: 'message', id: `m${push.seq}`, speaker: push.speaker, text: push.text, at: this.epoch() });
      }
      else this.recorder.handle({ kind: 'state', value: 'ended', at: this.epoch() });
    });
  }

  /** Playwright's fill + click: the page renders the line at once and POSTs it. */
  send(text: string): void {
    this.lastMessageMs = this.clock.now;
    this.recorder.handle({ kind: 'message', id: `c${++this.customerLines}`, speaker: 'customer', text, at: this.epoch() });
    this.post(() => this.session?.customerMessage(text));
  }

  clickEnd(): void {
    this.post(() => this.session?.end('customer'));
  }

  actionMs(): number {
    return this.pick(this.timing.actionMs);
  }

  private post(deliver: () => void): void {
    this.clock.after(this.pick(this.timing.postLatencyMs), deliver);
  }

  private epoch(): number {
    return this.epochMs + this.clock.now;
  }

  private pick([min, max]: [number, number]): number {
    return this.rng.int(min, max);
  }
}

export interface VirtualPortOptions {
  /** Persona typing speed (chars/s); 0 sends the line at once. @default 0 */
  typingCps?: number;
  /** Step path → virtual ms to wait before the step runs (pause steps, `say.delayMs`). */
  stepDelays?: ReadonlyMap<string, number>;
}

/** WebchatPort (harness/channels/webchat/port.ts) with the browser replaced by VirtualChatPage. */
export class VirtualPort implements ConversationPort {
  currentStep: string | undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly page: VirtualChatPage,
    private readonly options: VirtualPortOptions = {},
  ) {}

  get inbox(): VirtualInbox {
    return this.page.recorder.inbox;
  }

  now(): number {
    return this.clock.now;
  }

  event(event: InteractionEvent): void {
    this.page.recorder.addEvent(event);
    if (event.type !== 'step' || typeof event.detail?.path !== 'string') return;
    this.currentStep = event.detail.path;
    // The step was rewritten to not wait for real; its wait happens here, in virtual time.
    const delay = this.options.stepDelays?.get(event.detail.path);
    if (delay) this.clock.advanceBy(delay);
  }

  async say(text: string): Promise<void> {
    const cps = this.options.typingCps ?? 0;
    if (cps > 0) this.clock.advanceBy(Math.round((text.length * 1000) / cps));
    if (this.chatEnded()) throw closedByCentre('input');
    this.clock.advanceBy(this.page.actionMs());
    if (this.chatEnded()) throw closedByCentre('send');
    this.page.send(text);
  }

  /** A method, not a property read: the phase changes while the clock runs (TS narrowing would not know). */
  private chatEnded(): boolean {
    return this.page.recorder.phase === 'ended';
  }

  async press(): Promise<InteractionError | void> {
    return DTMF_UNSUPPORTED;
  }

  async end(reason?: string): Promise<void> {
    this.page.recorder.addEvent({ type: 'customer-ended', atMs: this.now(), ...(reason ? { detail: { reason } } : {}) });
    if (this.chatEnded()) return;
    this.clock.advanceBy(this.page.actionMs());
    if (!this.chatEnded()) this.page.clickEnd();
  }
}

/** The same failure WebchatPort raises when the centre closed the chat under the customer's hands. */
function closedByCentre(which: string): WebchatFailure {
  return new WebchatFailure(
    'E_CLOSED_BY_CENTRE',
    `the centre closed the chat before the customer could use the ${which} element`,
    'look at the last messages in the turns: the agent or an idle timeout ended the chat',
  );
}

/** The recorder for the simulated-centre widget (the default selector preset). */
export function createRecorder(startedAt: number): VirtualRecorder {
  return new VirtualRecorder(startedAt, SELECTOR_PRESETS[DEFAULT_PRESET]!);
}

/**
 * One voice contact as the harness sees it: the caller-side clock, every webhook and status
 * callback as an event, what the customer said (served TwiML) and heard (Gather results), and the
 * interpreter that decides the next TwiML. The webhook server calls `handle` synchronously, so each
 * answer costs a few microseconds of script work plus TwiML rendering.
 */
import type { InteractionEvent } from '../../interaction/types.js';
import type { Step } from '../../scenario/schema.js';
import type { WebhookRequest } from '../../server/webhook-server.js';
import { createCentreSpeakerClassifier } from '../../transcribe/centre-speaker.js';
import { isCentreBusyNotice } from '../centre-busy.js';
import { NOMINAL_MS_PER_CHAR, type GatheredLine, type ServedLine } from '../../transcribe/gather.js';
import { estimatedMs, renderTwiml } from './twiml.js';
import { VoiceScript } from './voice-script.js';

export type FinalCallStatus = 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled';
const FINAL = new Set<string>(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

export interface RecordingRef {
  sid: string;
  url: string;
  channels: number;
  durationSec: number;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export class CallSession {
  readonly events: InteractionEvent[] = [];
  readonly said: ServedLine[] = [];
  readonly heard: GatheredLine[] = [];
  readonly script: VoiceScript;
  callSid?: string;
  /** Epoch ms of the dial (the contact's time origin). */
  startedAt = Date.now();
  answeredAtMs?: number;
  finalStatus?: FinalCallStatus;
  recording?: RecordingRef;
  /** Twilio-reported call duration, seconds. */
  callDurationSec?: number;
  // ── customer patience (h/capacity) ──
  /** When the first agent line was heard (Gather result), ms on the contact clock. */
  agentHeardAtMs?: number;
  /** Set when the customer gave up waiting for an agent (ContactContext.patienceMs). */
  gaveUpAfterMs?: number;
  /** The customer hangs up for want of an agent: the contact ends `abandoned`. */
  giveUp(waitedMs: number): void {
    if (this.gaveUpAfterMs !== undefined || this.finalStatus) return;
    this.gaveUpAfterMs = waitedMs;
    this.events.push({ type: 'abandoned', atMs: this.now(), detail: { waitedMs } });
  }
  /** The centre said it is too busy ("坐席全忙…") and no agent was heard: turned away. */
  get turnedAway(): boolean {
    return this.agentHeardAtMs === undefined && this.heard.some((h) => isCentreBusyNotice(h.text));
  }
  // ── end customer patience ──
  private t0 = performance.now();
  private readonly classify = createCentreSpeakerClassifier();
  private readonly ended = deferred<FinalCallStatus>();
  private readonly recorded = deferred<RecordingRef>();

  constructor(
    steps: readonly Step[],
    vars: Record<string, string | number>,
    private readonly gatherUrl: string,
  ) {
    this.script = new VoiceScript(steps, vars, (e) => this.events.push(e));
  }

  /** Starts the contact clock: call right before calls.create. */
  dialing(): void {
    this.t0 = performance.now();
    this.startedAt = Date.now();
    this.events.push({ type: 'dialed', atMs: 0 });
  }

  now(): number {
    return Math.round(performance.now() - this.t0);
  }

  /** Resolves with the call's final status. */
  get finished(): Promise<FinalCallStatus> {
    return this.ended.promise;
  }

  get recordingReady(): Promise<RecordingRef> {
    return this.recorded.promise;
  }

  /** The call could not be placed or was given up on: release anyone waiting. */
  abandon(status: FinalCallStatus): void {
    this.finalStatus ??= status;
    this.ended.resolve(this.finalStatus);
  }

  handle(req: WebhookRequest): string | void {
    const atMs = Math.max(0, Math.round(req.arrivedAt - this.t0));
    const p = req.params;
    switch (req.kind) {
      case 'twiml':
        this.events.push({ type: 'webhook', atMs, detail: { kind: 'twiml', answeredBy: p.AnsweredBy } });
        this.markAnswered(atMs);
        return this.respond(atMs);
      case 'gather': {
        const text = p.SpeechResult?.trim();
        this.events.push({ type: 'webhook', atMs, detail: { kind: 'gather', heard: text ?? null } });
        if (!text) return this.respond(atMs);
        const confidence = p.Confidence === undefined ? undefined : Number(p.Confidence);
        this.heard.push(confidence === undefined || Number.isNaN(confidence) ? { text, atMs } : { text, atMs, confidence });
        const speaker = this.classify(text);
        if (speaker === 'agent') this.agentHeardAtMs ??= atMs; // customer patience (h/capacity)
        return this.respond(atMs, { speaker, text, atMs });
      }
      case 'status':
        return this.onStatus(p, atMs);
      case 'recording':
        this.events.push({ type: 'webhook', atMs, detail: { kind: 'recording', status: p.RecordingStatus, sid: p.RecordingSid } });
        if (p.RecordingStatus === 'completed' && p.RecordingUrl && p.RecordingSid) {
          this.recording = { sid: p.RecordingSid, url: p.RecordingUrl, channels: Number(p.RecordingChannels ?? 1), durationSec: Number(p.RecordingDuration ?? 0) };
          this.recorded.resolve(this.recording);
        }
        return;
    }
  }

  private onStatus(p: Record<string, string>, atMs: number): void {
    const status = p.CallStatus ?? '';
    this.events.push({ type: 'status-callback', atMs, detail: { status, sequence: Number(p.SequenceNumber ?? -1) } });
    if (status === 'ringing') this.events.push({ type: 'ringing', atMs });
    else if (status === 'in-progress') this.markAnswered(atMs);
    else if (FINAL.has(status)) {
      if (p.CallDuration !== undefined) this.callDurationSec = Number(p.CallDuration);
      this.events.push({ type: 'hangup', atMs, detail: { status, by: this.script.customerHungUp ? 'customer' : 'centre', sip: p.SipResponseCode } });
      if (!this.script.finished) this.script.closedByCentre(status);
      this.finalStatus = status as FinalCallStatus;
      this.ended.resolve(this.finalStatus);
    }
  }

  private markAnswered(atMs: number): void {
    if (this.answeredAtMs !== undefined) return;
    this.answeredAtMs = atMs;
    this.events.push({ type: 'answered', atMs });
  }

  private respond(atMs: number, line?: Parameters<VoiceScript['advance']>[1]): string {
    const actions = this.script.advance(atMs, line);
    let cursor = atMs;
    for (const a of actions) {
      if (a.kind === 'say') this.said.push({ text: a.text, atMs: cursor });
      if (a.kind === 'press') this.events.push({ type: 'dtmf', atMs: cursor, detail: { digits: a.digits } });
      if (a.kind === 'hangup' && this.script.error) this.events.push({ type: 'error', atMs: cursor, detail: { code: this.script.error.code } });
      cursor += estimatedMs(a, NOMINAL_MS_PER_CHAR);
    }
    return renderTwiml(actions, this.gatherUrl);
  }
}

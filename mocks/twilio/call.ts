/**
 * One emulated call, from creation to the recording: rings the simulated centre, fetches the
 * harness's TwiML, executes it (Say / Play digits / Pause / Gather speech / Redirect / Hangup) and
 * plays the centre's side on the second channel. It sends the status callbacks Twilio sends, signed,
 * and keeps the ground truth (what was said on which channel, when, on the emulator's clock).
 * Per-call work is a handful of timers and small arrays, so 1,000 calls fit in one process.
 */
import type { AnswerPlan, CentreCallSession, CentreSpeaker, ScheduledSpeech, VoiceCentre } from '../centre-voice/types.js';
import { DEFAULT_TIMING, type CallGroundTruth, type CallParams, type CallStatus, type CallTiming, type RecordingInfo } from './call-types.js';
import { makeSid } from './sids.js';
import { parseTwiml, type Verb } from './twiml.js';
import type { WebhookSender } from './webhook-sender.js';

export { DEFAULT_TIMING };
export type { CallGroundTruth, CallParams, CallStatus, CallTiming, GroundTruthUtterance, RecordingInfo } from './call-types.js';

export interface CallEnvironment {
  accountSid: string;
  /** Base URL of the emulator, for RecordingUrl and resource URIs. */
  baseUrl: string;
  sender: WebhookSender;
  centre: VoiceCentre;
  timing: CallTiming;
  onEnded(call: EmulatedCall, recording?: RecordingInfo): void;
}

interface NextDocument {
  url: string;
  method: string;
  extra: Record<string, string>;
}

/** Channel 0 carries our TwiML (the simulated customer), channel 1 the called party (the centre). */
export const CUSTOMER_CHANNEL = 0;
export const CENTRE_CHANNEL = 1;
const FINAL: ReadonlySet<CallStatus> = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

export class EmulatedCall {
  readonly sid = makeSid('CA');
  status: CallStatus = 'queued';
  readonly truth: CallGroundTruth;
  private readonly ended = new AbortController();
  private session?: CentreCallSession;
  /** The centre's plan for this call: its `released` frees a line taken by a call never started. */
  private plan?: AnswerPlan;
  private sequence = 0;
  /** Centre utterances, in order; `delivered` counts those already returned by a Gather. */
  private readonly centreSpeech: ScheduledSpeech[] = [];
  private delivered = 0;
  private speechArrived?: () => void;
  private lastCentreEnd = 0;
  /** The centre's pending timers, cleared together when the call ends. */
  private readonly centreTimers = new Set<NodeJS.Timeout>();
  readonly errors: { code: number; message: string }[] = [];
  /**
   * Callbacks in flight. They never hold up the call (Twilio sends them asynchronously: the IVR
   * does not wait for our status webhook) and, as on Twilio, are not serialised: receivers order
   * them by SequenceNumber. Only the recording callback waits for the final status callback.
   */
  private readonly callbacks = new Set<Promise<unknown>>();
  /** Resolves when the call has ended and every callback has been delivered. */
  done?: Promise<void>;

  constructor(
    readonly params: CallParams,
    private readonly env: CallEnvironment,
  ) {
    this.truth = { callSid: this.sid, to: params.to, from: params.from, status: 'queued', createdAt: Date.now(), events: [], utterances: [] };
  }

  get isFinal(): boolean {
    return FINAL.has(this.status);
  }

  /** Runs the whole call; never rejects. */
  async run(): Promise<void> {
    try {
      this.mark('initiated');
      void this.statusCallback('initiated', 'initiated');
      const plan = this.env.centre.answer({ callSid: this.sid, to: this.params.to, from: this.params.from });
      this.plan = plan;
      if (plan.result === 'failed') return await this.finish('failed');
      this.setStatus('ringing');
      void this.statusCallback('ringing', 'ringing');
      const ringLimitMs = this.params.timeoutSec * 1000;
      if (plan.result === 'no-answer' || plan.ringMs > ringLimitMs) {
        await this.sleep(ringLimitMs);
        return await this.finish(this.status === 'canceled' ? 'canceled' : 'no-answer');
      }
      await this.sleep(plan.ringMs);
      if (this.isFinal) return await this.finish(this.status);
      if (plan.result !== 'answer') return await this.finish(plan.result);
      this.setStatus('in-progress');
      this.truth.answeredAt = Date.now();
      void this.statusCallback('answered', 'in-progress');
      this.session = plan.start(this.centreContext());
      await this.executeFrom(this.params.url, this.params.method, this.params.machineDetection ? { AnsweredBy: 'human' } : {});
      await this.finish('completed');
    } catch (err) {
      this.errors.push({ code: 11200, message: (err as Error).message });
      await this.finish('failed');
    }
  }

  /** REST update Status=completed|canceled: hang up now. */
  hangUpFromApi(): void {
    if (this.isFinal) return;
    this.mark('hangup', { by: 'api' });
    this.status = this.status === 'in-progress' ? 'completed' : 'canceled';
    this.ended.abort();
  }

  // ---- TwiML execution -------------------------------------------------------------------------

  private async executeFrom(url: string, method: string, extra: Record<string, string>): Promise<void> {
    let next: NextDocument | null = { url, method, extra };
    while (next && !this.ended.signal.aborted) {
      const res = await this.env.sender.send(next.url, { ...this.callParams(), ...next.extra }, next.method);
      if (res.status < 200 || res.status >= 300) {
        // Twilio plays "an application error has occurred" and hangs up; the debugger shows 11200.
        this.errors.push({ code: 11200, message: `HTTP retrieval failure: ${next.url} answered ${res.status || res.error}` });
        this.mark('error', { code: 11200, url: next.url, status: res.status });
        return;
      }
      next = await this.executeVerbs(parseTwiml(res.body), next.url);
    }
  }

  /** Executes verbs; returns the next document to fetch (Gather action / Redirect) or null to hang up. */
  private async executeVerbs(verbs: Verb[], documentUrl: string): Promise<NextDocument | null> {
    for (const verb of verbs) {
      if (this.ended.signal.aborted) return null;
      switch (verb.verb) {
        case 'Say':
          await this.customerSays(verb.text);
          break;
        case 'Play':
          if (verb.digits) await this.playDigits(verb.digits);
          break;
        case 'Pause':
          await this.sleep(verb.lengthSec * 1000 * this.env.timing.pauseScale);
          break;
        case 'Hangup':
          this.mark('hangup', { by: 'customer' });
          return null;
        case 'Redirect':
          return { url: new URL(verb.url, documentUrl).href, method: verb.method, extra: {} };
        case 'Gather': {
          for (const inner of verb.nested) {
            if (inner.verb === 'Say') await this.customerSays(inner.text);
            else if (inner.verb === 'Pause') await this.sleep(inner.lengthSec * 1000 * this.env.timing.pauseScale);
          }
          const heard = await this.listen(verb.timeoutSec * 1000);
          if (this.ended.signal.aborted) return null;
          const action = new URL(verb.action ?? documentUrl, documentUrl).href;
          if (heard) return { url: action, method: verb.method, extra: { SpeechResult: heard.text, Confidence: '0.92' } };
          if (verb.actionOnEmptyResult) return { url: action, method: verb.method, extra: {} };
          break; // no input: Twilio moves on to the next verb
        }
        case 'unsupported':
          this.errors.push({ code: 12100, message: `unsupported TwiML verb <${verb.name}>` });
          break;
      }
    }
    return null;
  }

  private speechMs(text: string): number {
    return Math.max(1, text.replace(/\s+/gu, '').length) * this.env.timing.msPerChar;
  }

  private async customerSays(text: string): Promise<void> {
    const startAt = Date.now();
    const endAt = startAt + this.speechMs(text);
    this.truth.utterances.push({ speaker: 'customer', channel: CUSTOMER_CHANNEL, text, startAt, endAt });
    await this.sleep(endAt - startAt);
    if (!this.ended.signal.aborted) this.session?.onSpeech(text);
  }

  private async playDigits(digits: string): Promise<void> {
    for (const d of digits) {
      if (this.ended.signal.aborted) return;
      if (d === 'w' || d === 'W') {
        await this.sleep(500);
        continue;
      }
      this.mark('dtmf', { digit: d });
      await this.sleep(this.env.timing.digitMs);
      this.session?.onDigit(d);
    }
  }

  /** Gather input=speech: the centre's next unheard utterance, once it has ended, or null on timeout. */
  private async listen(timeoutMs: number): Promise<ScheduledSpeech | null> {
    const deadline = Date.now() + timeoutMs;
    while (this.delivered >= this.centreSpeech.length) {
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.ended.signal.aborted) return null;
      await this.waitForSpeech(remaining);
    }
    const next = this.centreSpeech[this.delivered]!;
    if (next.startAt > deadline) return null; // nobody started speaking within the timeout
    this.delivered++;
    await this.sleep(next.endAt + this.env.timing.endpointingMs - Date.now());
    return this.ended.signal.aborted ? null : next;
  }

  /** Resolves when the centre schedules new speech, the call ends, or `ms` pass. */
  private waitForSpeech(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.ended.signal;
      const settle = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', settle);
        this.speechArrived = undefined;
        resolve();
      };
      const timer = setTimeout(settle, ms);
      signal.addEventListener('abort', settle, { once: true });
      this.speechArrived = settle;
    });
  }

  // ---- the centre's side -----------------------------------------------------------------------

  private centreContext() {
    return {
      callSid: this.sid,
      now: () => Date.now(),
      speak: (text: string, speaker: CentreSpeaker, delayMs = 0): ScheduledSpeech => {
        const startAt = Math.max(Date.now() + delayMs, this.lastCentreEnd);
        const speech = { speaker, text, startAt, endAt: startAt + this.speechMs(text) };
        this.lastCentreEnd = speech.endAt;
        if (!this.ended.signal.aborted) {
          this.centreSpeech.push(speech);
          this.truth.utterances.push({ ...speech, channel: CENTRE_CHANNEL });
          this.speechArrived?.();
        }
        return speech;
      },
      after: (ms: number, fn: () => void) => {
        if (this.ended.signal.aborted) return;
        const timer = setTimeout(() => {
          this.centreTimers.delete(timer);
          if (!this.ended.signal.aborted) fn();
        }, Math.max(0, ms));
        this.centreTimers.add(timer);
      },
      mark: (type: string, detail?: Record<string, unknown>, at?: number) => this.mark(type, detail, at),
      hangup: () => {
        if (this.isFinal) return;
        this.mark('hangup', { by: 'centre' });
        this.status = 'completed';
        this.ended.abort();
      },
    };
  }

  // ---- status, callbacks, recording ------------------------------------------------------------

  private setStatus(status: CallStatus): void {
    if (this.isFinal) return;
    this.status = status;
    this.truth.status = status;
    this.mark(status === 'in-progress' ? 'answered' : status);
  }

  private mark(type: string, detail?: Record<string, unknown>, at = Date.now()): void {
    this.truth.events.push(detail ? { type, at, detail } : { type, at });
  }

  private async finish(status: CallStatus): Promise<void> {
    if (this.truth.endedAt !== undefined) return;
    this.status = status;
    this.truth.status = status;
    const endedAt = Date.now();
    this.truth.endedAt = endedAt;
    this.mark('ended', { status });
    this.ended.abort();
    for (const timer of this.centreTimers) clearTimeout(timer);
    this.centreTimers.clear();
    this.session?.onHangup();
    if (!this.session && this.plan?.result === 'answer') this.plan.released?.();
    // Speech the centre had scheduled past the hang-up was never heard: cut it at the end of the call.
    this.truth.utterances = this.truth.utterances
      .filter((u) => u.startAt < endedAt)
      .map((u) => (u.endAt > endedAt ? { ...u, endAt: endedAt } : u));
    const recording = this.makeRecording();
    this.env.onEnded(this, recording);
    const extra: Record<string, string> = {
      CallDuration: String(this.durationSec()),
      SipResponseCode: { completed: '200', busy: '486', 'no-answer': '487', failed: '500', canceled: '487' }[status as string] ?? '200',
    };
    await this.statusCallback('completed', status, extra);
    const recordingCallback = this.params.recordingStatusCallback;
    if (recording && recordingCallback) {
      this.track(this.env.sender.send(recordingCallback, {
        AccountSid: this.env.accountSid,
        CallSid: this.sid,
        RecordingSid: recording.sid,
        RecordingUrl: `${this.env.baseUrl}/2010-04-01/Accounts/${this.env.accountSid}/Recordings/${recording.sid}`,
        RecordingStatus: 'completed',
        RecordingDuration: String(Math.round(recording.durationSec)),
        RecordingChannels: String(recording.channels),
        RecordingStartTime: new Date(recording.startAt).toUTCString().replace('GMT', '+0000'),
        RecordingSource: 'OutboundAPI',
        ErrorCode: '0',
      }));
    }
    await Promise.all(this.callbacks);
  }

  private track<T>(sending: Promise<T>): Promise<T> {
    this.callbacks.add(sending);
    void sending.finally(() => this.callbacks.delete(sending));
    return sending;
  }

  durationSec(): number {
    if (this.truth.answeredAt === undefined) return 0;
    return Math.round(((this.truth.endedAt ?? Date.now()) - this.truth.answeredAt) / 1000);
  }

  private makeRecording(): RecordingInfo | undefined {
    const answeredAt = this.truth.answeredAt;
    if (!this.params.record || answeredAt === undefined) return undefined;
    const dual = this.params.recordingChannels === 'dual';
    return {
      sid: makeSid('RE'),
      callSid: this.sid,
      startAt: answeredAt,
      durationSec: ((this.truth.endedAt ?? Date.now()) - answeredAt) / 1000,
      channels: dual ? 2 : 1,
      utterances: this.truth.utterances.map((u) => ({
        channel: dual ? u.channel : 0,
        text: u.text,
        start: (u.startAt - answeredAt) / 1000,
        end: (u.endAt - answeredAt) / 1000,
      })),
    };
  }

  callParams(): Record<string, string> {
    return {
      AccountSid: this.env.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: this.sid,
      CallStatus: this.status,
      Direction: 'outbound-api',
      From: this.params.from,
      To: this.params.to,
      Caller: this.params.from,
      Called: this.params.to,
    };
  }

  private async statusCallback(event: string, callStatus: CallStatus | 'initiated', extra: Record<string, string> = {}): Promise<void> {
    const url = this.params.statusCallback;
    if (!url) return;
    if (!this.params.statusCallbackEvents.has(event) && event !== 'completed') return;
    // Parameters are taken now, not when the queue gets to them: they describe this moment.
    const params = {
      ...this.callParams(),
      CallStatus: callStatus,
      CallbackSource: 'call-progress-events',
      SequenceNumber: String(this.sequence++),
      Timestamp: new Date().toUTCString().replace('GMT', '+0000'),
      ...extra,
    };
    await this.track(this.env.sender.send(url, params, this.params.statusCallbackMethod));
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.ended.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const signal = this.ended.signal;
      const timer = setTimeout(settle, ms);
      signal.addEventListener('abort', settle, { once: true });
      function settle() {
        clearTimeout(timer);
        signal.removeEventListener('abort', settle);
        resolve();
      }
    });
  }
}

/**
 * Resume of a voice contact that was in flight when the run died: asks Twilio what became of the
 * call instead of dialling again. With the journalled Call SID the call is fetched; without one
 * (killed between the create request and its answer) the calls To the scenario's number From ours
 * created since the attempt started are listed, and the earliest one no other attempt owns is
 * taken. A call still in progress is waited for (bounded, then hung up); an ended one is rebuilt
 * from Twilio's record (status, times, recording → transcription). No call: never placed.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Interaction, InteractionError, InteractionEvent, Outcome, Turn, TranscriptSource } from '../../interaction/types.js';
import { writeFileAtomic } from '../../store/atomic-write.js';
import type { Transcriber } from '../../transcribe/transcriber.js';
import type { ContactContext, InFlightAttempt, Recovery } from '../channel.js';
import { milestoneEvents } from './interaction.js';
import { downloadRecording } from './recording-download.js';
import type { TwilioClient } from './twilio-client.js';

export interface RecoverDeps {
  client: TwilioClient;
  transcriber?: Transcriber;
  /** Basic auth for recording media. */
  mediaAuthorization?: string;
  /** Our caller id when the scenario names none (config voice.from). */
  from: string;
  /** How long to wait for a call still in progress to end before hanging it up, ms. @default 120000 */
  waitMs?: number;
  /** Poll interval while waiting, ms. @default 1000 */
  pollMs?: number;
  /** How long to wait for the recording of an ended call to be listed, ms. @default 15000 */
  recordingWaitMs?: number;
}

type CallRecord = Awaited<ReturnType<TwilioClient['calls']['list']>>[number];

const FINAL = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);
/** Twilio's times are whole seconds: a call created in the attempt's second may read as earlier. */
const CLOCK_SLACK_MS = 1000;

function wait(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

async function findCall(deps: RecoverDeps, to: string, from: string, attempt: InFlightAttempt): Promise<CallRecord | undefined> {
  const since = attempt.startedAt - CLOCK_SLACK_MS;
  const listed = await deps.client.calls.list({ to, from, startTimeAfter: new Date(since), limit: 100 });
  const candidates = listed
    .filter((c) => c.dateCreated.getTime() >= since && !attempt.claimedCallSids.has(c.sid))
    .sort((a, b) => a.dateCreated.getTime() - b.dateCreated.getTime());
  const call = candidates[0];
  // Claimed before any further await, so a concurrent recovery of another contact skips it.
  if (call) attempt.claimedCallSids.add(call.sid);
  return call;
}

async function untilEnded(deps: RecoverDeps, call: CallRecord, signal: AbortSignal): Promise<{ call: CallRecord; hungUp: boolean }> {
  const deadline = Date.now() + (deps.waitMs ?? 120_000);
  let current = call;
  while (!FINAL.has(current.status) && Date.now() < deadline && !signal.aborted) {
    await wait(deps.pollMs ?? 1000);
    current = await deps.client.calls(call.sid).fetch();
  }
  if (FINAL.has(current.status) || signal.aborted) return { call: current, hungUp: false };
  await deps.client.calls(call.sid).update({ status: 'completed' });
  for (let i = 0; i < 20 && !FINAL.has(current.status); i++) {
    await wait(500);
    current = await deps.client.calls(call.sid).fetch();
  }
  return { call: current, hungUp: true };
}

function outcomeOf(status: string): { outcome: Outcome; error?: InteractionError } {
  switch (status) {
    case 'completed':
      return { outcome: 'completed' };
    case 'busy':
      return { outcome: 'busy' };
    case 'no-answer':
      return { outcome: 'no-answer' };
    case 'canceled':
      return { outcome: 'abandoned', error: { code: 'E_ABORTED', message: 'the call was hung up before it was answered' } };
    default:
      return { outcome: 'failed', error: { code: 'E_CALL_FAILED', message: `Twilio reports the call as ${status}`, hint: 'check the number and the Twilio debugger for the call SID' } };
  }
}

interface Transcript {
  turns: Turn[];
  source: TranscriptSource;
  recording?: string;
  error?: InteractionError;
}

async function transcribeRecording(deps: RecoverDeps, ctx: ContactContext, sid: string, offsetMs: number): Promise<Transcript> {
  const deadline = Date.now() + (deps.recordingWaitMs ?? 15_000);
  let recording: Awaited<ReturnType<ReturnType<TwilioClient['calls']>['recordings']['list']>>[number] | undefined;
  for (;;) {
    recording = (await deps.client.calls(sid).recordings.list({ limit: 5 })).find((r) => r.status === 'completed');
    if (recording || Date.now() >= deadline || ctx.signal.aborted) break;
    await wait(deps.pollMs ?? 1000);
  }
  const missing = { code: 'E_RECORDING_MISSING', message: `Twilio lists no completed recording for call ${sid}`, hint: 'the call was recovered without a transcript' };
  if (!recording) return { turns: [], source: 'gather', error: missing };
  const base = String(deps.client.api.baseUrl ?? 'https://api.twilio.com').replace(/\/+$/u, '');
  const url = `${base}/2010-04-01/Accounts/${recording.accountSid}/Recordings/${recording.sid}.wav`;
  let audio: Buffer;
  const path = join(ctx.recordingsDir, `${ctx.contactId}.wav`);
  try {
    audio = await downloadRecording(url, { authorization: deps.mediaAuthorization });
    await mkdir(ctx.recordingsDir, { recursive: true });
    await writeFileAtomic(path, audio);
  } catch (err) {
    return { turns: [], source: 'gather', error: { code: 'E_RECORDING_DOWNLOAD', message: `could not download recording ${recording.sid}: ${(err as Error).message}`, hint: 'the recording stays on Twilio' } };
  }
  if (!deps.transcriber) return { turns: [], source: 'gather', recording: path };
  const result = await deps.transcriber.transcribe({ path, audio, channels: recording.channels }, { offsetMs, signal: ctx.signal });
  return { turns: result.turns, source: result.source, recording: path, ...(result.error ? { error: result.error } : {}) };
}

export async function recoverCall(deps: RecoverDeps, ctx: ContactContext, attempt: InFlightAttempt): Promise<Recovery> {
  const to = ctx.scenario.target?.phone ?? '';
  const from = ctx.scenario.target?.from ?? deps.from;
  const known = attempt.progress.callSid;
  const found = known ? await deps.client.calls(known).fetch() : await findCall(deps, to, from, attempt);
  if (!found) {
    return { kind: 'not-placed', note: `Twilio has no call To=${to} From=${from} created since ${new Date(attempt.startedAt).toISOString()}: it was never placed, so it is placed now` };
  }
  const how = known ? `by its journalled SID ${found.sid}` : `by number and start time (call ${found.sid}, not journalled)`;
  const { call, hungUp } = await untilEnded(deps, found, ctx.signal);
  const startedAt = attempt.startedAt;
  const endedAt = call.endTime?.getTime() ?? Date.now();
  const answeredAtMs = call.startTime && Number(call.duration ?? 0) > 0 ? Math.max(0, call.startTime.getTime() - startedAt) : undefined;
  const events: InteractionEvent[] = [
    { type: 'dialed', atMs: 0 },
    { type: 'call-created', atMs: Math.max(0, call.dateCreated.getTime() - startedAt), detail: { callSid: call.sid } },
    ...(answeredAtMs !== undefined ? [{ type: 'answered', atMs: answeredAtMs }] : []),
    { type: 'hangup', atMs: Math.max(0, endedAt - startedAt), detail: { status: call.status, by: hungUp ? 'customer' : 'unknown' } },
    { type: 'recovered', atMs: Math.max(0, endedAt - startedAt), detail: { from: 'twilio', callSid: call.sid, found: known ? 'sid' : 'list', hungUp, clockPrecisionMs: 1000 } },
  ];
  let { outcome, error } = outcomeOf(call.status);
  const transcript = answeredAtMs !== undefined ? await transcribeRecording(deps, ctx, call.sid, answeredAtMs) : { turns: [] as Turn[], source: 'gather' as const };
  // Answered and ended, but not while we were listening: the run died mid-call, so the customer's
  // side of the script was cut short by the harness. Kept (never re-dialled), not scored.
  const cutShort = outcome === 'completed' && attempt.progress.callStatus === undefined;
  if (cutShort) {
    outcome = 'failed';
    error = {
      code: 'E_INTERRUPTED_IN_FLIGHT',
      message: `the run was killed during call ${call.sid} (attempt ${attempt.attempt}); the call was recovered from Twilio ${how}, not dialled again`,
      hint: 'not scored (the tool’s failure); `resume <runDir> --replace-interrupted` dials it again',
    };
  } else if (outcome === 'completed' && transcript.error) {
    outcome = 'failed';
    error = transcript.error;
  }
  const interaction: Interaction = {
    schemaVersion: 1,
    contactId: ctx.contactId,
    scenarioId: ctx.scenario.id,
    runId: ctx.runId,
    channel: 'voice',
    startedAt,
    durationMs: Math.max(0, endedAt - startedAt),
    events: [...events, ...milestoneEvents(transcript.turns)].sort((a, b) => a.atMs - b.atMs),
    turns: transcript.turns,
    outcome,
    ...(error ? { error } : {}),
    ...(cutShort ? { failedBy: 'harness' as const } : {}),
    ...(transcript.recording ? { recording: transcript.recording } : {}),
    transcriptSource: transcript.source,
    centreRef: call.sid,
    clock: 'node',
  };
  return { kind: 'recovered', interaction, note: `in flight when the run died; call found on Twilio ${how}, ${call.status}${hungUp ? ' after we hung it up' : ''}; not dialled again` };
}

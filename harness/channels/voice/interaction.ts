/**
 * Assembles the stored Interaction of a voice contact from the call session (events, caller-side
 * times) and the transcript (turns). IVR/queue/agent milestones are derived from the turns, so they
 * are as precise as the transcript: recording timestamps with Deepgram, estimates with Gather only.
 */
import type { ContactContext } from '../channel.js';
import type { Interaction, InteractionError, InteractionEvent, Outcome, TranscriptSource, Turn } from '../../interaction/types.js';
import type { CallSession } from './call-session.js';

const QUEUE_ANNOUNCEMENT = /转接|排队|请稍候|前面还有/u;

export function milestoneEvents(turns: readonly Turn[]): InteractionEvent[] {
  const events: InteractionEvent[] = [];
  let queued = false;
  for (const t of turns) {
    if (t.speaker === 'ivr') {
      events.push({ type: 'ivr-prompt', atMs: t.startMs, detail: { text: t.text.slice(0, 60) } });
      if (!queued && QUEUE_ANNOUNCEMENT.test(t.text)) {
        queued = true;
        events.push({ type: 'queued', atMs: t.endMs });
      }
    }
  }
  const agent = turns.find((t) => t.speaker === 'agent');
  if (agent) events.push({ type: 'agent-joined', atMs: agent.startMs });
  return events;
}

export function callOutcome(session: CallSession, createError?: InteractionError): { outcome: Outcome; error?: InteractionError } {
  if (createError) return { outcome: 'failed', error: createError };
  // Customer patience (h/capacity): hung up for want of an agent; a result, not a failure.
  if (session.gaveUpAfterMs !== undefined && (session.finalStatus === 'completed' || session.finalStatus === 'canceled')) return { outcome: 'abandoned' };
  // The centre answered but turned the call away ("坐席全忙…") without an agent: not connected.
  const hungUpByCentre = !session.script.customerHungUp && session.script.error?.code !== 'E_WAIT_TIMEOUT';
  if (session.finalStatus === 'completed' && hungUpByCentre && session.turnedAway) return { outcome: 'no-answer' };
  switch (session.finalStatus) {
    case 'busy':
      return { outcome: 'busy' };
    case 'no-answer':
      return { outcome: 'no-answer' };
    case 'canceled':
      return { outcome: 'abandoned', error: { code: 'E_ABORTED', message: 'the call was hung up before it was answered (run interrupted or time limit)' } };
    case 'failed':
      return { outcome: 'failed', error: { code: 'E_CALL_FAILED', message: 'Twilio could not connect the call', hint: 'check the number and the Twilio debugger for the call SID' } };
    case 'completed':
      return session.script.error ? { outcome: 'failed', error: session.script.error } : { outcome: 'completed' };
    default:
      return { outcome: 'failed', error: { code: 'E_CALL_LOST', message: 'the call never reported a final status', hint: 'is the webhook URL reachable from Twilio? (voice.publicWebhookUrl)' } };
  }
}

export interface VoiceInteractionParts {
  ctx: ContactContext;
  session: CallSession;
  turns: Turn[];
  transcriptSource: TranscriptSource;
  outcome: Outcome;
  error?: InteractionError;
  recording?: string;
}

export function buildVoiceInteraction(p: VoiceInteractionParts): Interaction {
  const events = [...p.session.events, ...milestoneEvents(p.turns)].sort((a, b) => a.atMs - b.atMs);
  const hangup = events.findLast((e) => e.type === 'hangup');
  const lastTurnEnd = p.turns.reduce((n, t) => Math.max(n, t.endMs), 0);
  const interaction: Interaction = {
    schemaVersion: 1,
    contactId: p.ctx.contactId,
    scenarioId: p.ctx.scenario.id,
    runId: p.ctx.runId,
    channel: 'voice',
    startedAt: p.session.startedAt,
    durationMs: Math.round(Math.max(hangup?.atMs ?? p.session.now(), lastTurnEnd)),
    events,
    turns: p.turns,
    outcome: p.outcome,
    transcriptSource: p.transcriptSource,
    clock: 'node',
  };
  if (p.error) interaction.error = p.error;
  if (p.recording) interaction.recording = p.recording;
  if (p.session.callSid) interaction.centreRef = p.session.callSid;
  return interaction;
}

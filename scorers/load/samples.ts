/**
 * Interactions + manifest entries → ContactSamples: one contact reduced to the figures the load
 * metrics need. "Answered" is the same notion as everywhere else in the scorers: a human agent
 * spoke (scorers/contact-status.ts `served`). The answer time is the wait for that human:
 * - chat: the timeliness check's answer-time (page-loaded, or the 转人工 request, → agent-joined);
 * - voice: from entering the agent queue (`queued`, else ringing / dialed / the start) to the
 *   agent joining — not ringing → answered as the 及时性 check has it, because an IVR picks up at
 *   once whatever the load and the ACD queue behind it is where capacity shows; a call with no
 *   agent-joined event falls back to the answer-time check.
 */
import type { Interaction } from '../../harness/interaction/types.js';
import type { ContactEntry } from '../../harness/store/types.js';
import { answerTime, latencies, SLA_DEFAULTS } from '../checks/timeliness.js';
import { contactStatus, failedBy } from '../contact-status.js';
import type { Rubric } from '../rubric/schema.js';
import { emptyScenario } from '../scorer.js';
import type { ContactSample, SampleStatus } from './types.js';

/** The stage name given to contacts that carry no load info (a plain run, or an entry lost). */
export const NO_STAGE = '(none)';

function statusOf(i: Interaction): SampleStatus {
  const s = contactStatus(i);
  if (s === 'harness-failure') return 'harness-failure';
  if (s === 'served') return 'answered';
  if (i.outcome === 'abandoned') return 'abandoned';
  if (i.outcome === 'busy') return 'busy';
  if (i.outcome === 'no-answer') return 'no-answer';
  if (i.outcome === 'failed' && failedBy(i) === 'centre') return 'failed';
  return 'unanswered';
}

/**
 * The wait until a human answered: the answer-time check's figure; when it has none (a chat
 * that recorded no agent-joined event), the first agent turn measured from the page load.
 */
function answerMsOf(i: Interaction): number | null {
  if (i.channel === 'voice') {
    const joined = i.events.find((e) => e.type === 'agent-joined');
    if (joined) {
      let from: number | undefined;
      for (const e of i.events) if (e.type === 'queued' && e.atMs <= joined.atMs) from = e.atMs;
      from ??= i.events.find((e) => e.type === 'ringing' || e.type === 'dialed')?.atMs ?? 0;
      return Math.max(0, joined.atMs - from);
    }
  }
  // answer-time reads only the scenario's SLA (not the rubric): the defaults are fine here
  const f = answerTime(i, emptyScenario(i.scenarioId), undefined as unknown as Rubric)[0];
  const ms = f?.details?.answerMs;
  if (typeof ms === 'number' && Number.isFinite(ms)) return Math.max(0, ms);
  const first = i.turns.find((t) => t.speaker === 'agent');
  if (!first) return null;
  const from = i.events.find((e) => e.type === 'page-loaded' || e.type === 'ringing' || e.type === 'dialed')?.atMs ?? 0;
  return Math.max(0, first.startMs - from);
}

function startLagOf(i: Interaction, dueAt: number | undefined): number {
  const detail = i.events.find((e) => e.type === 'started')?.detail;
  const lag = detail?.startLagMs;
  if (typeof lag === 'number' && Number.isFinite(lag)) return Math.max(0, lag);
  return dueAt === undefined ? 0 : Math.max(0, i.startedAt - dueAt);
}

/** One contact as a sample; `entry` is its manifest entry (stage and due time in a load run). */
export function contactSample(i: Interaction, entry?: Pick<ContactEntry, 'load'>): ContactSample {
  const status = statusOf(i);
  const answered = status === 'answered';
  const answerMs = answered ? answerMsOf(i) : null;
  const waitStart = i.events.find((e) => e.type === 'page-loaded' || e.type === 'ringing' || e.type === 'dialed')?.atMs ?? 0;
  return {
    contactId: i.contactId,
    channel: i.channel,
    stage: entry?.load?.stage ?? NO_STAGE,
    dueAt: entry?.load?.dueAt ?? i.startedAt,
    startedAt: i.startedAt,
    endedAt: i.startedAt + i.durationMs,
    outcome: i.outcome,
    status,
    answerMs,
    handleMs: answered ? i.durationMs : null,
    talkMs: answered ? Math.max(0, i.durationMs - waitStart - (answerMs ?? 0)) : null,
    abandonMs: status === 'abandoned' ? Math.max(0, i.durationMs - waitStart) : null,
    latenciesMs: answered ? latencies(i, SLA_DEFAULTS.responseLatencyMs).map((l) => l.ms) : [],
    startLagMs: startLagOf(i, entry?.load?.dueAt),
    errorCode: status === 'failed' || status === 'harness-failure' || (i.outcome === 'failed' && !answered) ? (i.error?.code ?? 'E_UNKNOWN') : null,
  };
}

/** Every Interaction as a sample, matched to its manifest entry by contactId. */
export function contactSamples(interactions: readonly Interaction[], entries: readonly ContactEntry[]): ContactSample[] {
  const byId = new Map(entries.map((e) => [e.contactId, e]));
  return interactions.map((i) => contactSample(i, byId.get(i.contactId)));
}

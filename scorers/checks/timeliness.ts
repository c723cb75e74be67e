/**
 * 及时性 (supplementary sheet; 5.1.1 服务响应时间): answer-time, first-response, response-latency,
 * handle-time. All times are the caller's (Interaction atMs/startMs), judged against the scenario
 * SLA with the schema defaults. Confidence: events are sure; a time within 10% of its limit is not
 * (clock and ASR boundary error could flip it).
 */
import type { Interaction, InteractionEvent } from '../../harness/interaction/types.js';
import { CONFIDENCE, timingConfidence, withConfidence } from '../confidence.js';
import { compileRubric, evidenceOf, eventEvidence, finding, prepare, secs, type CompiledRubric, type PreparedTurn } from '../context.js';
import { ownWordsSince, signsOff } from './silence-turns.js';
import type { Rubric } from '../rubric/schema.js';
import type { Evidence, Finding, Scorer } from '../scorer.js';
import { accountSilences, closesTheTurn, handsOver, isBackchannel, isLineCheck, saidOverCustomer, waitAnnouncedBefore, type Silence } from './silence.js';

const F = 'timeliness' as const;

/** SLA targets used when a scenario sets none (the `@default`s of the scenario schema's `sla`). */
export const SLA_DEFAULTS = {
  answerTimeMs: 20_000,
  firstResponseMs: 30_000,
  responseLatencyMs: 30_000,
  handleTimeMs: 600_000,
} as const;

function event(i: Interaction, ...types: string[]): InteractionEvent | undefined {
  for (const type of types) {
    const e = i.events.find((x) => x.type === type);
    if (e) return e;
  }
  return undefined;
}

/** Never connected at all: nothing after the dial can be timed. */
function neverConnected(i: Interaction): boolean {
  return i.outcome === 'no-answer' || i.outcome === 'busy';
}

/** A timed verdict against a limit, with its confidence. */
function timed(check: Finding['check'], ok: boolean, reason: string, evidence: Evidence[], extra: Parameters<typeof finding>[5], valueMs: number, limitMs: number, interaction: Interaction, kind: 'event' | 'timing'): Finding {
  const f = finding(F, check, ok, reason, evidence, extra);
  const c = kind === 'event' ? Math.min(CONFIDENCE.event, timingConfidence(valueMs, limitMs, 'webchat')) : timingConfidence(valueMs, limitMs, interaction.channel);
  return withConfidence(f, c, kind);
}

/**
 * Voice: ringing (or dialed, or the start) → answered. Chat: page-loaded → agent-joined, the
 * queue time a chat customer sees; with a bot in front, handoff-requested → agent-joined (the
 * bot's part is not waiting for an agent). N/A when the events that would give it are missing.
 */
export const answerTime: Scorer = (interaction, scenario) => {
  const limit = scenario.sla?.answerTimeMs ?? SLA_DEFAULTS.answerTimeMs;
  if (interaction.channel === 'voice') {
    const from = event(interaction, 'ringing', 'dialed');
    const answered = event(interaction, 'answered');
    const fromMs = from?.atMs ?? 0;
    if (!answered) {
      if (neverConnected(interaction)) {
        return [finding(F, 'answer-time', false, `呼叫未被接听（${interaction.outcome === 'busy' ? '占线' : '无人接听'}）`, [eventEvidence(`结果：${interaction.outcome}`, interaction.durationMs)], { details: { limitMs: limit } })];
      }
      return [finding(F, 'answer-time', 'na', '记录中没有接听事件，无法计算接通时长')];
    }
    const ms = answered.atMs - fromMs;
    const ev = [eventEvidence(`${from?.type ?? 'started'} → answered：${secs(ms)}`, answered.atMs)];
    const details = { answerMs: ms, limitMs: limit, from: from?.type ?? 'started' };
    return ms <= limit
      ? [timed('answer-time', true, `${secs(ms)}接通，未超过${secs(limit)}`, ev, { details }, ms, limit, interaction, 'event')]
      : [timed('answer-time', false, `接通用时${secs(ms)}，超过要求的${secs(limit)}`, ev, { details }, ms, limit, interaction, 'event')];
  }
  const joined = event(interaction, 'agent-joined');
  const handoff = joined ? interaction.events.find((e) => e.type === 'handoff-requested' && e.atMs <= joined.atMs) : undefined;
  const loaded = handoff ?? event(interaction, 'page-loaded', 'started');
  if (!joined) {
    if (interaction.outcome === 'completed' || prepare(interaction).agent.length) return [finding(F, 'answer-time', 'na', '记录中没有坐席接入事件，接入时间见首次响应')];
    return [finding(F, 'answer-time', false, '在线客服始终没有坐席接入', [eventEvidence(`结果：${interaction.outcome}`, interaction.durationMs)], { details: { limitMs: limit } })];
  }
  const ms = joined.atMs - (loaded?.atMs ?? 0);
  const ev = [eventEvidence(`${loaded?.type ?? 'started'} → agent-joined：${secs(ms)}`, joined.atMs)];
  const details = { answerMs: ms, limitMs: limit, from: loaded?.type ?? 'started' };
  const wait = handoff ? '转人工后等待' : '排队';
  return ms <= limit
    ? [timed('answer-time', true, `${wait}${secs(ms)}后坐席接入，未超过${secs(limit)}`, ev, { details }, ms, limit, interaction, 'event')]
    : [timed('answer-time', false, `${wait}${secs(ms)}后坐席才接入，超过要求的${secs(limit)}`, ev, { details }, ms, limit, interaction, 'event')];
};

/**
 * First agent turn, measured from the agent joining: agent-joined when the channel recorded it (a
 * call's IVR menu and queue come before), else voice answered / the start of a chat; the time from
 * the start is reported too.
 */
export const firstResponse: Scorer = (interaction, scenario) => {
  const limit = scenario.sla?.firstResponseMs ?? SLA_DEFAULTS.firstResponseMs;
  if (neverConnected(interaction)) return [finding(F, 'first-response', 'na', '呼叫未接通，不适用')];
  const p = prepare(interaction);
  const first = p.agent[0];
  if (!first) {
    return [finding(F, 'first-response', false, `坐席始终没有响应（联络持续${secs(interaction.durationMs)}）`, [eventEvidence(`结果：${interaction.outcome}`, interaction.durationMs)], { details: { limitMs: limit } })];
  }
  const joined = interaction.channel === 'voice' ? event(interaction, 'agent-joined', 'answered') : event(interaction, 'agent-joined');
  const fromMs = joined && joined.atMs <= first.turn.startMs ? joined.atMs : 0;
  const ms = first.turn.startMs - fromMs;
  const fromWhat = fromMs ? (joined!.type === 'answered' ? '接通后' : '坐席接入后') : '开始后';
  const details = { firstResponseMs: ms, fromStartMs: first.turn.startMs, from: fromMs ? joined!.type : 'started', limitMs: limit };
  return ms <= limit
    ? [timed('first-response', true, `${fromWhat}${secs(ms)}得到坐席首次响应，未超过${secs(limit)}`, [evidenceOf(first)], { details }, ms, limit, interaction, 'timing')]
    : [timed('first-response', false, `${fromWhat}${secs(ms)}才得到坐席首次响应，超过要求的${secs(limit)}`, [evidenceOf(first)], { details }, ms, limit, interaction, 'timing')];
};

export interface Latency {
  /** The customer turn the clock starts at. */
  customerTurn: number;
  /** The agent turn that answered (null: never answered). */
  agentTurn: number | null;
  ms: number;
  atMs: number;
}

/**
 * Customer → agent reply times. A run of consecutive customer turns waits from its *first* turn in
 * chat (the customer has been waiting since then; a "在吗？" must not reset the clock) and from its
 * *last* turn in voice (the customer was still talking), except that a 喂？在吗？ never restarts it.
 * Agent backchannels said over the customer (嗯。 while they talk) are not replies; an acknowledgement after
 * they finished is (a chat message 嗯。 included). Nothing waits for the agent
 * before the agent is there: a message to a bot or in the queue (我要找人工) waits for the agent's
 * first turn, which first-response times from agent-joined (the time before that is answer time), so
 * it is not counted again here. A final customer turn with no reply is
 * only counted when the silence after it outlasts the SLA (the agent never answered).
 */
export function latencies(interaction: Interaction, limit: number, c?: CompiledRubric): Latency[] {
  const p = prepare(interaction);
  // a backchannel said over the customer (嗯 / 是 while they talk) is listening; an acknowledgement once they
  // have finished — a chat message 嗯。, a spoken 嗯嗯 after the customer's turn — takes the word and answers
  // (a silence after it is dead-air's business)
  const ts = p.dialogue.filter((t) => !(isBackchannel(t, p) && saidOverCustomer(t, p) && !closesTheTurn(t)));
  const joined = event(interaction, 'agent-joined')?.atMs ?? 0;
  const out: Latency[] = [];
  let runStart: (typeof ts)[number] | null = null;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.turn.speaker === 'customer') {
      if (!runStart || (interaction.channel === 'voice' && !isLineCheck(t))) runStart = t;
      const next = ts[i + 1];
      if (next?.turn.speaker === 'customer') continue;
      const clock = Math.max(runStart.turn.endMs, joined);
      // a message left for the bot or the queue (人工客服) is answered by the agent's first turn: that wait,
      // from agent-joined, is first-response's measure — counting it here too would judge one wait twice
      if (next && joined > 0 && runStart.turn.endMs < joined && next.index === p.agent[0]?.index) {
        runStart = null;
        continue;
      }
      if (next) out.push({ customerTurn: runStart.index, agentTurn: next.index, ms: Math.max(0, next.turn.startMs - clock), atMs: clock });
      else if (interaction.durationMs - clock > limit && !leftWithoutAsking(interaction, ts, runStart, c)) out.push({ customerTurn: runStart.index, agentTurn: null, ms: interaction.durationMs - clock, atMs: clock });
      runStart = null;
    }
  }
  return out;
}

/**
 * The customer's last words asked nothing (没有了。/ 好的，知道了。/ 行了，我等着吧，先挂了。) and the customer then
 * ended the contact: it left, nobody was kept waiting for a reply (dev13b, dev13c: a leave-taking or 好的 after
 * the closing is owed none). Whoever ended it, last words that sign off (silence-turns.ts `signsOff`: 没有了 / 拜拜 / a bare
 * receipt / 我先挂了) wait for nothing either (round 10). A last question, or a last report the agent or the system ended on, still waits.
 */
function leftWithoutAsking(interaction: Interaction, ts: readonly PreparedTurn[], runStart: PreparedTurn, c?: CompiledRubric): boolean {
  for (let k = ts.indexOf(runStart); k >= 0 && k < ts.length; k++) if (handsOver(ts[k]!)) return false;
  const ended = event(interaction, 'hangup', 'ended');
  if ((ended?.detail as { by?: unknown } | undefined)?.by === 'customer') return true;
  // whoever ended it (a chat's end names nobody), last words that sign off (拜拜 / 没有了 / 行，那我挂了) wait for nothing
  return c !== undefined && signsOff(c, ts[ts.length - 1]!);
}

/**
 * Reply times of the customer's turns, except waits the agent announced beforehand (an announced
 * hold in the silence accounting: 请稍等，我帮您查一下 … 感谢您的耐心等待).
 */
export const responseLatency: Scorer = (interaction, scenario, rubric) => {
  const limit = scenario.sla?.responseLatencyMs ?? SLA_DEFAULTS.responseLatencyMs;
  const p = prepare(interaction);
  if (!p.agent.length) return [finding(F, 'response-latency', 'na', '全程没有坐席发言，响应时效见首次响应')];
  const all = latencies(interaction, limit, compileRubric(rubric));
  const account = accountSilences(interaction, rubric);
  const lat = withoutAnnouncedHolds(all, account.silences).filter((l) => l.ms <= limit || !announcedShortWait(interaction, rubric, p.turns, account.silences, l));
  const excepted = all.length - lat.length;
  if (!lat.length) return [finding(F, 'response-latency', 'na', excepted ? `客户的${excepted}次等待均为坐席提前告知的等待（保持），不计响应时效` : '客户没有发言需要坐席回复')];
  let slow = 0;
  const ms: number[] = [];
  for (const l of lat) {
    ms.push(l.ms);
    if (l.ms > limit) slow++;
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const maxMs = sorted[sorted.length - 1]!;
  const details = { count: lat.length, slow, maxMs, p50Ms: sorted[Math.floor((sorted.length - 1) / 2)], limitMs: limit, latenciesMs: ms, announcedHoldsExcepted: excepted };
  const score = (lat.length - slow) / lat.length;
  // the verdict is as sure as the reply time closest to the limit
  let closest = lat[0]!.ms;
  for (const l of lat) if (Math.abs(l.ms - limit) < Math.abs(closest - limit)) closest = l.ms;
  if (!slow) {
    // evidence for a pass: the slowest reply, so the assessor sees the margin
    const w = lat.reduce((a, b) => (b.ms > a.ms ? b : a));
    return [timed('response-latency', true, `${lat.length}次回复均在${secs(limit)}内（最慢${secs(maxMs)}）`, latencyEvidence(interaction, p.turns, w), { score, details }, closest, limit, interaction, 'timing')];
  }
  const worst = [...lat].sort((a, b) => b.ms - a.ms || a.atMs - b.atMs).slice(0, 3);
  const evidence = worst.flatMap((l) => latencyEvidence(interaction, p.turns, l));
  return [timed('response-latency', false, `${lat.length}次回复中${slow}次超过${secs(limit)}（最慢${secs(maxMs)}）`, evidence, { score, details, deduct: slow }, closest, limit, interaction, 'timing')];
};

/** Reply times minus those that ended an announced hold (matched by the turn that ended it; -1: the contact's end). */
function withoutAnnouncedHolds(all: Latency[], silences: readonly Silence[]): Latency[] {
  let announced: number[] | null = null;
  for (let i = 0; i < silences.length; i++) {
    const s = silences[i]!;
    if (s.kind === 'announced-hold') (announced ??= []).push(s.after ? s.after.index : -1);
  }
  if (!announced) return all;
  const keep = announced;
  return all.filter((l) => !keep.includes(l.agentTurn ?? -1));
}

/**
 * A slow reply that ends a wait too short to be a silence (under thresholds.deadAirMs: no silence ends at the
 * reply) after the agent asked the customer to wait, by the announced-hold rule (silence.ts): 您稍等两秒。— 好的。
 * — a reply 19 s later in a chat with a 7 s SLA. An announced wait is excepted whatever its length (dev13b).
 */
function announcedShortWait(interaction: Interaction, rubric: Rubric, turns: readonly PreparedTurn[], silences: readonly Silence[], l: Latency): boolean {
  if (l.agentTurn === null) return false;
  for (let i = 0; i < silences.length; i++) if (silences[i]!.after?.index === l.agentTurn) return false;
  // round 19: the clock started at a customer turn that says something of its own (a new request, a detail given —
  // not 好的 / 我等着 / 喂，在吗) waits on the agent's word about it, not on the look-up announced before it
  const from = turns[l.customerTurn]!;
  if (ownWordsSince(compileRubric(rubric), from, lastAgentOf(turns, from.index))) return false;
  return waitAnnouncedBefore(interaction, rubric, turns[l.agentTurn]!);
}

/** The last agent turn before turn index `i` (prepared turns: IVR and bot lines are not the agent). */
function lastAgentOf(turns: readonly PreparedTurn[], i: number): PreparedTurn | null {
  for (let k = i - 1; k >= 0; k--) if (turns[k]!.turn.speaker === 'agent') return turns[k]!;
  return null;
}

function latencyEvidence(interaction: Interaction, turns: readonly PreparedTurn[], l: Latency): Evidence[] {
  const c = turns[l.customerTurn]!;
  if (l.agentTurn === null) return [evidenceOf(c), eventEvidence(`${secs(l.ms)}内无回复`, interaction.durationMs)];
  const a = turns[l.agentTurn]!;
  return [evidenceOf(c), evidenceOf(a, `${a.turn.text}（${secs(l.ms)}后回复）`)];
}

export const handleTime: Scorer = (interaction, scenario) => {
  const limit = scenario.sla?.handleTimeMs ?? SLA_DEFAULTS.handleTimeMs;
  if (neverConnected(interaction)) return [finding(F, 'handle-time', 'na', '呼叫未接通，不适用')];
  const ms = interaction.durationMs;
  const ev = [eventEvidence(`联络总时长${secs(ms)}`, ms)];
  const details = { handleTimeMs: ms, limitMs: limit };
  return ms <= limit
    ? [timed('handle-time', true, `处理时长${secs(ms)}，未超过${secs(limit)}`, ev, { details }, ms, limit, interaction, 'event')]
    : [timed('handle-time', false, `处理时长${secs(ms)}，超过要求的${secs(limit)}`, ev, { details }, ms, limit, interaction, 'event')];
};

export const timelinessChecks = { 'answer-time': answerTime, 'first-response': firstResponse, 'response-latency': responseLatency, 'handle-time': handleTime } satisfies Record<string, Scorer>;

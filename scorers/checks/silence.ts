/**
 * Silence accounting: every silence of a contact, classified once into exactly one kind, read by dead-air,
 * hold-etiquette and response-latency (so none escapes both checks and none is counted twice in the wrong
 * place). The rule (scorers/README.md "Silence accounting"): a silence is a gap between the end of one
 * dialogue turn (agent or customer; IVR, bot and system lines neither break nor make one) and the start of the
 * next, counted only once the human agent has joined, and only when it lasts ≥ the dead-air threshold (rubric
 * thresholds.deadAirMs); the quiet from agent-joined to the first dialogue turn is one too (the agent owes the
 * first word: dead air, never a hold — nothing is held before the conversation starts). Each silence is one of:
 *  1. `customer-pause`: the next turn is the customer's, or the agent's turn just before the gap
 *     handed the word over (asked something) and the agent did not break the silence itself with
 *     more than a check on the line (您还在吗？). Never a defect.
 *  2. `announced-hold`: the agent owed the next word and its most recent turn before the gap asked
 *     the customer to wait / announced a look-up (vocabulary holdRequest; customer turns such as
 *     好的 may follow it, not a new question of the customer's: 收不收工本费？). Not dead air; ≥ thresholds.holdGapMs it is a hold for hold-etiquette.
 *  3. `unannounced`: the agent owed the next word and announced nothing. Dead air; ≥ the hold
 *     threshold also an unannounced hold.
 * A customer turn that only checks the line (喂？在吗？) does not take the word: the silence before
 * it is still the agent's. In a chat too a silence is a span nobody wrote in: a
 * follow-up message (在吗？) ends it — the whole wait for a reply, from the first unanswered message,
 * is response-latency's (nine corpora written apart label it so; waits counted from the first
 * message made dead air of two short silences). A silence ended by a second customer message is
 * still the agent's: in a chat a message waits for its reply. A last customer
 * turn the agent never answered is a silence up to the end of the contact. Voice hold-start /
 * hold-end events (music on hold) are holds whatever their length, announced iff a request to
 * wait preceded them; the gaps inside one are that hold, not silences of their own.
 * An agent backchannel (嗯。, or a word or two said while the customer is still talking) ends a
 * silence like any turn, but it neither announces a wait nor carries the thanks after one (nor, for
 * response-latency, answers). Thanks for a past wait (感谢您的耐心等待) are not a request for a new
 * one, though they share words with one.
 */
import type { Interaction } from '../../harness/interaction/types.js';
import { compileRubric, findVocab, prepare, vocabHits, type PreparedTranscript, type PreparedTurn } from '../context.js';
import type { Rubric } from '../rubric/schema.js';
import { findAny, type PhraseMatch } from '../text/fuzzy.js';
import { clauseBounds } from '../text/view.js';
import { afterOpeningFiller } from '../text/filler-break.js';
import { LOOKUP_OBJECT_ASKS, messageAnnouncement, messageAsks, oneQuestionAfter, tailAnswers } from './lookup-tail.js';
import { keptWaitRequest } from './hold-thanks.js';

export type SilenceKind = 'customer-pause' | 'announced-hold' | 'unannounced';

/** Why a silence was the customer's (for reasons and tests). */
export type PauseReason = 'customer-next' | 'handed-over' | 'customer-asked-wait' | 'customer-signed-off';

export interface Silence {
  kind: SilenceKind;
  startMs: number;
  endMs: number;
  /** The dialogue turn the silence follows (null: it starts when the agent joined). */
  before: PreparedTurn | null;
  /** The dialogue turn that ended it (null: the contact ended in it). */
  after: PreparedTurn | null;
  /** The agent's most recent turn before the silence (the one that could have announced it). */
  lastAgent: PreparedTurn | null;
  /** The agent's first turn after the silence (where thanks for the wait belong). */
  nextAgent: PreparedTurn | null;
  /** announced-hold: the request to wait that announced it. */
  announcement: PhraseMatch | null;
  /** customer-pause: why it was the customer's. */
  pauseReason?: PauseReason;
  /** A hold judged by hold-etiquette: announced/unannounced and ≥ the hold threshold, or from events. */
  hold: boolean;
  /** Dead air: unannounced and ≥ the dead-air threshold. */
  deadAir: boolean;
  /** `event`: a hold-start/hold-end window; `gap`: measured between turns. */
  source: 'gap' | 'event';
}

export interface SilenceAccount {
  silences: Silence[];
  /** Where silences start being counted (agent-joined, else the first agent turn); null: no agent. */
  joinedMs: number | null;
  deadAirMs: number;
  holdMs: number;
}

export { handsOver, customerAsksToWait, isLineCheck, isAgentLineCheck, isBackchannel, closesTheTurn, saidOverCustomer } from './silence-turns.js';
import { handsOver, customerAsksToWait, isLineCheck, isAgentLineCheck, isBackchannel, closesTheTurn, saidOverCustomer, onlyAcknowledges, signsOff, consentsToWait, ownWordsSince } from './silence-turns.js';

/**
 * The agent's request to wait in a turn, if any. Not thanks for a wait that is over: 感谢您的
 * 耐心等待 shares 耐心等待 with 请耐心等待, so a request found inside the thanks is looked for again
 * after them (感谢您的耐心等待，还需要再核实一下，请您稍等 still announces a new wait).
 */
export function holdAnnouncement(c: ReturnType<typeof compileRubric>, t: PreparedTurn, after = ''): PhraseMatch | null {
  const ask = findVocab(c, 'holdRequest', t);
  if (!ask) return null;
  const thanks = findVocab(c, 'holdThanks', t);
  const found = !thanks || ask.end <= thanks.start || ask.start >= thanks.end ? ask : findAny(t.view, c.vocab.holdRequest, thanks.end);
  return found && !lookupAnsweredInTurn(c, t, found, after) ? found : null;
}

/**
 * A customer turn between `lastAgent` and dialogue index `until`, not passed over by `skip`, that says more
 * than an acknowledgement (好的, 嗯).
 */
function customerSaidMoreSince(
  c: ReturnType<typeof compileRubric>,
  ts: readonly PreparedTurn[],
  lastAgent: PreparedTurn,
  until: number,
  skip: (t: PreparedTurn) => boolean,
): boolean {
  for (let k = until; k >= 0; k--) {
    const t = ts[k]!;
    if (t === lastAgent || t.index <= lastAgent.index) break;
    if (t.turn.speaker !== 'customer' || skip(t)) continue;
    if (!onlyAcknowledges(c, t)) return true;
  }
  return false;
}

/** A customer turn between `lastAgent` and dialogue index `until` says more than an acknowledgement or a line check. */
function answeredSince(c: ReturnType<typeof compileRubric>, ts: readonly PreparedTurn[], lastAgent: PreparedTurn, until: number): boolean {
  return customerSaidMoreSince(c, ts, lastAgent, until, (t) => isLineCheck(t) || consentsToWait(c, t));
}

/**
 * The agent's turn that ended a silence after its own question shows it, not the customer, owed the word:
 * anything but a line check or a question asked again — and a question that comes with an apology or thanks
 * for the wait (抱歉回复晚了…，是苏A开头的对吧？) owns the delay all the same.
 */
function agentTookBackTheWord(c: ReturnType<typeof compileRubric>, t: PreparedTurn): boolean {
  if (t.turn.speaker !== 'agent' || isAgentLineCheck(t)) return false;
  return !handsOver(t) || findVocab(c, 'holdThanks', t) !== null;
}

/**
 * A question about the wait itself (要多久？/ 查到了吗？/ 好了没): it keeps the announced wait going. 多久 only
 * as the length of the wait (要多久 / 多久能查到), not of something asked about (能提前多久约？).
 */
const ASKS_ABOUT_WAIT = /(?:要|等|还要|还得|需要|得)多(?:久|长时间)|多(?:久|长时间)(?:才)?(?:能|可以)?(?:好|查到|查好|出来|有结果)|几分钟|要等|还得等|还等|好了(?:吗|没)|好没好|快了|快好了|查到了?(?:吗|没)|查好了?(?:吗|没)|怎么样了|有结果/u;

/**
 * A customer turn between `lastAgent` and dialogue index `until` asks a question (ends on one) that is not
 * about the wait, nor only a line check (在吗？) or an acknowledgement with a question mark (好的？？).
 */
function askedSince(c: ReturnType<typeof compileRubric>, ts: readonly PreparedTurn[], lastAgent: PreparedTurn, until: number): boolean {
  return customerSaidMoreSince(c, ts, lastAgent, until, (t) => isLineCheck(t) || !handsOver(t) || ASKS_ABOUT_WAIT.test(t.view.norm));
}

/**
 * "我看一下，您这台设备现在状态是待激活": the look-up was announced and answered in the same turn, so it
 * announces no wait after the turn — at least ANSWERED_TAIL characters follow the last request, with no
 * word of waiting or of coming back (稍等, 马上, 回复您, 几分钟 …) among them.
 */
function lookupAnsweredInTurn(c: ReturnType<typeof compileRubric>, t: PreparedTurn, ask: PhraseMatch, after: string): boolean {
  let lastEnd = ask.end;
  for (const h of vocabHits(c, 'holdRequest', t)) lastEnd = Math.max(lastEnd, h.end);
  // (round 21: a filler opening it is no answer; round 23: `after`, the later bubbles of its chat message, continue it)
  const tail = t.view.norm.slice(afterOpeningFiller(t.view.norm, t.view.breakBefore, lastEnd)) + after;
  if (!tailAnswers(tail)) return false;
  // round 25: what follows the request's clause is one question to the customer, the turn's last (…我翻一下排课表。不知道您
  // 这会儿方便吗？): a side question asked while the look-up runs, not its result (lookup-tail.ts)
  if (!after && handsOver(t) && oneQuestionAfter(t.view, lastEnd)) return false;
  // 我看看当天的记录有没有登记: the look-up verb's own object, run on without a break, asks (有没有 / 是不是 / 多少 …)
  // what the look-up is to find — an indirect question is still ahead, not the answer
  if (t.view.breakBefore[lastEnd]) return true;
  return !LOOKUP_OBJECT_ASKS.test(t.view.norm.slice(lastEnd, clauseBounds(t.view, lastEnd, lastEnd + 1)[1]));
}


interface Gap {
  startMs: number;
  endMs: number;
  /** Index in p.dialogue of the turn before / after (before = -1: it starts when the agent joined; after = -1: the contact ended). */
  before: number;
  after: number;
}

/** One-entry cache (see context.ts prepare): dead-air, hold-etiquette and response-latency share it. */
let last: { interaction: Interaction; prepared: PreparedTranscript; rubric: Rubric; account: SilenceAccount } | null = null;

export function accountSilences(interaction: Interaction, rubric: Rubric): SilenceAccount {
  const p = prepare(interaction);
  const l = last;
  if (l && l.interaction === interaction && l.prepared === p && l.rubric === rubric) return l.account;
  const account = computeAccount(interaction, p, rubric);
  last = { interaction, prepared: p, rubric, account };
  return account;
}

/**
 * When the agent was there: agent-joined; on a call without that event, the answer — when nothing else took
 * the call first (no IVR, bot or system line and no queue event before the first agent turn), the agent
 * answered it, as first-response counts; else the first agent turn.
 */
function joinedAt(interaction: Interaction, p: PreparedTranscript): number | null {
  const first = p.agent[0];
  if (!first) return null;
  let joined = first.turn.startMs;
  let answered = -1;
  let queued = false;
  const events = interaction.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'agent-joined') {
      if (e.atMs < joined) joined = e.atMs;
      return joined;
    }
    if (e.type === 'answered' && answered < 0) answered = e.atMs;
    else if (e.type === 'queued' || e.type === 'ivr-prompt' || e.type === 'dtmf') queued = true;
  }
  if (interaction.channel !== 'voice' || answered < 0 || answered >= joined || queued) return joined;
  for (const t of p.turns) {
    if (t.turn.startMs >= joined) break;
    if (t.turn.speaker !== 'agent' && t.turn.speaker !== 'customer') return joined;
  }
  return answered;
}

/**
 * Gaps of at least `minMs` between dialogue turns (and a trailing one after an unanswered
 * customer), clipped to the agent's presence. Shorter gaps are never materialised: this runs for
 * every contact and most gaps are a second or two.
 */
function gapsOf(interaction: Interaction, ts: readonly PreparedTurn[], joinedMs: number, minMs: number): Gap[] {
  const gaps: Gap[] = [];
  // the agent owes the first word once it has joined: the quiet from agent-joined to the first dialogue turn
  // (no turn before it to follow) is a silence like any other — 坐席接入后十几秒不说话 is dead air
  const first = ts[0];
  if (first && first.turn.startMs - joinedMs >= minMs) gaps.push({ startMs: joinedMs, endMs: first.turn.startMs, before: -1, after: 0 });
  // voice turns overlap: a gap starts when everybody has stopped talking
  let lastEnd = -Infinity;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.turn.endMs > lastEnd) lastEnd = t.turn.endMs;
    const next = ts[i + 1];
    let endMs: number;
    if (next) endMs = next.turn.startMs;
    else if (t.turn.speaker === 'customer') endMs = interaction.durationMs;
    else break;
    const startMs = lastEnd < joinedMs ? joinedMs : lastEnd;
    if (endMs - startMs >= minMs) gaps.push({ startMs, endMs, before: i, after: next ? i + 1 : -1 });
  }
  return gaps;
}

/** The agent's most recent substantive turn at or before `index` (backchannels announce nothing). */
function lastAgentBefore(ts: readonly PreparedTurn[], index: number, p: PreparedTranscript): PreparedTurn | null {
  for (let k = index; k >= 0; k--) if (ts[k]!.turn.speaker === 'agent' && !isBackchannel(ts[k]!, p)) return ts[k]!;
  return null;
}

/** The agent's first substantive turn from `index` on (where thanks for a wait belong). */
function firstAgentFrom(ts: readonly PreparedTurn[], index: number, p: PreparedTranscript): PreparedTurn | null {
  if (index < 0) return null;
  for (let k = index; k < ts.length; k++) if (ts[k]!.turn.speaker === 'agent' && !isBackchannel(ts[k]!, p)) return ts[k]!;
  return null;
}

/**
 * The agent's most recent turn before the gap between dialogue turns `before` and `after` (-1: the contact's
 * end), and the request to wait in it that still stands when the gap begins.
 */
function gapAnnouncement(c: ReturnType<typeof compileRubric>, ts: readonly PreparedTurn[], p: PreparedTranscript, before: number, after: number): { lastAgent: PreparedTurn | null; announcement: PhraseMatch | null } {
  let lastAgent = lastAgentBefore(ts, after >= 0 ? after - 1 : ts.length - 1, p);
  let announcement = lastAgent ? holdAnnouncement(c, lastAgent) : null;
  if (!announcement && lastAgent?.continues) ({ lastAgent, announcement } = messageAnnouncement(ts, lastAgent, (t, after) => holdAnnouncement(c, t, after)));
  // round 25: the agent's own turn that ends the silence opens with thanks for the wait — the request in its last turn was
  // the wait it kept, though an aside followed it there (hold-thanks.ts); an answer or a question of the customer's since still spends it
  if (!announcement && lastAgent && after >= 0) announcement = keptWaitRequest(c, lastAgent, ts[after]!);
  // "我帮您看一下。请问您的航班号是多少？" — the look-up waited on the answer: once the customer has given it
  // (more than 好的/嗯), the request to wait was spent and the silence after the answer is the agent's
  if (announcement && lastAgent && (handsOver(lastAgent) || messageAsks(ts, lastAgent)) && answeredSince(c, ts, lastAgent, before)) announcement = null;
  // "我帮您看一下。" — "收不收工本费？": a new question from the customer after the announcement is what the silence
  // then waits on, and the wait was not announced for it (a question about the wait itself — 要多久？— is not one)
  if (announcement && lastAgent && askedSince(c, ts, lastAgent, before)) announcement = null;
  return { lastAgent, announcement };
}

/**
 * Whether the agent had asked the customer to wait for the turn `reply` (an agent turn of the dialogue), by the
 * rule that makes a silence an announced hold — for a wait too short to be a silence at all (under
 * thresholds.deadAirMs), which response-latency excepts all the same: the customer was told (dev13b:
 * 您稍等两秒。— 好的。— 19 s in a chat with a 7 s SLA).
 */
export function waitAnnouncedBefore(interaction: Interaction, rubric: Rubric, reply: PreparedTurn): boolean {
  const p = prepare(interaction);
  const at = p.dialogue.indexOf(reply);
  if (at <= 0) return false;
  return gapAnnouncement(compileRubric(rubric), p.dialogue, p, at - 1, at).announcement !== null;
}

interface EventHold { startMs: number; endMs: number }

function eventHolds(interaction: Interaction): EventHold[] {
  const out: EventHold[] = [];
  const ev = interaction.events;
  for (let i = 0; i < ev.length; i++) {
    if (ev[i]!.type !== 'hold-start') continue;
    const start = ev[i]!.atMs;
    let end = interaction.durationMs;
    for (let k = 0; k < ev.length; k++) {
      if (ev[k]!.type === 'hold-end' && ev[k]!.atMs >= start) {
        end = ev[k]!.atMs;
        break;
      }
    }
    // a restart inside an open hold is the same hold
    if (out.length && start <= out[out.length - 1]!.endMs) out[out.length - 1]!.endMs = Math.max(out[out.length - 1]!.endMs, end);
    else out.push({ startMs: start, endMs: end });
  }
  return out;
}

function computeAccount(interaction: Interaction, p: PreparedTranscript, rubric: Rubric): SilenceAccount {
  const deadAirMs = rubric.thresholds.deadAirMs[interaction.channel];
  const holdMs = rubric.thresholds.holdGapMs[interaction.channel];
  const joinedMs = joinedAt(interaction, p);
  const account: SilenceAccount = { silences: [], joinedMs, deadAirMs, holdMs };
  if (joinedMs === null) return account;
  const c = compileRubric(rubric);
  const ts = p.dialogue;
  const chat = interaction.channel === 'webchat';
  const gaps = gapsOf(interaction, ts, joinedMs, deadAirMs);
  const holds = eventHolds(interaction);
  const silences: Silence[] = [];

  for (const h of holds) {
    if (h.endMs <= joinedMs) continue;
    // the turns around the hold window
    let before = -1;
    for (let k = 0; k < ts.length; k++) if (ts[k]!.turn.startMs <= h.startMs) before = k;
    let after = -1;
    for (let k = 0; k < ts.length; k++) {
      if (ts[k]!.turn.startMs >= h.endMs) {
        after = k;
        break;
      }
    }
    let lastAgent = lastAgentBefore(ts, before, p);
    let announcement = lastAgent ? holdAnnouncement(c, lastAgent) : null;
    if (!announcement && lastAgent?.continues) ({ lastAgent, announcement } = messageAnnouncement(ts, lastAgent, (t, after) => holdAnnouncement(c, t, after)));
    const ms = h.endMs - h.startMs;
    silences.push({
      kind: announcement ? 'announced-hold' : 'unannounced',
      startMs: h.startMs,
      endMs: h.endMs,
      before: before >= 0 ? ts[before]! : null,
      after: after >= 0 ? ts[after]! : null,
      lastAgent,
      nextAgent: firstAgentFrom(ts, after, p),
      announcement,
      hold: true,
      deadAir: !announcement && ms >= deadAirMs,
      source: 'event',
    });
  }

  for (const g of gaps) {
    const ms = g.endMs - g.startMs;
    // inside (or overlapping) a hold from events: that hold, already counted
    if (holds.some((h) => g.startMs < h.endMs && h.startMs < g.endMs)) continue;
    const beforeTurn = g.before >= 0 ? ts[g.before]! : null;
    const afterTurn = g.after >= 0 ? ts[g.after]! : null;
    const { lastAgent, announcement: found } = gapAnnouncement(c, ts, p, g.before, g.after);
    const announcement = found && ms < holdMs && ownWordsSince(c, beforeTurn, lastAgent) ? null : found; // round 19 (silence-turns.ts)
    const base = {
      startMs: g.startMs,
      endMs: g.endMs,
      before: beforeTurn,
      after: afterTurn,
      lastAgent,
      nextAgent: firstAgentFrom(ts, g.after, p),
      source: 'gap' as const,
    };
    let pauseReason: PauseReason | null = null;
    // (in a chat a message waits for its reply: a second message after a silence does not make it the customer's)
    if (afterTurn?.turn.speaker === 'customer' && !isLineCheck(afterTurn) && !(chat && beforeTurn?.turn.speaker === 'customer')) pauseReason = 'customer-next';
    // the customer asked the agent to wait for it (稍等我翻一下材料): the customer owes the next word
    else if (beforeTurn && customerAsksToWait(beforeTurn)) pauseReason = 'customer-asked-wait';
    // the contact's last words were the customer signing off (没有了，谢谢 / 行，拜拜 / 我先挂了): the quiet until the end
    // is the customer leaving, nobody waits for a word (response-latency owes it no reply either — timeliness.ts)
    else if (!afterTurn && beforeTurn?.turn.speaker === 'customer' && !handsOver(beforeTurn) && signsOff(c, beforeTurn)) pauseReason = 'customer-signed-off';
    // a request to wait phrased as a question (稍等一下好吗) still keeps the word with the agent
    // — unless the agent itself breaks the silence with more than a check on the customer (您还在吗？) or the
    // question asked again (…是订单详情页上那串数字吗？): coming back with an answer or an apology for the delay
    // (…对吗？ — 让您久等了，地址已经改好) shows the customer was the one kept waiting
    else if (beforeTurn?.turn.speaker === 'agent' && !announcement && handsOver(beforeTurn) && !(afterTurn && agentTookBackTheWord(c, afterTurn))) pauseReason = 'handed-over';
    if (pauseReason) {
      silences.push({ ...base, kind: 'customer-pause', announcement: null, pauseReason, hold: false, deadAir: false });
    } else if (announcement) {
      silences.push({ ...base, kind: 'announced-hold', announcement, hold: ms >= holdMs, deadAir: false });
    } else {
      // before the agent's first word nothing is being held: the late first word is dead air (and
      // first-response's), not a hold to announce and thank for
      silences.push({ ...base, kind: 'unannounced', announcement: null, hold: beforeTurn !== null && ms >= holdMs, deadAir: true });
    }
  }
  account.silences = silences.sort((a, b) => a.startMs - b.startMs);
  return account;
}

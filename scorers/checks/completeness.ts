/**
 * 完整性 (supplementary sheet; 5.1.1 服务内容/过程/记录完整性): required-info (one finding per
 * item the agent must collect), record-reference (ticket number given), survey-offered (feeds
 * D.3.1 调研覆盖率).
 */
import type { RequiredInfoSpec } from '../../harness/scenario/schema.js';
import {
  absenceConfidence,
  compileRubric,
  evidenceOf,
  findVocab,
  finding,
  matchConfidence,
  memoGet,
  memoSet,
  MISS,
  noAgent,
  prepare,
  vocabHits,
  type CompiledRubric,
  type PreparedTurn,
  type VocabMatch,
} from '../context.js';
import type { Finding, Scorer } from '../scorer.js';
import { clauseTextOf, compilePattern } from '../text/patterns.js';
import { clauseOpensAt, quoteOf } from '../text/view.js';
import { echoedReference } from './echoed-reference.js';
import { issuedCode } from './issued-code.js';
import { firstAgentTurns } from './silence-turns.js';
import { constructedIntroduction } from './self-introduction.js';

const F = 'completeness' as const;
const NO_AGENT = '全程没有人工坐席发言，无法评价';

const patternCache = new Map<string, RegExp>();
/** Scenario patterns are regexes (validated at load); compiled once, case-insensitive. */
function compiled(src: string): RegExp {
  let re = patternCache.get(src);
  if (!re) patternCache.set(src, (re = new RegExp(src, 'iu')));
  return re;
}

/** Match on the normalised text (ASR spacing, numerals) and on the raw text (patterns written with 四, punctuation). */
function matchPattern(t: PreparedTurn, src: string): string | null {
  const re = compiled(src);
  const n = re.exec(t.view.norm);
  if (n) return quoteOf(t.view, n.index, n.index + n[0].length) || n[0];
  const r = re.exec(t.turn.text);
  return r ? r[0] : null;
}

const soundPatternCache = new Map<string, RegExp | null>();
/**
 * The scenario pattern by sound: its sound form as compilePattern makes it for the rubric's patterns (each Han literal
 * rewritten to its homophone class's representative), case-insensitive like the scenario pattern itself, so a
 * recogniser's homophone (定单号 for 订单号) still finds the ask; null when the pattern has no Han literal or a Han range.
 */
function soundPattern(src: string): RegExp | null {
  let re = soundPatternCache.get(src);
  if (re === undefined) {
    const bySound = compilePattern(src).bySound;
    re = bySound ? new RegExp(bySound.source, 'iu') : null;
    soundPatternCache.set(src, re);
  }
  return re;
}

/** The ask as recognised speech heard it (voice only: typed text has no homophones to undo). */
function matchBySound(t: PreparedTurn, src: string): string | null {
  const re = soundPattern(src);
  if (!re) return null;
  const ct = clauseTextOf(t.view);
  const m = re.exec(ct.bySound);
  // the deictic 那 heard as the interrogative 哪 turns a statement into an ask (闭园那天的票 ~ 哪天的票): not by sound
  if (m && ct.text.slice(m.index, m.index + m[0].length).includes('那')) return null;
  return m ? quoteOf(t.view, ct.normAt[m.index]!, ct.normAt[m.index + m[0].length] ?? t.view.norm.length) || m[0] : null;
}

export const requiredInfo: Scorer = (interaction, scenario) => {
  const items: RequiredInfoSpec[] = scenario.requiredInfo ?? [];
  if (!items.length) return [finding(F, 'required-info', 'na', '本场景没有要求坐席收集的信息')];
  const p = prepare(interaction);
  if (noAgent(p)) return items.map((it) => finding(F, 'required-info', 'na', NO_AGENT, [], { details: { key: it.key } }));
  return items.map((it): Finding => {
    const label = it.label ?? it.key;
    for (const t of p.agent) {
      for (const src of it.patterns) {
        const q = matchPattern(t, src);
        if (q) return finding(F, 'required-info', true, `坐席询问/记录了${label}："${q}"`, [evidenceOf(t, q)], { details: { key: it.key } });
      }
    }
    // only then by sound, in speech: an exact ask anywhere wins over a homophone's
    if (interaction.channel === 'voice') {
      for (const t of p.agent) {
        for (const src of it.patterns) {
          const q = matchBySound(t, src);
          if (q) return finding(F, 'required-info', true, `坐席询问/记录了${label}："${q}"`, [evidenceOf(t, q)], { details: { key: it.key }, confidence: 0.8 });
        }
      }
    }
    return finding(F, 'required-info', false, `坐席没有询问客户的${label}`, [], { details: { key: it.key } });
  });
};

const refIdPatterns = new Map<number, RegExp>();
/**
 * What follows 工单号 on the clause-marked text: 码/是/为 (also after a break: 受理编号，号码是…), a
 * few words in the same clause (您的受理编号已经生成，是…; "|" is a clause break) — more when they end by announcing
 * the reading (受理单号我短信发您的同时也念一下：…, across clauses too: 工单号短信会发给您，我也口头报一下：…), or by the copula opening the next clause (受理编号我给您发短信了，是…:
 * the keyword is the sentence's topic, 是 + the id its comment) — then the id — digits/letters, groups possibly split by
 * ASR breaks — and what comes right after it (to tell an id from an amount or a date).
 */
function refIdPattern(min: number): RegExp {
  let re = refIdPatterns.get(min);
  if (!re) refIdPatterns.set(min, (re = new RegExp(`^(?:码)?\\|?(?:号码|码)?(?:是|为|:)?([^|0-9a-z]{0,8}?|[^0-9a-z]{0,16}?(?:念|报|读)(?:一下|给您|给你|一遍)(?::)?)\\|?(?:(?<=\\|)(?:是|为))?((?:[0-9a-z]\\|?){${min},})(.{0,2})`, 'u')));
  return re;
}

/** Words between the keyword and the number that make it a phone or hotline number or an amount, not a reference (工单已提交，有问题请拨打热线95588). */
const NOT_A_REFERENCE_LEAD = /尾号|手机|电话|号码后|金额|费用|元|热线|拨打|致电|来电/u;
/** Units right after a number: an amount, a duration or a date, not a reference. */
const NOT_A_REFERENCE_UNIT = /^(?:元|块|%|个|天|日|号|月|年|小时|分钟|秒|期|笔|次|g|m)/u;
/** A duration's unit: what a count run on after an id measures (…4783天内 / …53个工作日). */
const DURATION_UNIT = /^(?:天|小时|分钟|周|个工作日|个小时)/u;
/** The shortest id read off a run-on: eight characters, longer than any count or date said in a reply. */
const RUN_ON_ID_MIN = 8;
/** A mainland mobile number. */
const MOBILE = /^1[3-9]\d{9}$/u;

/** 工单号/受理号 … followed by an id of at least `min` digits/letters (one digit at least). */
function referenceIn(c: CompiledRubric, t: PreparedTurn, min: number): { quote: string; reference: string; match: VocabMatch } | null {
  const hits = vocabHits(c, 'referenceKeywords', t);
  if (hits.length === 0) return null; // most lines: no clause text built (clauseTextOf is per-line work and memory)
  const re = refIdPattern(min);
  const ct = clauseTextOf(t.view);
  for (const m of hits) {
    let at = 0;
    while (at < ct.normAt.length - 1 && ct.normAt[at]! < m.end) at++;
    const id = re.exec(ct.text.slice(at, at + 48));
    if (!id) continue;
    const [all, lead, fullId, fullAfter] = id as unknown as [string, string, string, string];
    // an id split by ASR breaks is one id, but a count that opens the next clause (…GD6120，3个工作日内回电)
    // is not part of it: the id ends at its last break when what follows that break is an amount or a duration
    let rawId = fullId;
    let after = fullAfter;
    const lastBreak = fullId.lastIndexOf('|');
    if (!fullId.endsWith('|') && lastBreak > 0 && NOT_A_REFERENCE_UNIT.test(fullAfter) && fullId.slice(0, lastBreak).replaceAll('|', '').length >= min) {
      rawId = fullId.slice(0, lastBreak + 1);
      after = fullId.slice(lastBreak + 1) + fullAfter;
    }
    // round 24 (ASR reading): a long id run straight into a count of days or hours with no pause (受理编号是…四七八三天内
    // 联系您) ends one digit early — a reference never ends in a duration's unit, and a count of that many digits is none
    if (!rawId.endsWith('|') && DURATION_UNIT.test(after) && rawId.length - 1 >= Math.max(min, RUN_ON_ID_MIN) && !rawId.includes('|')) {
      after = rawId.slice(-1) + after;
      rawId = rawId.slice(0, -1);
    }
    const reference = rawId.replaceAll('|', '');
    if (!/\d/u.test(reference) || NOT_A_REFERENCE_LEAD.test(lead) || MOBILE.test(reference)) continue;
    if (!rawId.endsWith('|') && NOT_A_REFERENCE_UNIT.test(after) && !DURATION_UNIT.test(after.slice(1))) continue;
    const idStart = at + all.length - fullAfter.length - fullId.length;
    const endMarked = idStart + rawId.replace(/\|+$/u, '').length;
    return { quote: quoteOf(t.view, m.start, ct.normAt[endMarked]!), reference, match: m };
  }
  return null;
}

/**
 * The reference number the agent gives the customer in turn `t` (工单号 / 受理号 + an id of at least `min`
 * characters), memoised per line: record-reference's evidence, and for verification a case opened in the
 * customer's name.
 */
export function issuedReference(c: CompiledRubric, t: PreparedTurn, min: number): ReturnType<typeof referenceIn> {
  const hit = memoGet<ReturnType<typeof referenceIn>>(t, c.memoKeys.reference);
  return hit !== MISS ? hit : memoSet(t, c.memoKeys.reference, referenceIn(c, t, min));
}

export const recordReference: Scorer = (interaction, scenario, rubric) => {
  if (!scenario.requires?.reference) return [finding(F, 'record-reference', 'na', '本场景不要求提供工单号/受理号', [], { confidence: 1 })];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'record-reference', 'na', NO_AGENT, [], { confidence: 1 })];
  const c = compileRubric(rubric);
  const min = rubric.thresholds.referenceMinLength;
  for (const t of p.agent) {
    const hit = issuedReference(c, t, min);
    // (a number of the customer's read back, or the agent's own before any request, is no reference issued)
    if (hit && !echoedReference(p, t, hit.match.start, hit.match.end, hit.reference) && !staffNumberSlot(p, t, hit.match.start, hit.match.end, rubric.thresholds.agentIdTurns)) {
      return [finding(F, 'record-reference', true, `坐席提供了受理凭证："${hit.quote}"`, [evidenceOf(t, hit.quote)], { details: { reference: hit.reference }, ...matchConfidence(hit.match, t) })];
    }
  }
  // round 18: a number handed over to be kept or announced as the record just made, under a name no keyword list holds
  for (const t of p.agent) {
    const code = issuedCode(p, t, min);
    if (code) return [finding(F, 'record-reference', true, `坐席提供了受理凭证："${code.quote}"`, [evidenceOf(t, code.quote)], { details: { reference: code.reference }, confidence: 0.8, matchKind: 'pattern' })];
  }
  return [finding(F, 'record-reference', false, '坐席没有向客户提供工单号/受理号', p.agent.slice(-2).map((t) => evidenceOf(t)), absenceConfidence(p.agent))];
};

/**
 * A bare 编号 + a number opening a clause of the agent's first turns (编号9152，麻烦说下… / 卢工为您服务 编号5875 …): the
 * agent-id window's staff number, said where the introduction says it [S22 服务人员识别信息], not a record opened for
 * the customer — a record's number is qualified (受理编号 / 工单编号) or announced (给您登记了，编号…), and this one opens
 * its clause with nothing before it. First turns as agent-id counts them (a backchannel over the customer aside).
 */
function staffNumberSlot(p: ReturnType<typeof prepare>, t: PreparedTurn, start: number, end: number, idTurns: number): boolean {
  const v = t.view;
  if (!/^(?:服务)?编号$/u.test(v.norm.slice(start, end))) return false;
  // the number said straight after the agent's own introduction (我是…管理师X编号HF23: the name's end is the keyword's
  // start); round 26 (reading): wherever the introduction comes — an id said late is still the agent's, not a record opened for the customer
  if (constructedIntroduction(v)?.end === start && !RECORDED_BEFORE.test(v.norm.slice(0, start))) return true;
  const first = firstAgentTurns(p, idTurns);
  if (!first.includes(t)) return false;
  // not after the turn says it recorded something (客服记下了，编号GD…: a receipt), nor when an earlier turn already gave
  // the agent's number (工号3307为您服务 … 编号…: the id was said; this one numbers something else)
  if (RECORDED_BEFORE.test(v.norm.slice(0, start))) return false;
  if (first.some((a) => a.index < t.index && STAFF_ID_SAID.test(a.view.norm))) return false;
  // the bare 编号 opens its clause (服务编号 read across a pause is the offer's 服务 and the bare 编号: 为您服务 编号…);
  // a pause in speech (a space in the transcript) before it opens the clause as a comma would
  const at = end - 2;
  return at === 0 || clauseOpensAt(v, at);
}

/** Words of recording before the number: what follows is the record's (已为您登记 / 记下了 / 生成了 / 派单了). */
const RECORDED_BEFORE = /登记|记下|记录|备注|生成|提交|受理|派单|建了|建好/u;
/** An id keyword + a number said in a turn (工号3307 / 编号A12): the agent's id already given. */
const STAFF_ID_SAID = /(?:工号|编号)(?:是|为)?[a-z]{0,2}\d{2,}/u;

export const surveyOffered: Scorer = (interaction, scenario, rubric) => {
  if (scenario.requires?.survey === false) return [finding(F, 'survey-offered', 'na', '本场景不要求邀请满意度评价', [], { confidence: 1 })];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'survey-offered', 'na', NO_AGENT, [], { confidence: 1 })];
  const c = compileRubric(rubric);
  for (let k = p.agent.length - 1; k >= 0; k--) {
    const t = p.agent[k]!;
    const m = findVocab(c, 'survey', t);
    if (m) return [finding(F, 'survey-offered', true, `坐席邀请客户进行满意度评价："${m.quote}"`, [evidenceOf(t, m.quote)], matchConfidence(m, t))];
  }
  return [finding(F, 'survey-offered', false, '坐席没有邀请客户进行满意度评价', p.agent.slice(-1).map((t) => evidenceOf(t)), absenceConfidence(p.agent))];
};

export const completenessChecks = { 'required-info': requiredInfo, 'record-reference': recordReference, 'survey-offered': surveyOffered } satisfies Record<string, Scorer>;

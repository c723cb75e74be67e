/**
 * 规范性 (D.1.1): greeting, agent-id, closing, forbidden-words, verification (hold-etiquette:
 * silence-checks.ts, on the shared silence accounting).
 * Each check is a pure Scorer; the shared preparation (turn views, vocabularies) is cached.
 */
import {
  absenceConfidence,
  compileRubric,
  matchConfidence,
  vocabHits,
  memoGet,
  memoSet,
  MISS,
  type CompiledRubric,
  evidenceOf,
  findVocab,
  finding,
  noAgent,
  prepare,
  type PreparedTurn,
  type PreparedTranscript,
} from '../context.js';
import type { Rubric } from '../rubric/schema.js';
import type { Evidence, MatchKind, Scorer } from '../scorer.js';
import type { PhraseMatch } from '../text/fuzzy.js';
import { clauseTextOf, heardRegExp, heardText, patternSpans, type PatternSpan } from '../text/patterns.js';
import { bareNonAnswers } from './resolution.js';
import { DISMISSED_REQUEST_CATEGORY, dismissedRequests } from './dismissed-request.js';
import { BARE_REFERRAL_CATEGORY, bareReferrals, orderReferrals } from './bare-referral.js';
import { mockingStructures } from './mocking-structures.js';
import { excusedAtWrapUp, notSaidBySound, rudeIn, servesAfter } from './rude-lines.js';
import { REBUKED_CATEGORY, rebukedTurns } from './rebuked-turns.js';
import { bareProhibitions } from './rude-structures.js';
import { statedDisclosure } from './disclosure.js';
import { checkAddedAfterAnswer, inTurnAfterthought } from './late-check.js';
import { verificationPoint } from './verification-point.js';
import { lookupResultStart } from './lookup-result.js';
import { issuedReference } from './completeness.js';
import { botPersona, constructedIntroduction, namesNoOne } from './self-introduction.js';
import { waitTakenBack } from './wait-taken-back.js';
import { customerServiceNoun, introductionForm } from './intro-forms.js';
import { customerLeftMidContact } from './closing-turn.js';
import { thanksForRating } from './closing-rating.js';
import { quoteOf } from '../text/view.js';
import { firstAgentTurns } from './silence-turns.js';
import { foldedId, tokenId } from '../text/pinyin.js';

const F = 'norms' as const;
const NO_AGENT = '全程没有人工坐席发言，无法评价';

export const greeting: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'greeting', 'na', NO_AGENT, [], SURE)];
  const first = p.agent[0]!;
  const c = compileRubric(rubric);
  // the service pledge as the contact's very first words greets (很高兴为您服务，XX早教…); after the line's name or an id it pledges
  const m = findVocab(c, 'greetings', first) ?? openingPledge(first.view.norm) ?? greetingByFoldedSound(first.view);
  const window = rubric.thresholds.greetingWindowChars;
  if (m && m.start < window) {
    return [finding(F, 'greeting', true, `坐席首句使用了问候语"${m.quote}"`, [evidenceOf(first, m.quote)], { details: { match: m.level }, ...matchConfidence(m, first) })];
  }
  const why = m ? `问候语"${m.quote}"出现得太晚（首句第${m.start + 1}个字之后，要求在前${window}个字内）` : '坐席首句没有使用问候语（如"您好"）';
  return [finding(F, 'greeting', false, why, [evidenceOf(first)], m ? matchConfidence(m, first) : absenceConfidence([first]))];
};

const OPENING_PLEDGE = /^(?:很|非常)?(?:高兴|荣幸)为您服务/u;
/** The pledge opening the contact as a greeting match, quoting the words it matched (高兴为您服务 / 非常荣幸为您服务). */
function openingPledge(norm: string) {
  const pledge = OPENING_PLEDGE.exec(norm);
  return pledge ? { quote: pledge[0], start: 0, level: 'pattern' as const, phrase: 'opening-pledge', end: pledge[0].length, cost: 0 } : null;
}
let NIN_HAO: [number, number] | null = null;
/**
 * Round 15: 您好 as the first words heard by 模糊音 (宁好 / 凝好 — nin/ning, the in/ing confusion ASR and southern accents
 * make most): a homophone match needs the same syllable, and the approximate one skips two-syllable phrases. Only at the
 * very start of the first agent turn, where nothing but a greeting is said in that sound, and never mid-line.
 */
function greetingByFoldedSound(view: { norm: string; tokens: Int32Array }) {
  NIN_HAO ??= [foldedId(tokenId('您')), foldedId(tokenId('好'))];
  if (view.norm.length < 2 || foldedId(view.tokens[0]!) !== NIN_HAO[0] || foldedId(view.tokens[1]!) !== NIN_HAO[1]) return null;
  return { quote: view.norm.slice(0, 2), start: 0, level: 'fuzzy' as const, phrase: '您好', end: 2, cost: 1 };
}
/** N/A for a structural reason (no agent, not required by the scenario): certain. */
const SURE = { confidence: 1 } as const;

const idPatterns = new Map<number, RegExp>();
/**
 * What follows 工号: optional 码/是/为, then the id (digits/letters, at least `min`; a clause break
 * may split digit groups, and the colon of 工号：A0312 is one). A spoken filler before the digits
 * (工号是 呃 幺幺六三 — the agent searching for the word; round 19: 就是 too) does not part the number from its keyword.
 */
function idPattern(min: number): RegExp {
  let re = idPatterns.get(min);
  if (!re) idPatterns.set(min, (re = new RegExp(`^(?:码)?(?:尾号|的后[三四3-4]位)?(?:是|为|:)?\\|?(?:(?:呃|额|嗯|啊|那个|就是)\\|?){0,2}((?:[0-9a-z]\\|?){${min},})`, 'u')));
  return re;
}

/** 工号 + digits in the first agent turns, or a name introduction (rubric regexes). */
export const agentId: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'agent-id', 'na', NO_AGENT, [], SURE)];
  const c = compileRubric(rubric);
  const turns = firstAgentTurns(p, rubric.thresholds.agentIdTurns);
  for (const t of turns) {
    const hit = agentIdIn(c, t, rubric.thresholds.agentIdMinDigits);
    if (hit) {
      const why = hit.kind === 'id' ? `坐席报了工号："${hit.quote}"` : `坐席做了自我介绍："${hit.quote}"`;
      return [finding(F, 'agent-id', true, why, [evidenceOf(t, hit.quote)], { details: { kind: hit.kind }, ...matchConfidence(hit.match, t) })];
    }
  }
  return [finding(F, 'agent-id', false, `坐席在前${turns.length}句中没有报工号或姓名`, turns.map((t) => evidenceOf(t)), absenceConfidence(turns))];
};

interface AgentIdHit {
  kind: 'id' | 'name';
  quote: string;
  match: PhraseMatch;
}

/** A name (or role and code) found by a pattern span, as agentIdIn reports it. */
function nameFound(t: PreparedTurn, s: PatternSpan, phrase: string) {
  const quote = quoteOf(t.view, s.start, s.end);
  const match: PhraseMatch = { phrase, start: s.start, end: s.end, cost: 0, level: s.bySound ? 'pattern-sound' : 'pattern', quote };
  return { kind: 'name' as const, quote, match };
}

/** 工号/编号 followed by an id, or a name introduction, in one turn (memoised per line). */
function agentIdIn(c: CompiledRubric, t: PreparedTurn, minDigits: number): AgentIdHit | null {
  const hit = memoGet<AgentIdHit | null>(t, c.memoKeys.agentId);
  return hit !== MISS ? hit : memoSet(t, c.memoKeys.agentId, scanAgentId(c, t, minDigits));
}

function scanAgentId(c: CompiledRubric, t: PreparedTurn, minDigits: number): AgentIdHit | null {
  const idRe = idPattern(minDigits);
  const hits = vocabHits(c, 'agentIdKeywords', t);
  // the clause text only for a line with a keyword (the name patterns build it if they may match)
  const ct = hits.length ? clauseTextOf(t.view) : null;
  for (let k = 0; ct && k < hits.length; k++) {
    const m = hits[k]!;
    // the id is read on the clause-marked text: ASR may split 1 0 2 3 into groups
    const at = markedIndex(ct.normAt, m.end);
    const id = idRe.exec(ct.text.slice(at, at + 24));
    if (id && !othersNumber(ct.text, at + id[0].length, id[1]!.replace(/\|/gu, ''), m.quote)) {
      const end = ct.normAt[at + id[0].replace(/\|+$/u, '').length]!;
      return { kind: 'id' as const, quote: quoteOf(t.view, m.start, end), match: m };
    }
  }
  for (const re of c.agentNamePatterns) {
    const s = patternSpans(t.view, re)[0];
    if (s && !botPersona(t.view.norm, s.start, s.end, t.view.breakBefore) && !namesNoOne(t.view, s) && !customerServiceNoun(t.view, s)) return nameFound(t, s, re.source);
  }
  // the introduction by construction (frame + role noun + name or code), for the trades' titles no list knows
  const s = constructedIntroduction(t.view);
  if (s && !botPersona(t.view.norm, s.start, s.end, t.view.breakBefore)) return nameFound(t, s, 'self-introduction');
  const f = introductionForm(t.view);
  if (f && !botPersona(t.view.norm, f.start, f.end, t.view.breakBefore)) return nameFound(t, f, 'introduction-form');
  return null;
}

/**
 * The number after an id keyword belongs to something else [S22 服务人员识别信息; S28 numbering plan]: an object
 * it is followed by (编号1024的快递 / 编号为2231的订单 — 的 + a thing, not 的客服 / 的小王), or a service line's number
 * (after 服务号: 95588 / 12345 — 95 + 3 or more digits, 400/800 + 7, the 5-digit 10xxx–12xxx lines).
 */
function othersNumber(text: string, end: number, id: string, keyword: string): boolean {
  // only after 服务号 / 服务编号, which also name a line; after 工号 the number is the agent's whatever its shape
  if (keyword.startsWith('服务') && /^(?:95\d{3,}|(?:400|800)\d{7}|1[0-2]\d{3})$/u.test(id)) return true;
  // a 工号 is a person's by its name (工号A59的季医助: 的 + whoever holds it, surname known or not)
  if (STAFF_KEYWORD.test(keyword)) return false;
  return OBJECT_AFTER_ID.test(text.slice(end, end + 12));
}

/** Keywords that only ever number a member of staff (工号 / 员工号 / 工牌号), never an object. */
const STAFF_KEYWORD = /^(?:员工|客服|服务)?(?:工号|公号|工牌号)/u; // (round 19: 公号, 工号 as a recogniser hears it)

/** 的 + a thing after the number (的订单 / 的快递 / 的包裹 …): that thing's number; 的 + a person (的客服 / 的小王), or a titled role that offers its service (编号N的课程顾问为您服务 / 的前台老师，请问…: 会员 there qualifies the role; round 18: any …师, 专席 or 导诊 so, 工号N的工程师为您服务 — also after 工号 heard by sound, 公号), is the agent (round 24: or handing over to the customer, 编号N的售后客服 您请说 / …的接线员 请问). */
const OBJECT_AFTER_ID = /^\|?的(?![^|]{0,6}?(?:员|顾问|客服|管家|老师|助理|师|专席|导诊)(?:为您|为你|很高兴|竭诚|在线|请|您|你|\||$))(?!客服|坐席|座席|话务员|专员|接线员|顾问|管家|工作人员|服务代表|我|小|老|阿|[王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文])\p{Script=Han}/u;

/** Index in the clause-marked text of norm index `normIndex` (the first marked char at or after it). */
function markedIndex(normAt: Int32Array, normIndex: number): number {
  let k = Math.min(normIndex, normAt.length - 1);
  // (round 21: back first — a clause-opening filler left out of the marked text puts it before its norm index)
  while (k > 0 && normAt[k - 1]! >= normIndex) k--;
  while (k < normAt.length - 1 && normAt[k]! < normIndex) k++;
  return k;
}

export const closing: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'closing', 'na', NO_AGENT, [], SURE)];
  const c = compileRubric(rubric);
  const last = p.agent.slice(-rubric.thresholds.closingTurns);
  for (let k = last.length - 1; k >= 0; k--) {
    const t = last[k]!;
    const m = findVocab(c, 'closings', t);
    // (round 19: thanks ending the rating invitation's turn, thanked ahead for the rating; round 26: also as the last words)
    if (m && thanksForRating(c, t, m)) continue;
    if (m) return [finding(F, 'closing', true, `坐席使用了结束语"${m.quote}"`, [evidenceOf(t, m.quote)], matchConfidence(m, t))];
  }
  // thanks as the agent's very last words (…请您评价，谢谢～ / 感谢): the contact ends on a 致谢 [S21 致谢语]; only there —
  // a bare 谢谢 mid-contact thanks for a number or a wait
  const final = p.agent[p.agent.length - 1];
  const thanks = final ? FINAL_THANKS.exec(clauseTextOf(final.view).text) : null;
  const thanksAt = thanks ? final!.view.norm.lastIndexOf(thanks[1]!) : -1;
  if (final && thanks && p.dialogue[p.dialogue.length - 1] === final && !thanksForRating(c, final, { start: thanksAt, end: thanksAt + thanks[1]!.length })) {
    return [finding(F, 'closing', true, `坐席以致谢结束："${thanks[1]}"`, [evidenceOf(final, thanks[1])], { confidence: 0.8, matchKind: 'pattern' })];
  }
  if (customerLeftMidContact(c, interaction, p)) {
    return [finding(F, 'closing', 'na', '客户中途挂断/离开，坐席没有机会致结束语', [], { confidence: 0.8, matchKind: 'event' })];
  }
  return [finding(F, 'closing', false, '坐席结束服务时没有使用结束语（如"感谢您的来电，再见"）', last.map((t) => evidenceOf(t)), absenceConfidence(last))];
};

/** A bare thanks closing the turn (…，谢谢～ / 感谢 / 好的谢谢您): what the agent's last words are, not what they thank for. */
const FINAL_THANKS = /(?:^|\||~|!|呃|额|那个|就是)(?:好的|好|嗯|那|最后)?(?:非常|再次)?((?:感谢|谢谢|多谢)(?:您|你|亲)?)(?:了|啦|哈|呀|哦|啊)?[^|\p{Script=Han}]{0,3}$/u;

/** A forbidden hit that is only the agent not knowing: 不知道 / 我也不清楚啊 (the 否定拒绝 phrases and their bare clause); as heard (round 22: 布知道 found by sound too). */
const BARE_NOT_KNOWING = heardRegExp(/^(?:我|我们)?(?:也|就|真|确实)?(?:是)?(?:不知道|不清楚)(?:啊|呀|了|的|哦)?$/u);
/**
 * What closes the matter right after a not-knowing [S15 我不知道、我不清楚; S16 这是上级的规定我有什么办法; S20 不知道]: "that's
 * how the system is" / "anyway", a wait with no end, "up to the higher-ups", "look it up yourself" (不知道，系统就这样 /
 * 不清楚，你再等等看吧 / 不知道，看上面安排 / 我也不知道，您自己去看说明吧); "that's how it is" also as how it was set
 * (不知道，平台就这么定的 / 系统就这么算的: 这么 + a verb + 的). On the normalised text (no punctuation).
 */
const NOT_KNOWING_CLOSED = /^(?:啊|呀|了|的|哦)?(?:你|您)?(?:反正|自己(?:去)?(?:看|查|找|问|上网)|(?:系统|平台)(?:上|里)?(?:就|也)?(?:是)?(?:这样|这么\p{Script=Han}{1,2}的)|就(?:是)?(?:这样|这么\p{Script=Han}{1,2}的)|(?:再)?等(?:等看|等吧|着吧|通知吧|消息吧)|看(?:上面|上级|领导)|(?:问|找)(?:上面|上级|领导))/u;

/** rudeIn restricted to the rubric's own impolite vocabulary (the 忌语 reading of forbidden categories is not asked). */
const NO_FORBIDDEN_READING = { impoliteCategories: [], impoliteWhenFamiliar: [], impoliteEvenWithRespect: [] };

export const forbiddenWords: Scorer = (interaction, scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'forbidden-words', 'na', NO_AGENT, [], SURE)];
  const c = compileRubric(rubric);
  const evidence: Evidence[] = [];
  const words: string[] = [];
  const categories = new Set<string>();
  let surest: { confidence: number; matchKind: MatchKind } | null = null;
  const holdMs = rubric.thresholds.holdGapMs[interaction.channel];
  const bare = rubric.vocabularies.bareNonAnswerCategory;
  const typed = interaction.channel === 'webchat';
  for (const t of p.agent) {
    for (const m of vocabHits(c, 'forbidden', t)) {
      // two syllables by sound are some other word (大部分可以混，但… is not 混蛋), and typed chat is spelt as meant (手机什么
      // is not 急什么 — round 21): politeness' reading (rude-lines.ts)
      if (notSaidBySound(m, typed)) continue;
      // a not-knowing and nothing else (不知道。/ 我也不清楚) is a non-answer, resolution's, unless the rubric names it a
      // 忌语 (bareNonAnswerCategory) or a dismissal closes the matter right after it (不知道，系统就这样)
      if (!bare && BARE_NOT_KNOWING.test(heardText(m.quote)) && !NOT_KNOWING_CLOSED.test(t.view.norm.slice(m.end, m.end + 12))) continue;
      // a bare 等着 the agent itself came back from after a hold was a (curt) hold, not the customer's matter put off
      if (waitTakenBack(p, c, t, m, holdMs)) continue;
      if (excusedAtWrapUp(c, p, t, m)) continue; // a pointer or a bare 挂了 replying to the customer's "nothing more"
      evidence.push(evidenceOf(t, m.quote));
      words.push(m.quote);
      categories.add(m.category);
      const conf = matchConfidence(m, t);
      if (!surest || conf.confidence > surest.confidence) surest = conf;
    }
  }
  // the whole-turn structures (checks/dismissed-request.ts, checks/bare-referral.ts), where no phrase already took the turn
  const structural: [readonly PreparedTurn[], string][] = [[dismissedRequests(p), DISMISSED_REQUEST_CATEGORY], [bareReferrals(p), BARE_REFERRAL_CATEGORY], [orderReferrals(p), BARE_REFERRAL_CATEGORY], [rebukedTurns(c, rubric.vocabularies, p), REBUKED_CATEGORY]];
  for (const x of mockingStructures(p)) structural.push([[x.turn], x.category]);
  // an unsoftened prohibition to the customer (别老问了 / 少废话): a 命令语 忌语 (checks/rude-structures.ts)
  for (const x of bareProhibitions(p)) structural.push([[x.turn], '命令训斥']);
  // a line politeness' own vocabulary reads as rude to the customer (contempt, a sneer, a dare, abuse: 你们这些人… /
  // 要投诉随你 / 别浪费我时间) is a 服务忌语 too [S4 鄙视语; S1 禁用语] — as said: not quoted, not a short sound-alike
  // (once the customer has spoken: the agent's 喂喂 on opening the line checks the connection, aimed at no one yet)
  const firstCustomer = p.customer[0]?.index ?? Infinity;
  for (const t of p.agent) {
    if (t.index < firstCustomer) continue;
    const m = rudeIn(c, NO_FORBIDDEN_READING, t, typed);
    // the turn serving the customer (我帮您投诉吧 / 这里不是您家附近的网点，我帮您查一下) is no contempt for them
    if (m && !servesAfter(t.view.norm, m.start) && !excusedAtWrapUp(c, p, t, m)) structural.push([[t], m.category]);
  }
  for (const [turns, category] of structural) {
    for (const t of turns) {
      if (evidence.some((e) => e.turn === t.index) || excusedAtWrapUp(c, p, t, { category, quote: '' })) continue;
      evidence.push(evidenceOf(t, t.turn.text));
      words.push(t.turn.text);
      categories.add(category);
      if (!surest) surest = { confidence: 0.7, matchKind: 'pattern' };
    }
  }
  if (bare) {
    const withHit = new Set(evidence.map((e) => e.turn));
    for (const x of bareNonAnswers(interaction, scenario, rubric)) {
      if (withHit.has(x.turn.index)) continue;
      evidence.push(evidenceOf(x.turn, x.quote));
      words.push(x.quote);
      categories.add(bare);
      const conf = { confidence: x.kind === 'exact' ? 0.85 : 0.75, matchKind: x.kind };
      if (!surest || conf.confidence > surest.confidence) surest = conf;
    }
  }
  if (!evidence.length) return [finding(F, 'forbidden-words', true, '未发现服务禁用语', [], { deduct: 0, ...absenceConfidence(p.agent) })];
  const kinds = [...categories].filter((k) => k !== 'default');
  return [
    finding(F, 'forbidden-words', false, `坐席使用了${evidence.length}次服务禁用语${kinds.length ? `（${kinds.join('、')}）` : ''}：${[...new Set(words)].map((w) => `"${w}"`).join('、')}`, evidence, {
      deduct: evidence.length,
      details: { categories: [...categories] },
      ...surest!,
    }),
  ];
};

/**
 * N/A unless the scenario requires verification. Disclosure = the first agent turn that discloses
 * account details or acts on the account (disclosure vocabulary: 余额, 您的账单, 已经帮您挂失了 …);
 * verification must be asked before it.
 */
export const verification: Scorer = (interaction, scenario, rubric) => {
  if (!scenario.requires?.verification) return [finding(F, 'verification', 'na', '本场景不要求核实身份', [], SURE)];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'verification', 'na', NO_AGENT, [], SURE)];
  const c = compileRubric(rubric);
  const asked = verificationPoint(c, p.agent, scenario.requiredInfo); // round 22: the case's required data are keys
  // a disclosure after the check decides nothing (the check passes whatever follows it): the turns after the
  // verification point are not scanned for one (disclosure's patterns are among the costliest a new line runs)
  const first = firstDisclosure(c, p, rubric, asked ? asked.t.index : Infinity);
  const disclosed = first?.t;
  if (!asked) {
    // never checked at all: fails, with the first disclosure as evidence when one was recognised. (Round 6 tried
    // N/A when nothing of the customer's own was recognised as disclosed — "nothing to verify" — and took it back:
    // six of seven contact sets label an agent that never checks in such a scenario a fail, as the scenario's
    // requires.verification says the customer's own record is the business of the call; the disclosure forms
    // it depended on are too many to recognise them all, dev3a/dev6a/dev9a lost recall with it)
    if (!disclosed) return [finding(F, 'verification', false, '坐席全程未核实客户身份', p.agent.slice(0, 2).map((t) => evidenceOf(t)), absenceConfidence(p.agent))];
    return [finding(F, 'verification', false, '坐席未核实客户身份就透露了账户信息', [evidenceOf(disclosed)], absenceConfidence(p.agent))];
  }
  const conf = matchConfidence(asked.m, asked.t);
  // a check the agent calls an afterthought (忘了核对 / 对了，您是本人吧) after it already answered the
  // customer: the service came first, whatever the scorer recognised as disclosed
  const late = findVocab(c, 'lateVerification', asked.t);
  const firstCustomer = p.customer[0];
  const answeredBefore = late && firstCustomer ? p.agent.find((t) => t.index > firstCustomer.index && t.index < asked.t.index) : undefined;
  if (late && answeredBefore) {
    return [
      finding(F, 'verification', false, `坐席先答复了客户（第${answeredBefore.index + 1}句），事后才补核身份："${late.quote}"`, [evidenceOf(answeredBefore), evidenceOf(asked.t, late.quote)], matchConfidence(late, asked.t)),
    ];
  }
  // a check added with 另外 after the customer took an answer that was no rule (checks/late-check.ts)
  const taken = checkAddedAfterAnswer(c, p, asked.t);
  if (taken) {
    return [finding(F, 'verification', false, `坐席先答复了客户（第${taken.index + 1}句），客户回应后才另外核身份："${asked.m!.quote}"`, [evidenceOf(taken), evidenceOf(asked.t, asked.m!.quote)], conf)];
  }
  // the same afterthought inside the check's own turn, after a fact's value (checks/late-check.ts)
  const marker = inTurnAfterthought(interaction, scenario, rubric, asked);
  if (marker >= 0) return [finding(F, 'verification', false, `坐席先在同一句里答复了客户，随后才补核身份："${asked.m!.quote}"`, [evidenceOf(asked.t, asked.m!.quote)], conf)];
  // in one turn, words order it: 已经帮您挂失了…请带身份证 acted before any check
  const before = disclosed && (disclosed.index < asked.t.index || (disclosed.index === asked.t.index && first.start < asked.m.start));
  if (disclosed && before) {
    return [
      finding(F, 'verification', false, `坐席在核实身份（第${asked.t.index + 1}句）之前就透露了账户信息（第${disclosed.index + 1}句）`, [
        evidenceOf(disclosed),
        evidenceOf(asked.t, asked.m!.quote),
      ], conf),
    ];
  }
  return [finding(F, 'verification', true, `坐席在提供账户信息前核实了客户身份："${asked.m!.quote}"`, [evidenceOf(asked.t, asked.m!.quote)], conf)];
};

/**
 * The first agent turn that reads or acts on the customer's own record, and where in it: account details or an action
 * on the account (a scenario's general facts — fees, opening hours, processing times — are public information and need
 * no identity check), or a case opened in the customer's name (a 工单号 / 受理号 given for their matter acts on it as
 * much as a change to the account does: dev3a's refunds, claims and fee disputes taken in and numbered with no check).
 */
function firstDisclosure(c: CompiledRubric, p: PreparedTranscript, rubric: Rubric, upTo: number): { t: PreparedTurn; start: number } | null {
  for (let i = 0; i < p.agent.length && p.agent[i]!.index <= upTo; i++) {
    const t = p.agent[i]!;
    const m = statedDisclosure(c, t) ?? caseOpened(c, t, rubric.thresholds.referenceMinLength, rubric.thresholds.agentIdMinDigits)?.match;
    const found = lookupResultStart(c, p, i); // round 22: the look-up's result stated (checks/lookup-result.ts)
    if (m || found >= 0) return { t, start: m && (found < 0 || m.start < found) ? m.start : found };
  }
  return null;
}

/** A reference the agent gives in turn `t` that is not its own staff number (编号6169 in its introduction). */
function caseOpened(c: CompiledRubric, t: PreparedTurn, min: number, idMinDigits: number): ReturnType<typeof issuedReference> {
  const ref = issuedReference(c, t, min);
  if (!ref) return null;
  const id = agentIdIn(c, t, idMinDigits);
  return id?.kind === 'id' && id.match.start < ref.match.end && ref.match.start < id.match.end ? null : ref;
}

/** The 规范性 family, in catalogue order. */
export const normsChecks = { greeting, 'agent-id': agentId, closing, 'forbidden-words': forbiddenWords, verification } satisfies Record<string, Scorer>;


/**
 * 专业性 (D.1.2): politeness, empathy (which single lines are rude: rude-lines.ts; rebuked for manner: rebuked-turns.ts). (resolution: resolution.ts; interruption and speech-rate: speech.ts; dead-air: silence-checks.ts.)
 */
import { absenceConfidence, compileRubric, evidenceOf, findVocab, finding, matchConfidence, noAgent, prepare, secs, vocabHits, type CompiledRubric, type PreparedTurn, type VocabMatch } from '../context.js';
import type { Evidence, Finding, Scorer } from '../scorer.js';
import { QUESTION } from './non-answer-forms.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { excusedAtWrapUp, quoted, rudeIn } from './rude-lines.js';
import { rebukedRude } from './rebuked-turns.js';
import { complaintsOf } from './complaint-turns.js';
import { aboutWaiting, acknowledgementIn } from './acknowledgement.js';
import { firstMessages, inMessage, messageTest } from '../message.js';
import { isBackchannel, saidOverCustomer } from './silence-turns.js';
import { curtBetweenPauses } from './curt-pauses.js';
import { charTester } from '../text/char-test.js';

const F = 'professionalism' as const;
const NO_TURNS: ReadonlySet<PreparedTurn> = new Set();
const NO_AGENT = '全程没有人工坐席发言，无法评价';

/**
 * Courteous register, in one sentence an assessor can apply: no rude phrase, and the agent addresses
 * the customer as 您 — an agent who never says 您 (or once, a slip, while calling the customer 你)
 * must make up for it with courtesy words (请/麻烦/谢谢 …) in at least `familiarCourtesyRatio` of its
 * turns [12333 话务员服务规范: 多用您，不用你]: plain-spoken but warm passes, 你 or no address at all
 * with bare replies fails. Below `politenessRatio` of its turns carrying any courtesy marker, an
 * agent who does say 您 is curt overall too (a backstop, set low: a terse but 您-speaking agent passes).
 */
export const politeness: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'politeness', 'na', NO_AGENT, [], { confidence: 1 })];
  const c = compileRubric(rubric);
  // substantive turns, and the one-word replies that are curt on their own (说吧。/ 车次。/ 等着。): a
  // bare acknowledgement (嗯, 好的) is neither courteous nor curt; one with 请/您 (请讲) is courteous
  const { politenessMinChars, curtReplyMaxChars } = rubric.thresholds;
  const judged = p.agent.filter((t) => t.view.norm.length >= politenessMinChars || (t.view.norm.length <= curtReplyMaxChars && curtReply(c, t)));
  const typed = interaction.channel === 'webchat';
  // (an object only for a rude turn, not one per agent turn filtered afterwards: most contacts have none)
  const rude: { t: PreparedTurn; m: VocabMatch }[] = [];
  // round 18: the agent's 喂喂 opening a line that goes on (喂喂，X前台。/ 喂喂编号N为您服务) before the customer has said anything (only the IVR before it) picks up the line: no one is there yet to be called "喂" (a bare 喂喂 turn stays, round 13b; round 23: going on in the next chat bubble is going on)
  const firstCustomer = p.customer[0]?.index ?? Infinity;
  for (const t of p.agent) {
    const m = rudeIn(c, rubric.vocabularies, t, typed);
    if (m && !(t.index < firstCustomer && m.quote.includes('喂喂') && (t.view.norm.replace(/[喂|]/gu, '').length > 0 || t.more)) && !excusedAtWrapUp(c, p, t, m)) rude.push({ t, m });
  }
  rebukedRude(c, rubric.vocabularies, p, rude); // round 26: the turn the customer's next turn rebukes for manner (checks/rebuked-turns.ts)
  // a courtesy marker, or plain-spoken warmth (好嘞, a closing 哈): softeners
  const polite = judged.filter((t) => findVocab(c, 'politeness', t) || findVocab(c, 'softeners', t));
  const ratio = judged.length ? polite.length / judged.length : 1;
  const need = rubric.thresholds.politenessRatio;
  const pct = `${Math.round(ratio * 100)}%`;
  const register = addressRegister(c, judged, p.agent);
  const details = { ratio, judged: judged.length, polite: polite.length, impolite: rude.length, familiar: register.familiar.length, respectful: register.respectful };
  if (rude.length) {
    const surest = rude.map((x) => matchConfidence(x.m, x.t)).sort((a, b) => b.confidence - a.confidence)[0]!;
    return [
      finding(F, 'politeness', false, `坐席出现不礼貌用语：${rude.map((x) => `"${x.m.quote}"`).join('、')}；礼貌用语覆盖率${pct}`, rude.map((x) => evidenceOf(x.t, x.m.quote)), {
        score: 0,
        details,
        ...surest,
      }),
    ];
  }
  const warmNeed = rubric.thresholds.familiarCourtesyRatio;
  // courtesy words beyond 您, or a plain-spoken softener (好嘞, a closing 哈/哦): warmth in the agent's own register
  const warm = judged.length ? judged.filter((t) => vocabHits(c, 'politeness', t).some((h) => !RESPECTFUL.has(h.phrase)) || findVocab(c, 'softeners', t)).length / judged.length : 1;
  const { familiar, respectful } = register;
  const { familiarAddressMinTurns: minTurns, respectfulSlipTurns } = rubric.thresholds;
  // no 您 at all (你, or no address: 身份证号。/ 等着。), or 您 as a slip among 你 turns: the register
  const noRespect = respectful === 0 && judged.length >= minTurns;
  const familiarRegister = respectful <= respectfulSlipTurns && familiar.length >= minTurns;
  // curt clauses in many turns are a register; in fewer (curtUnsoftenedMinTurns) only when the agent's
  // courtesy words (请/谢谢/麻烦, 您 not counted) do not make up for them, as for a familiar register
  const curt = curtTurns(c, p.agent, judged, rubric.thresholds.curtReplyMaxChars);
  // an agent without 您 has broken one half of 多用您，不用你；多用征询语，不用命令语 [S17]: a single command
  // form (说。/ 什么事 / 等下) breaks the other, whatever courtesy words it adds elsewhere
  if ((noRespect || familiarRegister) && (warm < warmNeed || curt.length > 0)) {
    const how = familiar.length ? `称客户为"你"（${familiar.length}句）${respectful ? `，仅${respectful}句用"您"` : ''}` : '从不称"您"';
    if (warm >= warmNeed) {
      // courtesy words enough, but 你 and a command form together: the register turns on one clause, so less sure
      return [
        finding(F, 'politeness', false, `坐席${how}，并使用命令语或生硬问句（${curt.slice(0, 3).map((x) => `"${x.quote}"`).join('、')}），未用"您/请问"等征询语，服务用语不够礼貌`, curt.slice(0, 5).map((x) => evidenceOf(x.t, x.quote)), {
          score: 0.5,
          details: { ...details, courtesyWords: warm, curtTurns: curt.length },
          confidence: Math.round(0.7 * absenceConfidence(curt.map((x) => x.t)).confidence / 0.9 * 100) / 100,
          matchKind: 'pattern',
        }),
      ];
    }
    // a register, not a slip: how far the courtesy words fall short says how sure
    const margin = Math.min(1, (warmNeed - warm) / 0.3);
    const evidence = familiar.length ? familiar.slice(0, 5).map((x) => evidenceOf(x.t, x.m.quote)) : withoutPoliteness(judged, polite).slice(0, 5).map((t) => evidenceOf(t));
    return [
      finding(F, 'politeness', false, `坐席${how}，且仅${Math.round(warm * 100)}%的发言有"请/谢谢/麻烦"等礼貌用语（要求≥${Math.round(warmNeed * 100)}%），服务用语不够礼貌`, evidence, {
        score: Math.min(1, warm / Math.max(warmNeed, 0.01)),
        details: { ...details, courtesyWords: warm },
        confidence: Math.round((0.65 + 0.25 * margin) * absenceConfidence(judged).confidence / 0.9 * 100) / 100,
        matchKind: 'pattern',
      }),
    ];
  }
  const { curtRegisterMinTurns: curtNeed, curtUnsoftenedMinTurns: curtBareNeed } = rubric.thresholds;
  if ((curtNeed > 0 && curt.length >= curtNeed) || (curtBareNeed > 0 && curt.length >= curtBareNeed && warm < warmNeed)) {
    // a register, not a lapse: every curt turn beyond the rule's minimum makes it surer
    const minimum = curtNeed > 0 && curt.length >= curtNeed ? curtNeed : curtBareNeed;
    const surest = Math.min(0.9, 0.7 + 0.05 * (curt.length - minimum));
    return [
      finding(F, 'politeness', false, `坐席${curt.length}句发言使用命令语或生硬问句（${curt.slice(0, 3).map((x) => `"${x.quote}"`).join('、')}），未用"请/您/请问"等征询语，服务用语不够礼貌`, curt.slice(0, 5).map((x) => evidenceOf(x.t, x.quote)), {
        score: 0,
        details: { ...details, curtTurns: curt.length },
        confidence: Math.round(surest * absenceConfidence(curt.map((x) => x.t)).confidence / 0.9 * 100) / 100,
        matchKind: 'pattern',
      }),
    ];
  }
  // the backstop judges how the agent addresses, asks and directs, not how it states a fact: a plain
  // answer to the customer's question (周末和工作日同价。) is neither courteous nor curt [S17 征询语 vs 命令语
  // are forms of asking and directing], so it is left out of this ratio (a curt one-word reply stays in)
  // (only needed below the line: leaving turns out can only raise the ratio)
  const answers = ratio < need ? plainAnswers(p, judged, rubric.thresholds.curtReplyMaxChars) : NO_TURNS;
  // (a courteous answer still shows courtesy: only the plain ones leave the count; with no plain answer, as above
  // the line, every judged turn counts and no Set of the polite ones is built for each contact)
  const politeSet = answers.size ? new Set(polite) : NO_TURNS;
  const addressed = answers.size ? judged.filter((t) => politeSet.has(t) || !answers.has(t)) : judged;
  const addressedPolite = polite.length;
  const backstop = addressed.length ? addressedPolite / addressed.length : 1;
  // a ratio far from the line is a sure judgement; one at the line turns on a single turn
  const margin = Math.min(1, Math.abs(backstop - need) / 0.25);
  const byRatio = { confidence: Math.round((0.6 + 0.3 * margin) * absenceConfidence(judged).confidence / 0.9 * 100) / 100, matchKind: 'pattern' as const };
  if (backstop >= need) {
    return [finding(F, 'politeness', true, `${judged.length}句坐席发言中${polite.length}句使用了礼貌用语（${pct}，要求≥${Math.round(need * 100)}%）`, [], { score: 1, details, ...byRatio })];
  }
  return [
    finding(F, 'politeness', false, `礼貌用语覆盖率仅${Math.round(backstop * 100)}%（${addressedPolite}/${addressed.length}，不计直接答复客户提问的陈述，要求≥${Math.round(need * 100)}%）`, withoutPoliteness(addressed, polite).slice(0, 5).map((t) => evidenceOf(t)), {
      score: need > 0 ? backstop / need : 1,
      details,
      ...byRatio,
    }),
  ];
};

/**
 * Agent turns in a curt register: a clause of `curtClauses` (说。/ 什么事？/ 电话号码报一下 / 还有事吗？, said as
 * such: a homophone by sound is not counted) or a curt one-word reply (车次。). One per turn.
 */
function curtTurns(c: CompiledRubric, agent: readonly PreparedTurn[], judged: readonly PreparedTurn[], maxReplyChars: number): { t: PreparedTurn; quote: string }[] {
  const out: { t: PreparedTurn; quote: string }[] = [];
  // judged is a subsequence of agent (a filter of it): walked alongside, not put in a Set for each contact
  let j = 0;
  for (const t of agent) {
    const isJudged = judged[j] === t;
    if (isJudged) j++;
    const m = vocabHits(c, 'curtClauses', t).find((h) => h.level === 'exact' || h.level === 'pattern') ?? curtBetweenPauses(c, t);
    // the stripped form restated courteously in the same turn or message (什么问题？请问需要办理什么？) is not curt; a one-word
    // reply with a softener (嗯哈～ / 好嘞) is plain-spoken warmth, not a curt one; round 23: nor one bubble of a longer chat message
    if (m && !messageTest(t, ASKS_POLITELY)) out.push({ t, quote: m.quote });
    else if (!m && isJudged && t.view.norm.length <= maxReplyChars && !inMessage(t) && !findVocab(c, 'politeness', t) && !findVocab(c, 'softeners', t)) out.push({ t, quote: t.turn.text });
  }
  return out;
}

/**
 * Judged agent turns that only answer the customer: the agent's first turn after a customer question
 * (non-answer-forms.ts QUESTION), itself no question (it asks nothing of the customer) and longer than a
 * one-word reply (车次。 is curt whatever it answers).
 */
function plainAnswers(p: ReturnType<typeof prepare>, judged: readonly PreparedTurn[], maxReplyChars: number): ReadonlySet<PreparedTurn> {
  const out = new Set<PreparedTurn>();
  const judgedSet = new Set(judged);
  let asked = false;
  for (const t of p.dialogue) {
    if (t.turn.speaker === 'customer') {
      asked = lineTest(t.view, LINE_TEST.question, isQuestion);
      continue;
    }
    if (asked && judgedSet.has(t) && t.view.norm.length > maxReplyChars && !lineTest(t.view, LINE_TEST.question, isQuestion)) out.add(t);
    asked = false;
  }
  return out;
}

/** QUESTION of a turn's text (its view's original), decided once per line (view.ts lineTest). */
const isQuestion = (view: TextView): boolean => QUESTION.test(view.original);

const ASKS_POLITELY = /请问|麻烦您|请您|您请/u; // the published 征询语 itself (not a 您 alone, which a curt demand can carry)
/** A one-word turn that says something beyond a bare acknowledgement (说吧, 车次, 等着). */
function curtReply(c: CompiledRubric, t: PreparedTurn): boolean {
  if (!t.view.norm.length) return false;
  let covered = 0;
  for (const h of vocabHits(c, 'backchannels', t)) covered += h.end - h.start;
  return covered < t.view.norm.length;
}

/** The address form itself, not a courtesy word (a 你-speaker has none of it to count). */
const RESPECTFUL = new Set(['您']);

/**
 * Judged turns that address the customer familiarly (你, said as such: a homophone by sound is not
 * counted), and how many of all the agent's turns say 您 (a short 您说 shows the register as well).
 * A turn with both counts as respectful (您 is the deliberate choice).
 */
function addressRegister(c: CompiledRubric, judged: readonly PreparedTurn[], all: readonly PreparedTurn[]): { familiar: { t: PreparedTurn; m: VocabMatch }[]; respectful: number } {
  const familiar: { t: PreparedTurn; m: VocabMatch }[] = [];
  // one walk over all, judged (a subsequence of it, in order) alongside: no filtered array and Set of the 您 turns per contact
  let respectful = 0;
  let j = 0;
  for (const t of all) {
    const saysYou = findVocab(c, 'respectfulAddress', t) !== null;
    if (saysYou) respectful++;
    if (judged[j] !== t) continue;
    j++;
    if (saysYou) continue;
    const m = vocabHits(c, 'familiarAddress', t).find((h) => (h.level === 'exact' || h.level === 'pattern') && !quoted(t, h.start));
    if (m) familiar.push({ t, m });
  }
  return { familiar, respectful };
}

/** Judged turns without a politeness marker (only needed for a failing finding's evidence). */
function withoutPoliteness(judged: PreparedTurn[], polite: PreparedTurn[]): PreparedTurn[] {
  const set = new Set(polite);
  return judged.filter((t) => !set.has(t));
}

/** How many agent turns (chat messages, round 23: firstMessages) after each complaint may carry the apology/acknowledgement. */
const EMPATHY_TURNS = 2;

/**
 * Whenever the customer complains (complaint vocabulary, in any scenario) the agent must apologise
 * or acknowledge in one of its next two turns — after the first complaint, after each later
 * escalation (`escalatingComplaints`) and after each later grievance said as a statement
 * (laterComplaintOwed): the first one unanswered fails. `requires.empathy` makes the check apply even when
 * no complaint is recognised (the scenario is a complaint): then any agent turn after the
 * customer's first turn may carry it.
 */
export const empathy: Scorer = (interaction, scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'empathy', 'na', NO_AGENT, [], { confidence: 1 })];
  const c = compileRubric(rubric);
  const complaints = complaintsOf(c, p);
  if (!complaints.length) {
    if (!scenario.requires?.empathy) {
      return [finding(F, 'empathy', 'na', '客户没有投诉或表达不满，不适用', [], absenceConfidence(p.customer))];
    }
    const firstCustomer = p.customer[0];
    // the leave-taking's thanks (辛苦您了，再见) closes the contact; it acknowledges no grievance
    const last = p.agent[p.agent.length - 1];
    const after = p.agent.filter((t) => (!firstCustomer || t.index > firstCustomer.index) && !(t === last && findVocab(c, 'closings', t)));
    for (const t of after) {
      const m = acknowledgementIn(c, t, false);
      if (m) return [finding(F, 'empathy', true, `坐席对客户的不满表示了理解/歉意："${m.quote}"`, [evidenceOf(t, m.quote)], matchConfidence(m, t))];
    }
    return [finding(F, 'empathy', false, '本场景为投诉场景，坐席没有任何安抚或致歉（如"非常抱歉给您带来不便"）', p.customer.slice(0, 2).map((t) => evidenceOf(t)), absenceConfidence(after))];
  }
  // the first complaint needs an answer, and so does each later escalation (a repeat contact, a threat to
  // complain: rubric escalatingComplaints) [S9 威脅性語言; S12 重复来电] and each later grievance voiced as a
  // statement; a later loaded question is answered by the first acknowledgement (laterComplaintOwed)
  const escalating = rubric.vocabularies.escalatingComplaints;
  let passed: Finding | null = null;
  for (const { t: said, m: cm } of complaints.filter((x, k) => k === 0 || laterComplaintOwed(c, p, x.t, x.m, escalating))) {
    const judged = alreadyAcknowledged(c, p, said, cm, escalating) ?? judgeComplaint(c, p, said, cm);
    if (judged.pass === false) return [judged];
    if (!passed || (passed.pass === 'na' && judged.pass === true)) passed = judged;
  }
  return [passed!];
};

/**
 * The first complaint recognised is a grievance asked as a question (延期了你们怎么赔 / 拖了这么久有没有赔偿) and the agent
 * had already apologised or acknowledged before it: the customer's feeling was voiced earlier in words the vocabulary
 * did not catch, and the agent met it — an acknowledgement given unprompted answers a complaint. The question is then
 * the repeated grievance asked as a question that the definition leaves to the first acknowledgement. Likewise a
 * grievance told in answer to an agent turn that acknowledged and asked for the details (answersAcknowledgingQuestion).
 * A threat or a repeat contact (`escalatingComplaints`) and any other grievance stated outright still need their own.
 */
function alreadyAcknowledged(c: CompiledRubric, p: ReturnType<typeof prepare>, said: PreparedTurn, cm: VocabMatch, escalating: readonly string[]): Finding | null {
  if (vocabHits(c, 'complaint', said).some((h) => escalating.includes(h.category))) return null;
  const asks = asksAboutIt(said, cm);
  if (!asks && !answersAcknowledgingQuestion(c, p, said)) return null;
  const firstCustomer = p.customer[0];
  let last: PreparedTurn | undefined;
  for (const a of p.agent) if (a.index < said.index) last = a;
  const waiting = aboutWaiting(said);
  for (const t of p.agent) {
    if (t.index > said.index) break;
    if (!firstCustomer || t.index < firstCustomer.index || (!asks && t !== last)) continue;
    const m = acknowledgementIn(c, t, waiting);
    if (m) {
      return finding(F, 'empathy', true, `客户以问句再提不满（"${cm.quote}"），坐席此前已表示理解/歉意："${m.quote}"`, [evidenceOf(said, cm.quote), evidenceOf(t, m.quote)], {
        details: { complaint: cm.quote, complaintKind: cm.category },
        ...matchConfidence(m, t),
      });
    }
  }
  return null;
}

/** One complaint: an apology or acknowledgement in one of the agent's next two turns. */
function judgeComplaint(c: CompiledRubric, p: ReturnType<typeof prepare>, said: PreparedTurn, cm: VocabMatch): Finding {
  const complaintEvidence = evidenceOf(said, cm.quote);
  // (round 17: a backchannel said over the customer — 对 / 嗯嗯 while the grievance is still being told — takes no turn: it
  // listens, it neither answers nor withholds; dev20a README: such backchannels "are not turns")
  const next = firstMessages(p.agent.filter((t) => t.index > said.index && !(isBackchannel(t, p) && saidOverCustomer(t, p))), EMPATHY_TURNS);
  const details = { complaint: cm.quote, complaintKind: cm.category };
  if (!next.length) {
    return finding(F, 'empathy', 'na', `客户表达不满（"${cm.quote}"）后坐席没有再发言，无法评价`, [complaintEvidence], { details, confidence: 0.7, matchKind: 'absence' });
  }
  const waiting = aboutWaiting(said);
  for (const t of next) {
    const m = acknowledgementIn(c, t, waiting);
    if (m) {
      const conf = matchConfidence(m, t);
      return finding(F, 'empathy', true, `客户表达不满（"${cm.quote}"），坐席随即表示了理解/歉意："${m.quote}"`, [complaintEvidence, evidenceOf(t, m.quote)], {
        details,
        ...conf,
        confidence: Math.min(conf.confidence, matchConfidence(cm, said).confidence),
      });
    }
  }
  const absent = absenceConfidence(next);
  return finding(F, 'empathy', false, `客户表达不满（"${cm.quote}"），坐席随后${next.length}句都没有安抚或致歉（如"非常抱歉给您带来不便"）`, [complaintEvidence, ...next.map((t) => evidenceOf(t))], {
    details,
    matchKind: absent.matchKind,
    confidence: Math.min(absent.confidence, matchConfidence(cm, said).confidence),
  });
}

/**
 * Whether a complaint after the first needs its own apology or acknowledgement. "Whenever the customer complains"
 * (issue 10 item 2) counts each grievance: an escalation always (a threat to complain, a repeat contact or broken
 * promise — `escalatingComplaints`), and any other grievance voiced as a statement (你们这流程真是绕死人了 / 我已经等得
 * 够久了 / 这样处理不太合理吧) — new feeling put to the agent. A later grievance asked as a question (那到底是怎么回事 /
 * 损失谁赔 / 他是不是骗我) asks for an answer — resolution's business — and the first acknowledgement has already met the
 * feeling behind it. (A grievance said again before the agent replies shares the next two agent turns of the first.)
 */
function laterComplaintOwed(c: CompiledRubric, p: ReturnType<typeof prepare>, t: PreparedTurn, m: VocabMatch, escalating: readonly string[]): boolean {
  if (vocabHits(c, 'complaint', t).some((h) => escalating.includes(h.category))) return true;
  return !asksAboutIt(t, m) && !answersAcknowledgingQuestion(c, p, t);
}

/** The agent asks for the details: a question mark, a final 吗/呢, or a request to tell (具体 / 哪 / 什么 / 说说 / 讲讲). */
const ASKS_FOR_DETAILS = /[?？]|[吗呢][。！!～~\s]*$|具体|详细|哪|什么|怎么|说说|讲讲|说一下|讲一下/u;
/** ASKS_FOR_DETAILS of a turn's text (its view's original), decided once per line (view.ts lineTest). */
const asksForDetails = (view: TextView): boolean => ASKS_FOR_DETAILS.test(view.original);

/**
 * The customer's turn answers the agent's turn just before it, which acknowledged the grievance and asked for its
 * details (很抱歉让您有不好的体验，具体是哪方面呢？ → 打扫得很敷衍): the details are the acknowledged grievance told
 * out, not a new one — the acknowledgement stands right before them.
 */
function answersAcknowledgingQuestion(c: CompiledRubric, p: ReturnType<typeof prepare>, t: PreparedTurn): boolean {
  let prev: PreparedTurn | undefined;
  for (const a of p.agent) {
    if (a.index > t.index) break;
    prev = a;
  }
  return !!prev && lineTest(prev.view, LINE_TEST.asksForDetails, asksForDetails) && !!findVocab(c, 'empathy', prev);
}

/** How far either side of a complaint a clause is read for a question form, in characters (an unpunctuated ASR line is one clause). */
const QUESTION_REACH = 8;
/** Clause ends in the original text. */
const CLAUSE_BREAK = /[，,。.！!？?；;…～~\s]/u;
/** CLAUSE_BREAK, and the closing punctuation of a clause, of one character: decided once per character (text/char-test.ts). */
const clauseBreakAt = charTester(CLAUSE_BREAK), closesClauseAt = charTester(/[?？!！。.～~]/u);
/**
 * The complaint's clause asks something: a question mark closing it, a final 吗/呢/么, or a question word
 * (谁 / 什么 / 怎么 / 为什么 / 多久 / 哪 / A-not-A such as 是不是). A final 吧 (不太合理吧) asserts and is left out.
 */
const CLAUSE_QUESTION = /[?？]|[吗呢么][。！!～~\s]*$|谁|什么|怎么|怎样|为什么|为啥|啥|多久|多少|多长|哪|几[天个点号时次]|(\p{Script=Han})不\1|有没有|能不能|可不可以/u;

function asksAboutIt(t: PreparedTurn, m: VocabMatch): boolean {
  const text = t.view.original;
  let from = t.view.from[m.start] ?? 0;
  let to = t.view.to[m.end - 1] ?? text.length;
  const leftLimit = Math.max(0, from - QUESTION_REACH);
  while (from > leftLimit && !clauseBreakAt(text, from - 1)) from--;
  const rightLimit = Math.min(text.length, to + QUESTION_REACH);
  while (to < rightLimit && !clauseBreakAt(text, to)) to++;
  // the closing punctuation belongs to the clause (又要等？ asks; 我已经等得够久了。 does not)
  while (to < text.length && closesClauseAt(text, to)) to++;
  const clause = text.slice(from, to);
  if (CLAUSE_QUESTION.test(clause)) return !RHETORICAL_QUESTION.test(clause) && !EXCLAIMED_ONLY.test(clause);
  // the ground of a claim asked next (耽误我活动了，有没有补偿？ / …，就这样吗？) asks as 损失谁赔 does
  const next = NEXT_CLAUSE.exec(text.slice(to))![0];
  return CLAIM.test(next) && CLAUSE_QUESTION.test(next) && !RHETORICAL_QUESTION.test(next);
}
/** Round 21: a question form closed by ！ and no ？ is exclaimed, not asked (你们到底还修不修了！): owed like a statement. */
const EXCLAIMED_ONLY = /^[^?？]*[!！][^?？\p{Script=Han}]*$/u, NEXT_CLAUSE = /^[^。.！!？?；;]*[?？]*/u, CLAIM = /补偿|赔|报销|就(?:这样|这么算了)[吗？?]/u;

/**
 * A rhetorical question (反问句) asserts the opposite of what it asks — 哪有工夫天天跟你们耗 says "I have no time for
 * this", 难道我还要再跑一趟 says "I should not have to" — and an exclamatory one judges instead of asking (怎么这么麻烦 / 凭什么
 * / round 19: 你们怎么搞的 / 怎么交代, put to the firm): a grievance stated, owed like any statement, though 哪 or ？ is in it.
 */
const RHETORICAL_QUESTION = /哪有|哪儿有|哪里有|哪能|哪来的?|难道|岂[不能有]|何必|何苦|[怎咋]么?[这那]么|这[是叫算]?什么|凭什么|[叫让]我(?:怎么|咋)|(?:到底|究竟)(?:是)?(?:[怎咋]么(?:管|搞)的|有没有人)|(?:你们|你)(?:这是|是|这)?[怎咋]么(?:搞|弄|做事|办事|干活|管|做)的|[怎咋]么(?:给我|跟我|向我)?交代/u;

export { resolution } from './resolution.js';

export const professionalismChecks = { politeness, empathy } satisfies Record<string, Scorer>;

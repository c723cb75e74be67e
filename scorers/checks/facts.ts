/**
 * Where each scenario fact was stated, and how: the correct value (expected or a variant), a known
 * wrong value, or the correct value negated (不是免费的 when the fact is 免费). Shared by
 * fact-accuracy, no-misinformation, resolution and verification; computed once per contact.
 *
 * Values match as written (exact, then homophone/fuzzy via text/fuzzy.ts) or in their canonical
 * value form (text/values.ts: 不收费 = 免费, 5个工作日 = 五工作日, 一周 = 7天, 3到5 = 3-5 …).
 *
 * Cues tie a value to its fact — 20元 said about parking is not the fee. How strongly a statement
 * is tied (`tie`) decides which fact takes shared words and whether a value counts at all:
 *   4  a cue in the value's own clause, or the value names its subject itself (满一年免违约金 for
 *      the cue 违约金; single-character cues do not count inside a value: 免费 is no 费 cue)
 *   3  a cue elsewhere in the value's sentence
 *   2  a cue elsewhere in the turn, or in the customer turn just before (the question it answers);
 *      every value of a fact without cues
 *   1  the customer raised the topic earlier (the answer came after a look-up or other questions),
 *      or the agent's previous turn named it (a fact answered across two turns) — only until the
 *      fact has been stated with a cue (tie ≥ 2): later values are then about something else
 *   0  no cue anywhere: counts only when the fact has no tied statement at all, and then only for
 *      a correct value or a wrong value specific enough to be one (去法院起诉, not 三个月), in a
 *      sentence that names no other fact
 * Within a sentence, a value whose own clause names the cue wins over one that does not:
 * in 安装费100元，光猫免费提供 the fee is 100元, and 免费 is about the modem.
 */
import type { Interaction } from '../../harness/interaction/types.js';
import type { FactSpec } from '../../harness/scenario/schema.js';
import { compileRubric, memoGet, memoSet, MISS, prepare, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import type { Rubric } from '../rubric/schema.js';
import type { ScoringScenario } from '../scorer.js';
import { findAll, type CompiledPhrase, type PhraseMatch } from '../text/fuzzy.js';
import { deniedAfter, negatorBefore, type NegationRules } from '../text/negation.js';
import { findValueIn, mayHoldValue, valueChars, valueFormOf, valueFormOfText } from '../text/values.js';
import { clauseBounds, quoteOf } from '../text/view.js';
import { asksValue, bareAnswer, newQuestions, repliesTo, sharesTopic } from './fact-questions.js';
import { correctsEarlier, takesBack } from './fact-corrections.js';
import { cueHits, cueSpans, firstMention, namesCuePart, otherFactsCue, overlaps, topicBefore, type CueHits } from './fact-cues.js';

export type StatementKind = 'correct' | 'wrong' | 'negated-correct';

/** How the value was recognised: as written, in its canonical value form, by sound, approximately. */
export type ValueMatchKind = 'exact' | 'canonical' | 'homophone' | 'fuzzy';

export interface FactStatement {
  kind: StatementKind;
  turn: PreparedTurn;
  match: PhraseMatch;
  /** The value of the fact spec that matched. */
  value: string;
  /** For negated-correct: the negator and its position. */
  negator?: string;
  how: ValueMatchKind;
  /** How strongly the statement is tied to its fact by cues, 0..4 (see the module doc). */
  tie: number;
  /** The value follows a self-correction marker (刚才口误了，应该是… / 我再确认了一下，是…). */
  corrects?: boolean;
}

export interface FactResult {
  fact: FactSpec;
  /** All statements, in transcript order. */
  statements: FactStatement[];
  /** The last statement decides whether the fact ended up stated correctly (agents correct themselves). */
  final: FactStatement | null;
}

/** One-entry cache (see context.ts prepare): the facts of the contact being scored. */
let last: { prepared: PreparedTranscript; scenario: ScoringScenario; rubric: Rubric; results: FactResult[] } | null = null;

const rulesByRubric = new WeakMap<Rubric, NegationRules>();

/** The rubric's negation rules (one object per rubric: this is asked for every new line). */
export function negationRules(rubric: Rubric): NegationRules {
  let rules = rulesByRubric.get(rubric);
  if (!rules) {
    const c = compileRubric(rubric);
    rules = { negators: c.negators, exceptions: c.vocab.negationExceptions, window: rubric.thresholds.negationWindow };
    rulesByRubric.set(rubric, rules);
  }
  return rules;
}

type RawStatement = Omit<FactStatement, 'turn' | 'tie'> & CueHits;

/** A value as written, compiled, in its canonical value form, and that form's Han characters (text/values.ts valueChars). */
type FactValue = [string, CompiledPhrase, string, string[]];

interface FactPhrases {
  correct: FactValue[];
  wrong: FactValue[];
}

const phrasesByFact = new WeakMap<CompiledRubric, WeakMap<FactSpec, FactPhrases>>();

/** The fact's values compiled once per rubric and fact, with their canonical value forms. */
function factPhrases(c: CompiledRubric, fact: FactSpec): FactPhrases {
  let byFact = phrasesByFact.get(c);
  if (!byFact) phrasesByFact.set(c, (byFact = new WeakMap()));
  let fp = byFact.get(fact);
  if (!fp) {
    const compile = (v: string): FactValue => {
      const canonical = valueFormOfText(v);
      return [v, c.phrase(v), canonical, valueChars(canonical)];
    };
    fp = { correct: [fact.expected, ...(fact.variants ?? [])].map(compile), wrong: (fact.wrong ?? []).map(compile) };
    byFact.set(fact, fp);
  }
  return fp;
}

/** A value said in another form (text/values.ts), as a match on the view. */
function canonicalMatches(t: PreparedTurn, value: string, canonical: string, written: string, needs: readonly string[]): PhraseMatch[] {
  // a line whose value form cannot hold the value (text/values.ts mayHoldValue): the form is not built
  if (!mayHoldValue(t.view.norm, needs)) return [];
  // a line no value-form rule touches: the canonical value is found only where the value as written is
  if (canonical === written && valueFormOf(t.view).identity) return [];
  return findValueIn(t.view, canonical).map((s) => ({ phrase: value, start: s.start, end: s.end, cost: 0, level: 'exact', quote: quoteOf(t.view, s.start, s.end) }));
}

const RANK: Record<ValueMatchKind, number> = { exact: 0, canonical: 1, homophone: 2, fuzzy: 3 };

/** A phrase match's level as a value match (plain phrases never match as construction patterns; mapped for completeness). */
const VALUE_KIND: Record<PhraseMatch['level'], ValueMatchKind> = { exact: 'exact', homophone: 'homophone', fuzzy: 'fuzzy', pattern: 'canonical', 'pattern-sound': 'homophone' };

/**
 * Occurrences of a fact's values in a turn, surest first: as written, in canonical value form, by
 * sound, approximately — so that where two values claim the same words, the surer reading wins.
 */
function valueMatches(t: PreparedTurn, values: FactPhrases['correct'], negators: ReadonlySet<string>): [string, PhraseMatch, ValueMatchKind, string?][] {
  const out: [string, PhraseMatch, ValueMatchKind, string?][] = [];
  for (const [value, phrase, canonical, needs] of values) {
    for (const m of findAll(t.view, phrase)) {
      const kind = VALUE_KIND[m.level];
      out.push(kind === 'fuzzy' ? [value, m, kind, polarityFlip(t.view.norm, m, phrase.norm, negators)] : [value, m, kind]);
    }
    for (const m of canonicalMatches(t, value, canonical, phrase.norm, needs)) out.push([value, m, 'canonical']);
  }
  return out.sort((a, b) => RANK[a[2]] - RANK[b[2]]);
}

/**
 * An approximate match that adds a negator (上门不免费 read as 上门免费) says the opposite of the value: the
 * edit the fuzzy match forgave is the polarity. The negator added, or undefined when the text holds no more
 * negators than the value or as many in parity (不免费 for 不收费 flips: 免 is one too). A negator of the value
 * missing from the text is left alone: there it is the recogniser's homophone (补卡工本费 for 不收工本费).
 */
function polarityFlip(norm: string, m: { start: number; end: number }, value: string, negators: ReadonlySet<string>): string | undefined {
  let said = 0;
  let first = '';
  for (let i = m.start; i < m.end; i++) {
    const ch = norm[i]!;
    if (negators.has(ch)) {
      said++;
      first ||= ch;
    }
  }
  let meant = 0;
  for (const ch of value) if (negators.has(ch)) meant++;
  return said > meant && (said - meant) % 2 === 1 ? first : undefined;
}

/** The memo key of a fact's statements on a line (per rubric and fact; looked up once per contact and fact). */
function factKey(c: CompiledRubric, fact: FactSpec): object {
  let key = c.memoKeys.facts.get(fact);
  if (!key) c.memoKeys.facts.set(fact, (key = {}));
  return key;
}

/** Value occurrences of one fact in one line with their cue hits (memoised per line and fact under `key`: factKey). */
function rawStatements(t: PreparedTurn, fact: FactSpec, rubric: Rubric, c: CompiledRubric, key: object): RawStatement[] {
  const hit = memoGet<RawStatement[]>(t, key);
  return hit !== MISS ? hit : memoSet(t, key, scanStatements(t, fact, rubric, c));
}

function scanStatements(t: PreparedTurn, fact: FactSpec, rubric: Rubric, c: CompiledRubric): RawStatement[] {
  const rules = negationRules(rubric);
  const out: RawStatement[] = [];
  const taken: PhraseMatch[] = [];
  const phrases = factPhrases(c, fact);
  const correct = valueMatches(t, phrases.correct, rules.negators);
  const wrong = valueMatches(t, phrases.wrong, rules.negators);
  for (const [value, m, how, flipped] of correct) {
    if (taken.some((x) => overlaps(x, m))) continue;
    // a wrong value read surer on the same words (复诊挂号费30元 as written, 复诊免挂号费 only approximately; 一周内上门
    // as written, 一天内上门 one syllable off) is what was said: the surer reading wins across the lists too
    if (wrong.some(([, w, wHow]) => RANK[wHow] < RANK[how] && overlaps(w, m))) continue;
    taken.push(m);
    const after = flipped ?? deniedAfter(t.view, m.end);
    const neg = after ? { char: after } : negatorBefore(t.view, m.start, rules);
    const cues = cueHits(t, fact, m, c);
    out.push(neg ? { kind: 'negated-correct', match: m, value, negator: neg.char, how, ...cues } : { kind: 'correct', match: m, value, how, ...cues });
  }
  for (const [value, m, how, flipped] of wrong) {
    // inside a correct statement (wrong 收费 within 不收费) or negated (不收费): not a wrong statement
    if (taken.some((x) => overlaps(x, m))) continue;
    taken.push(m);
    if (flipped || negatorBefore(t.view, m.start, rules) || deniedAfter(t.view, m.end)) continue;
    if (otherCaseAfterCorrect(t, m, out)) continue;
    out.push({ kind: 'wrong', match: m, value, how, ...cueHits(t, fact, m, c) });
  }
  return out.sort((a, b) => a.match.start - b.match.start);
}

/**
 * A wrong value said as another case's, after the correct one in the same turn: 不是百分之二十，是5%，离开车
 * 不足24小时才收百分之二十 — the clause before the value restricts it to a condition (才, 如果, 只有, …的话), so
 * it tells the customer which case the other value belongs to, not that this case has it.
 */
function otherCaseAfterCorrect(t: PreparedTurn, m: { start: number }, found: readonly RawStatement[]): boolean {
  if (!found.some((o) => o.kind === 'correct' && o.match.start < m.start)) return false;
  let k = m.start;
  while (k > 0 && !t.view.breakBefore[k]) k--;
  return OTHER_CASE.test(t.view.norm.slice(k, m.start));
}
const OTHER_CASE = /才|如果|要是|假如|只有|除非|的话/u;

function tieOf(r: RawStatement, hasCues: boolean, topic: { askedNow: boolean; raisedEarlier: boolean } | null): number {
  if (!hasCues) return 2;
  if (r.clauseHits > 0) return 4;
  if (r.hits > 0) return 3;
  if (r.turnHits > 0 || topic?.askedNow) return 2;
  if (topic?.raisedEarlier) return 1;
  return 0;
}

/**
 * A wrong value specific enough to be recognised without a cue: four or more characters, at least
 * three of them not digits (去法院起诉, 自行寄回) — unlike 三个月 or 24小时, which could be about anything. Round 25: so is an
 * exact amount (EXACT_AMOUNT: 一百九十八元 / 63元, not the round 50元) read off a record in a turn answering no new question.
 */
function specific(value: string): boolean {
  const norm = valueFormOfText(value);
  return norm.length >= 4 && norm.replace(/[\d.%:-]/gu, '').length >= 3;
}
const EXACT_AMOUNT = /^\d*[1-9]\d*[1-9]0*元$/u;

interface Candidate {
  fact: number;
  statement: FactStatement;
  hits: number;
  sentence: { start: number; end: number };
  byQuestion: boolean; // tied only as the reply to the customer's latest question (no cue anywhere)
  asked: boolean; // the customer asked a new question right before the turn
}

/** The clause (between punctuation breaks) holding a match, with the clause before it. */
function clauseAround(t: PreparedTurn, m: { start: number; end: number }): { start: number; end: number } {
  const [own, end] = clauseBounds(t.view, m.start, m.end);
  const start = own > 0 ? clauseBounds(t.view, own - 1, own)[0] : 0;
  return { start, end };
}

/** Which statements belong to which fact (see the module doc for ties). */
function assignStatements(p: PreparedTranscript, facts: readonly FactSpec[], rubric: Rubric): FactStatement[][] {
  const c = compileRubric(rubric);
  const tied: Candidate[] = [];
  const untied: Candidate[] = [];
  const answeredWithCue: boolean[] = facts.map(() => false);
  const firstMentions: (number | undefined)[] = [];
  const questions = newQuestions(p);
  const keys = facts.map((fact) => factKey(c, fact));
  // a value question the agent has not answered yet: it asked back or put the customer on hold, stating no value
  let open: PreparedTurn | undefined;
  for (let ti = 0; ti < p.agent.length; ti++) {
    const t = p.agent[ti]!;
    const candidates: Candidate[] = [];
    const question = questions[ti];
    if (question) open = asksValue(question) ? question : undefined;
    for (let fi = 0; fi < facts.length; fi++) {
      const fact = facts[fi]!;
      const raw = rawStatements(t, fact, rubric, c, keys[fi]!);
      if (!raw.length) continue;
      const hasCues = !!fact.cues?.length;
      let first = firstMentions[fi];
      if (hasCues && first === undefined) first = firstMentions[fi] = firstMention(p, fact, c);
      const topic = hasCues ? topicBefore(p, t, fact, c, first!) : null;
      for (const r of raw) {
        // Another value of this fact in the same sentence has the cue in its own clause: that one is the fact.
        // …unless that one corrects it (一个星期补上，刚才口误了，规定是四十八小时修复到位): the earlier value was said, and taken back
        if (hasCues && r.clauseHits === 0 && raw.some((o) => o !== r && o.sentence === r.sentence && o.clauseHits > 0 && !(o.match.start > r.match.end && correctsEarlier(t, o.match)))) continue;
        const corrects = correctsEarlier(t, r.match, p.agent[ti - 1]);
        // the fact was answered with its cue; the customer has since asked something else, and the value's
        // clause names the new question's topic, not a cue: 那改签要钱吗？— 改签本身不收费 is about 改签. A
        // self-correction (刚才口误了，应该是…) goes back to the fact whatever was asked in between
        if (!corrects && hasCues && question && answeredWithCue[fi] && r.clauseHits === 0 && !cueSpans(question, fact, c).length && sharesTopic(t, r.match, question)) continue;
        let tie = corrects ? Math.max(2, tieOf(r, hasCues, topic)) : tieOf(r, hasCues, topic);
        // the whole reply is the value, right after a question asking how much (收多少费？— 五百五十元):
        // the answer to it, tied as the answer to a question naming a cue is
        let byQuestion = false;
        if (tie === 0 && question && bareAnswer(t, r.match, question)) tie = 2;
        // the reply to the customer's latest value question (修一次要几天？— 大概一个月) answers it in whatever words it was asked,
        // unless another fact's value claims the same words; a value denied (不是5个工作日那种，…) sets another thing apart
        else if (tie === 0 && r.kind !== 'negated-correct' && question && repliesTo(p, t, question)) [tie, byQuestion] = [2, true];
        // …or to the value question left open by an ask-back or hold (多久能到？— 哪个区？— 东区 — 稍等 — 大概三天): tied like
        // a topic raised earlier (1: a later statement with a cue decides, and this one ties nothing after it)
        else if (tie === 0 && r.kind !== 'negated-correct' && !question && open) [tie, byQuestion] = [1, true];
        const statement: FactStatement = { kind: r.kind, turn: t, match: r.match, value: r.value, how: r.how, tie };
        if (r.negator !== undefined) statement.negator = r.negator;
        if (corrects) statement.corrects = true;
        candidates.push({ fact: fi, statement, hits: r.hits + r.clauseHits, sentence: { start: r.sentence, end: r.sentenceEnd }, byQuestion, asked: !!question });
      }
    }
    for (const cand of candidates) {
      const s = cand.statement;
      const stronger = candidates.some(
        (o) => o.fact !== cand.fact && overlaps(o.statement.match, s.match) && (o.statement.tie > s.tie || (o.statement.tie === s.tie && o.hits > cand.hits)),
      );
      if (stronger) continue;
      if (cand.byQuestion && candidates.some((o) => o.fact !== cand.fact && overlaps(o.statement.match, s.match))) continue;
      // a topic raised earlier ties only the answer to it: once the fact was stated with its cue,
      // a later value tied by nothing closer is about something else (停车20元 after the fee was given)
      if (s.tie === 1 && answeredWithCue[cand.fact]) continue;
      (s.tie > 0 ? tied : untied).push(cand);
    }
    for (const cand of candidates) if (cand.statement.tie >= 2) answeredWithCue[cand.fact] = true;
    if (candidates.length) open = undefined;
  }
  const out: FactStatement[][] = facts.map(() => []);
  for (const cand of tied) out[cand.fact]!.push(cand.statement);
  for (const cand of untied) {
    const s = cand.statement;
    // the value denied, then the agent corrects itself back to it (3个工作日？不是3个工作日… — later: 更正一下，
    // 是三个工作日): the correction ties the denial to its fact, whatever cue either sentence lacks. Given
    // later without a correction (不是5天那种… 退款是5天到账) the denial may be about anything
    if (s.kind === 'negated-correct' && restatedLater(s, out[cand.fact]!, untied, cand.fact)) {
      out[cand.fact]!.push(s);
      continue;
    }
    // the same for a wrong value: 冲了就开不了了 … 我更正一下，红冲后是可以重新开具的 — the correction says the
    // earlier words were about this fact, whichever correct value it gives
    if (s.kind === 'wrong' && correctedLater(s, out[cand.fact]!, untied, cand.fact)) {
      out[cand.fact]!.push(s);
      continue;
    }
    if (out[cand.fact]!.some((x) => x.tie > 0)) continue;
    if (s.kind === 'negated-correct' || (s.kind === 'wrong' && !specific(s.value) && (cand.asked || !EXACT_AMOUNT.test(valueFormOfText(s.value))) && !namesCuePart(s.turn, facts[cand.fact]!, clauseAround(s.turn, s.match)) && !amidFacts(s, cand.fact, tied, untied))) continue;
    if (tied.some((o) => o.statement.turn === s.turn && overlaps(o.statement.match, s.match))) continue;
    // the value's own clause and the one before it decide (照片现场拍，是免费的 takes its subject from
    // the clause before), not the whole sentence: one that lists several steps (先关闭阀门，…，千万别
    // 点火，我们的人半小时之内到) names other facts in clauses of their own
    // …except a fact already answered with its own value and cue (免费改期要提前十二小时 … 改期范围是三十天以内): its cue
    // names the topic again, and a value of this fact beside it (correct, or one of its listed wrong ones) is no second answer to that fact
    const settled = (fi: number) => out[fi]!.some((x) => x.tie >= 2 && x.kind === 'correct');
    if (otherFactsCue(s.turn, facts, cand.fact, s.value, clauseAround(s.turn, s.match), c, settled)) continue;
    out[cand.fact]!.push(s);
  }
  return out;
}

/** The turn of wrong value `s` states another fact (年卡1999元。另外，可以暂停15天): a listed wrong value there is this fact's. */
function amidFacts(s: FactStatement, fact: number, tied: readonly Candidate[], untied: readonly Candidate[]): boolean {
  const other = (o: Candidate) => o.fact !== fact && o.statement.turn === s.turn;
  return tied.some(other) || untied.some((o) => other(o) && o.statement.kind === 'correct');
}

/** A self-correction to the same value of the fact follows `s` (in a later turn, or later in its turn). */
function restatedLater(s: FactStatement, tiedOfFact: readonly FactStatement[], untied: readonly Candidate[], fact: number): boolean {
  const form = valueFormOfText(s.value);
  const same = (o: FactStatement) =>
    o.kind === 'correct' && o.corrects === true && (o.turn.index > s.turn.index || (o.turn === s.turn && o.match.start > s.match.end)) && (o.value === s.value || valueFormOfText(o.value) === form);
  return tiedOfFact.some(same) || untied.some((o) => o.fact === fact && same(o.statement));
}

/** A self-correction to a correct value of the fact follows the wrong value `s`, in the agent's next turn or later in its own. */
function correctedLater(s: FactStatement, tiedOfFact: readonly FactStatement[], untied: readonly Candidate[], fact: number): boolean {
  const after = (o: FactStatement) => o.turn.index > s.turn.index || (o.turn === s.turn && o.match.start > s.match.end);
  // …or later, when the correction says something was said wrong (报修后2小时内到场 … a side question … 我更正一下，刚才说错了，
  // 是6小时内) and nothing of the fact was said in between: it takes back the last thing said of the fact, however many
  // turns ago — a re-check (我再确认了一下，…) may answer a new question instead
  const between = (o: FactStatement) => tiedOfFact.some((x) => x !== o && x.turn.index > s.turn.index && x.turn.index < o.turn.index);
  const fixes = (o: FactStatement) => o.kind === 'correct' && o.corrects === true && after(o) && (nextAgentTurn(s.turn, o.turn) || (!between(o) && takesBack(o.turn, o.match)));
  return tiedOfFact.some(fixes) || untied.some((o) => o.fact === fact && fixes(o.statement));
}

/** `later` is `t` itself or at most the agent's next turn (a correction answers what was just said). */
function nextAgentTurn(t: PreparedTurn, later: PreparedTurn): boolean {
  return later.index - t.index <= NEXT_TURN_REACH;
}
/** Turns (of either speaker) between a wrong value and the correction that ties it: the customer's reply and a hold line. */
const NEXT_TURN_REACH = 4;

export function evaluateFacts(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric): FactResult[] {
  const p = prepare(interaction);
  if (last && last.prepared === p && last.scenario === scenario && last.rubric === rubric) return last.results;
  const facts = scenario.facts ?? [];
  const assigned = assignStatements(p, facts, rubric);
  const results = facts.map((fact, i) => {
    const statements = assigned[i]!.sort((a, b) => a.turn.index - b.turn.index || a.match.start - b.match.start);
    return { fact, statements, final: statements[statements.length - 1] ?? null };
  });
  last = { prepared: p, scenario, rubric, results };
  return results;
}

/** The first agent turn that states any fact value (correct or not): account information disclosed. */
export function firstFactTurn(results: FactResult[]): PreparedTurn | null {
  let first: PreparedTurn | null = null;
  for (const r of results) for (const s of r.statements) if (!first || s.turn.index < first.index) first = s.turn;
  return first;
}

/**
 * Where each scenario fact was stated, and how: the correct value (expected or a variant), a known
 * wrong value, or the correct value negated (不是免费的 when the fact is 免费). Shared by
 * fact-accuracy, no-misinformation, resolution and verification; computed once per contact.
 *
 * Cues: when a fact lists cues (补卡, 手续费 …), a value only counts in a sentence that mentions a
 * cue or in a reply to a customer turn mentioning one — 20元 said about parking is not the fee.
 * Within a sentence, a value whose own clause names the cue wins over one that does not:
 * in 安装费100元，光猫免费提供 the fee is 100元, and 免费 is about the modem.
 */
import type { Interaction } from '../../harness/interaction/types.js';
import type { FactSpec } from '../../harness/scenario/schema.js';
import { compileRubric, memoOn, prepare, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import type { Rubric } from '../rubric/schema.js';
import type { ScoringScenario } from '../scorer.js';
import { findAll, findPhrase, type CompiledPhrase, type PhraseMatch } from '../text/fuzzy.js';
import { negatorBefore, type NegationRules } from '../text/negation.js';

export type StatementKind = 'correct' | 'wrong' | 'negated-correct';

export interface FactStatement {
  kind: StatementKind;
  turn: PreparedTurn;
  match: PhraseMatch;
  /** The value of the fact spec that matched. */
  value: string;
  /** For negated-correct: the negator and its position. */
  negator?: string;
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

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

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

type RawStatement = Omit<FactStatement, 'turn'> & {
  /** Cue words of the fact in the value's sentence. */
  hits: number;
  /** Cue words of the fact in the value's own clause (between commas). */
  clauseHits: number;
  /** Start of the value's sentence (norm index), to compare statements of one sentence. */
  sentence: number;
};

interface FactPhrases {
  correct: [string, CompiledPhrase][];
  wrong: [string, CompiledPhrase][];
}

const phrasesByFact = new WeakMap<CompiledRubric, WeakMap<FactSpec, FactPhrases>>();

/** The fact's values compiled once per rubric and fact (asked for every new agent line). */
function factPhrases(c: CompiledRubric, fact: FactSpec): FactPhrases {
  let byFact = phrasesByFact.get(c);
  if (!byFact) phrasesByFact.set(c, (byFact = new WeakMap()));
  let fp = byFact.get(fact);
  if (!fp) {
    fp = {
      correct: [fact.expected, ...(fact.variants ?? [])].map((v): [string, CompiledPhrase] => [v, c.phrase(v)]),
      wrong: (fact.wrong ?? []).map((v): [string, CompiledPhrase] => [v, c.phrase(v)]),
    };
    byFact.set(fact, fp);
  }
  return fp;
}

/** Value occurrences of one fact in one line with their cue hits (memoised per line and fact). */
function rawStatements(t: PreparedTurn, fact: FactSpec, rubric: Rubric): RawStatement[] {
  const c = compileRubric(rubric);
  let key = c.memoKeys.facts.get(fact);
  if (!key) c.memoKeys.facts.set(fact, (key = {}));
  return memoOn(t, key, () => {
    const rules = negationRules(rubric);
    const out: RawStatement[] = [];
    const correctMatches: PhraseMatch[] = [];
    const phrases = factPhrases(c, fact);
    for (const [value, phrase] of phrases.correct) {
      for (const m of findAll(t.view, phrase)) {
        if (correctMatches.some((x) => overlaps(x, m))) continue;
        correctMatches.push(m);
        const neg = negatorBefore(t.view, m.start, rules);
        const cues = cueHits(t, fact, m, c);
        out.push(neg ? { kind: 'negated-correct', match: m, value, negator: neg.char, ...cues } : { kind: 'correct', match: m, value, ...cues });
      }
    }
    for (const [value, phrase] of phrases.wrong) {
      for (const m of findAll(t.view, phrase)) {
        // inside a correct statement (wrong 收费 within 不收费) or negated (不收费): not a wrong statement
        if (correctMatches.some((x) => overlaps(x, m))) continue;
        if (negatorBefore(t.view, m.start, rules)) continue;
        out.push({ kind: 'wrong', match: m, value, ...cueHits(t, fact, m, c) });
      }
    }
    return out.sort((a, b) => a.match.start - b.match.start);
  });
}

const SENTENCE_END = /[。！？!?；;\n]/u;
const CLAUSE_END = /[，,、。！？!?；;\n]/u;

/** The sentence or clause (in norm indexes) around a match, bounded by `ends` in the original text. */
function spanOf(t: PreparedTurn, m: PhraseMatch, ends: RegExp): { start: number; end: number } {
  const v = t.view;
  let start = m.start;
  while (start > 0 && !endsBetween(v.original, v.to[start - 1]!, v.from[start]!, ends)) start--;
  let end = m.end;
  while (end < v.norm.length && !endsBetween(v.original, v.to[end - 1]!, v.from[end]!, ends)) end++;
  return { start, end };
}

/** `ends` occurs in original[a, b): adjacent chars (a ≥ b, the usual case) need no slice or regex. */
function endsBetween(original: string, a: number, b: number, ends: RegExp): boolean {
  return a < b && ends.test(original.slice(a, b));
}

/** Cue words of the fact around the value, not counting the value itself (免费 is not a 费 cue). */
function cueHits(t: PreparedTurn, fact: FactSpec, m: PhraseMatch, c: CompiledRubric): { hits: number; clauseHits: number; sentence: number } {
  const sentence = spanOf(t, m, SENTENCE_END);
  if (!fact.cues?.length) return { hits: 0, clauseHits: 0, sentence: sentence.start };
  const clause = spanOf(t, m, CLAUSE_END);
  let hits = 0;
  let clauseHits = 0;
  for (const cue of fact.cues) {
    for (const x of findAll(t.view, c.phrase(cue))) {
      if (overlaps(x, m)) continue;
      if (x.start >= sentence.start && x.end <= sentence.end) hits++;
      if (x.start >= clause.start && x.end <= clause.end) clauseHits++;
    }
  }
  return { hits, clauseHits, sentence: sentence.start };
}

/** The customer turn this agent turn answers mentions a cue of the fact. */
function cueInQuestion(p: PreparedTranscript, t: PreparedTurn, fact: FactSpec, c: CompiledRubric): boolean {
  let prev: PreparedTurn | undefined;
  for (const x of p.customer) if (x.index < t.index) prev = x;
  if (!prev) return false;
  let key = c.memoKeys.cues.get(fact);
  if (!key) c.memoKeys.cues.set(fact, (key = {}));
  const q = prev;
  return memoOn(q, key, () => (fact.cues ?? []).some((cue) => findPhrase(q.view, c.phrase(cue)) !== null));
}

interface Candidate {
  fact: number;
  statement: FactStatement;
  hits: number;
}

/**
 * Which statements belong to which fact. A value needs a cue of its fact in the same sentence (or
 * in the customer question it answers); when two facts claim the same words (免费: 挂失费 or
 * 补卡费?), the fact with more cue words in that sentence takes them.
 */
function assignStatements(p: PreparedTranscript, facts: readonly FactSpec[], rubric: Rubric): FactStatement[][] {
  const c = compileRubric(rubric);
  const out: FactStatement[][] = facts.map(() => []);
  for (const t of p.agent) {
    const candidates: Candidate[] = [];
    facts.forEach((fact, fi) => {
      const raw = rawStatements(t, fact, rubric);
      if (!raw.length) return;
      const hasCues = !!fact.cues?.length;
      const asked = hasCues && cueInQuestion(p, t, fact, c);
      for (const r of raw) {
        if (hasCues && r.hits === 0 && !asked) continue;
        // Another value of this fact in the same sentence has the cue in its own clause: that one is the fact.
        if (hasCues && r.clauseHits === 0 && raw.some((o) => o !== r && o.sentence === r.sentence && o.clauseHits > 0)) continue;
        const statement: FactStatement = { kind: r.kind, turn: t, match: r.match, value: r.value };
        if (r.negator !== undefined) statement.negator = r.negator;
        candidates.push({ fact: fi, statement, hits: r.hits });
      }
    });
    for (const cand of candidates) {
      const stronger = candidates.some((o) => o.fact !== cand.fact && overlaps(o.statement.match, cand.statement.match) && o.hits > cand.hits);
      if (!stronger) out[cand.fact]!.push(cand.statement);
    }
  }
  return out;
}

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

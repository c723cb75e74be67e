/**
 * 规范性 (D.1.1): greeting, agent-id, closing, forbidden-words, verification (hold-etiquette:
 * silence-checks.ts, on the shared silence accounting).
 * Each check is a pure Scorer; the shared preparation (turn views, vocabularies) is cached.
 */
import {
  compileRubric,
  memoOn,
  type CompiledRubric,
  evidenceOf,
  findVocab,
  finding,
  noAgent,
  prepare,
  type PreparedTurn,
} from '../context.js';
import type { Evidence, Scorer } from '../scorer.js';
import { coveredBy, findAll, type PhraseMatch } from '../text/fuzzy.js';
import { quoteOf } from '../text/view.js';
import { evaluateFacts, firstFactTurn } from './facts.js';

const F = 'norms' as const;
const NO_AGENT = '全程没有人工坐席发言，无法评价';

export const greeting: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'greeting', 'na', NO_AGENT)];
  const first = p.agent[0]!;
  const c = compileRubric(rubric);
  const m = findVocab(c, 'greetings', first);
  const window = rubric.thresholds.greetingWindowChars;
  if (m && m.start < window) {
    return [finding(F, 'greeting', true, `坐席首句使用了问候语"${m.quote}"`, [evidenceOf(first, m.quote)], { details: { match: m.level } })];
  }
  const why = m ? `问候语"${m.quote}"出现得太晚（首句第${m.start + 1}个字之后，要求在前${window}个字内）` : '坐席首句没有使用问候语（如"您好"）';
  return [finding(F, 'greeting', false, why, [evidenceOf(first)])];
};

const idPatterns = new Map<number, RegExp>();
/** What follows 工号: optional 是/为, then the id (digits/letters, at least `min`). */
function idPattern(min: number): RegExp {
  let re = idPatterns.get(min);
  if (!re) idPatterns.set(min, (re = new RegExp(`^(?:是|为|:)?([0-9a-z]{${min},})`, 'u')));
  return re;
}

/** 工号 + digits in the first agent turns, or a name introduction (rubric regexes). */
export const agentId: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'agent-id', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const turns = p.agent.slice(0, rubric.thresholds.agentIdTurns);
  for (const t of turns) {
    const hit = agentIdIn(c, t, rubric.thresholds.agentIdMinDigits);
    if (hit) return [finding(F, 'agent-id', true, hit.kind === 'id' ? `坐席报了工号："${hit.quote}"` : `坐席做了自我介绍："${hit.quote}"`, [evidenceOf(t, hit.quote)], { details: { kind: hit.kind } })];
  }
  return [
    finding(F, 'agent-id', false, `坐席在前${turns.length}句中没有报工号或姓名`, turns.map((t) => evidenceOf(t))),
  ];
};

/** 工号/编号 followed by an id, or a name introduction, in one turn (memoised per line). */
function agentIdIn(c: CompiledRubric, t: PreparedTurn, minDigits: number): { kind: 'id' | 'name'; quote: string } | null {
  return memoOn(t, c.memoKeys.agentId, () => {
    const idRe = idPattern(minDigits);
    for (const kw of c.vocab.agentIdKeywords) {
      for (const m of findAll(t.view, kw)) {
        const id = idRe.exec(t.view.norm.slice(m.end, m.end + 16));
        if (id) return { kind: 'id' as const, quote: quoteOf(t.view, m.start, m.end + id[0].length) };
      }
    }
    for (const re of c.agentNamePatterns) {
      const m = re.exec(t.view.norm);
      if (m) return { kind: 'name' as const, quote: quoteOf(t.view, m.index, m.index + m[0].length) };
    }
    return null;
  });
}

export const closing: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'closing', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const last = p.agent.slice(-rubric.thresholds.closingTurns);
  for (let k = last.length - 1; k >= 0; k--) {
    const t = last[k]!;
    const m = findVocab(c, 'closings', t);
    if (m) return [finding(F, 'closing', true, `坐席使用了结束语"${m.quote}"`, [evidenceOf(t, m.quote)])];
  }
  return [finding(F, 'closing', false, '坐席结束服务时没有使用结束语（如"感谢您的来电，再见"）', last.map((t) => evidenceOf(t)))];
};

/** Forbidden-word hits in one turn (exceptions such as 不知道您… removed), memoised per line. */
function forbiddenIn(c: CompiledRubric, t: PreparedTurn): PhraseMatch[] {
  return memoOn(t, c.memoKeys.forbidden, () => {
    const hits: PhraseMatch[] = [];
    for (const w of c.vocab.forbidden) {
      for (const m of findAll(t.view, w)) {
        // "不知道，你…" is not the polite "不知道你是否…": coveredBy never crosses punctuation
        if (!coveredBy(t.view, m, c.vocab.forbiddenExceptions)) hits.push(m);
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  });
}

export const forbiddenWords: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'forbidden-words', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const evidence: Evidence[] = [];
  const words: string[] = [];
  for (const t of p.agent) {
    for (const m of forbiddenIn(c, t)) {
      evidence.push(evidenceOf(t, m.quote));
      words.push(m.quote);
    }
  }
  if (!evidence.length) return [finding(F, 'forbidden-words', true, '未发现服务禁用语', [], { deduct: 0 })];
  return [
    finding(F, 'forbidden-words', false, `坐席使用了${evidence.length}次服务禁用语：${[...new Set(words)].map((w) => `"${w}"`).join('、')}`, evidence, {
      deduct: evidence.length,
    }),
  ];
};

/**
 * N/A unless the scenario requires verification. Disclosure = the first agent turn that states a
 * scenario fact or uses a disclosure phrase (余额, 账单 …); verification must be asked before it.
 */
export const verification: Scorer = (interaction, scenario, rubric) => {
  if (!scenario.requires?.verification) return [finding(F, 'verification', 'na', '本场景不要求核实身份')];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'verification', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const asked = firstWith(c, 'verification', p.agent);
  const disclosureByPhrase = p.agent.find((t) => findVocab(c, 'disclosure', t));
  const disclosureByFact = firstFactTurn(evaluateFacts(interaction, scenario, rubric));
  const disclosed = [disclosureByPhrase, disclosureByFact].filter((x): x is PreparedTurn => !!x).sort((a, b) => a.index - b.index)[0];
  if (!asked) {
    return [finding(F, 'verification', false, disclosed ? '坐席未核实客户身份就透露了账户信息' : '坐席全程未核实客户身份', disclosed ? [evidenceOf(disclosed)] : [])];
  }
  if (disclosed && disclosed.index < asked.t.index) {
    return [
      finding(F, 'verification', false, `坐席在核实身份（第${asked.t.index + 1}句）之前就透露了账户信息（第${disclosed.index + 1}句）`, [
        evidenceOf(disclosed),
        evidenceOf(asked.t, asked.m!.quote),
      ]),
    ];
  }
  return [finding(F, 'verification', true, `坐席在提供账户信息前核实了客户身份："${asked.m!.quote}"`, [evidenceOf(asked.t, asked.m!.quote)])];
};

/** The first turn using a phrase of `vocab`, with the match (stops at the first hit). */
function firstWith(c: CompiledRubric, vocab: 'verification', turns: readonly PreparedTurn[]): { t: PreparedTurn; m: PhraseMatch } | undefined {
  for (const t of turns) {
    const m = findVocab(c, vocab, t);
    if (m) return { t, m };
  }
  return undefined;
}

/** The 规范性 family, in catalogue order. */
export const normsChecks = { greeting, 'agent-id': agentId, closing, 'forbidden-words': forbiddenWords, verification } satisfies Record<string, Scorer>;


/**
 * 准确性 (supplementary sheet; 5.1.1 服务信息准确性): fact-accuracy (one finding per scenario fact)
 * and no-misinformation (any known-wrong value, or the correct value negated).
 */
import { evidenceOf, finding, noAgent, prepare } from '../context.js';
import type { Interaction } from '../../harness/interaction/types.js';
import type { Finding, MatchKind, Scorer } from '../scorer.js';
import { evaluateFacts, type FactResult, type FactStatement } from './facts.js';

const F = 'accuracy' as const;

/** Base confidence and matchKind by how a value matched. */
const BY_HOW = { exact: [0.95, 'exact'], canonical: [0.9, 'pattern'], homophone: [0.8, 'pinyin'], fuzzy: [0.6, 'fuzzy'] } as const;

/**
 * Confidence of a statement (the scale of Finding.confidence): how the value matched — as written
 * 0.95, canonical value form (不收费 for 免费, 五个工作日内) 0.9, homophone 0.8, fuzzy 0.6 — lowered
 * when only the dialogue around it ties the value to its fact (0.9×) or nothing does (0.7×).
 */
export function statementConfidence(s: FactStatement): { confidence: number; matchKind: MatchKind } {
  const [base, matchKind] = BY_HOW[s.how];
  const tie = s.tie >= 3 ? 1 : s.tie >= 1 ? 0.9 : 0.7;
  return { confidence: round(base * tie), matchKind };
}

/**
 * "Not stated" is a judgement from absence: surer in a chat (the words are as typed) than in a
 * call, where the recogniser may have garbled the value — the lower the agent turns' ASR
 * confidence, the less sure.
 */
export function absenceConfidence(interaction: Interaction): number {
  // one-entry cache: asked once per missing fact of the contact being scored
  if (lastAbsence && lastAbsence.interaction === interaction && lastAbsence.turns === interaction.turns.length) return lastAbsence.value;
  const value = computeAbsenceConfidence(interaction);
  lastAbsence = { interaction, turns: interaction.turns.length, value };
  return value;
}

let lastAbsence: { interaction: Interaction; turns: number; value: number } | null = null;

function computeAbsenceConfidence(interaction: Interaction): number {
  const confs = interaction.turns.filter((t) => t.speaker === 'agent' && typeof t.confidence === 'number').map((t) => t.confidence!);
  if (interaction.channel !== 'voice' || !confs.length) return interaction.channel === 'voice' ? 0.75 : 0.85;
  const mean = confs.reduce((a, b) => a + b, 0) / confs.length;
  return round(0.85 * Math.min(1, Math.max(0.5, mean / 0.95)));
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

function withConfidence(f: Finding, c: { confidence: number; matchKind: MatchKind }): Finding {
  f.confidence = c.confidence;
  f.matchKind = c.matchKind;
  return f;
}

export const factAccuracy: Scorer = (interaction, scenario, rubric) => {
  // confidence: see statementConfidence (a statement decided) and absenceConfidence (nothing found)
  const facts = evaluateFacts(interaction, scenario, rubric);
  if (!facts.length) return [finding(F, 'fact-accuracy', 'na', '本场景没有设定需核对的业务要点')];
  if (noAgent(prepare(interaction))) return facts.map((r) => finding(F, 'fact-accuracy', 'na', '全程没有人工坐席发言，无法评价', [], { details: { fact: r.fact.key } }));
  return facts.map((r): Finding => {
    const label = r.fact.label ?? r.fact.key;
    const details = { fact: r.fact.key, expected: r.fact.expected, statements: r.statements.length };
    const evidence = r.statements.map((s) => evidenceOf(s.turn, s.match.quote));
    const f = r.final;
    if (!f) {
      return withConfidence(finding(F, 'fact-accuracy', false, `坐席没有告知${label}（应为"${r.fact.expected}"）`, [], { details }), {
        confidence: absenceConfidence(interaction),
        matchKind: 'absence',
      });
    }
    if (f.kind === 'correct') {
      const earlierWrong = r.statements.some((s) => s.kind !== 'correct');
      const how = { exact: '', canonical: '（同值的另一种说法）', homophone: '（按读音匹配）', fuzzy: '（近似匹配）' }[f.how];
      return withConfidence(
        finding(F, 'fact-accuracy', true, `坐席正确告知了${label}："${f.match.quote}"${how}${earlierWrong ? '，此前说错已更正' : ''}`, evidence, {
          details: { fact: details.fact, expected: details.expected, statements: details.statements, stated: f.match.quote, level: f.how, tie: f.tie },
        }),
        statementConfidence(f),
      );
    }
    const said = f.kind === 'wrong' ? `"${f.match.quote}"` : `"${f.negator}${f.match.quote}"（否定了正确值）`;
    return withConfidence(
      finding(F, 'fact-accuracy', false, `坐席告知的${label}有误：说的是${said}，应为"${r.fact.expected}"`, evidence, {
        details: { fact: details.fact, expected: details.expected, statements: details.statements, stated: f.match.quote, level: f.how, tie: f.tie },
      }),
      statementConfidence(f),
    );
  });
};

export const noMisinformation: Scorer = (interaction, scenario, rubric) => {
  const facts = evaluateFacts(interaction, scenario, rubric);
  if (!facts.length) return [finding(F, 'no-misinformation', 'na', '本场景没有设定需核对的业务要点')];
  if (noAgent(prepare(interaction))) return [finding(F, 'no-misinformation', 'na', '全程没有人工坐席发言，无法评价')];
  // plain loops: flatMap + filter + map per contact showed up in cold-path profiles
  const wrong: { r: FactResult; s: FactStatement }[] = [];
  for (const r of facts) for (const s of r.statements) if (s.kind !== 'correct') wrong.push({ r, s });
  if (!wrong.length) {
    // nothing wrong found: as sure as the statements that were found, or as an absence
    const stated = facts.flatMap((r) => (r.final ? [statementConfidence(r.final).confidence] : []));
    const confidence = stated.length === facts.length ? Math.min(...stated, 0.9) : Math.min(absenceConfidence(interaction), ...stated);
    return [withConfidence(finding(F, 'no-misinformation', true, '未发现错误信息', [], { deduct: 0 }), { confidence, matchKind: 'absence' })];
  }
  wrong.sort((a, b) => a.s.turn.index - b.s.turn.index || a.s.match.start - b.s.match.start);
  const parts = wrong.map(({ r, s }) => `${r.fact.label ?? r.fact.key}说成"${s.kind === 'wrong' ? s.match.quote : `${s.negator}${s.match.quote}`}"（应为"${r.fact.expected}"）`);
  const surest = wrong.map(({ s }) => statementConfidence(s)).sort((a, b) => b.confidence - a.confidence)[0]!;
  return [
    withConfidence(
      finding(F, 'no-misinformation', false, `坐席提供了${wrong.length}处错误信息：${parts.join('；')}`, wrong.map(({ s }) => evidenceOf(s.turn, s.match.quote)), {
        deduct: wrong.length,
        details: { facts: [...new Set(wrong.map(({ r }) => r.fact.key))] },
      }),
      surest,
    ),
  ];
};

export const accuracyChecks = { 'fact-accuracy': factAccuracy, 'no-misinformation': noMisinformation } satisfies Record<string, Scorer>;

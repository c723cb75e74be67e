/**
 * 准确性 (supplementary sheet; 5.1.1 服务信息准确性): fact-accuracy (one finding per scenario fact)
 * and no-misinformation (any known-wrong value, or the correct value negated). Confidence follows
 * how the deciding value matched (exact > homophone > fuzzy); a fact never stated is an absence.
 */
import { CONFIDENCE, matchConfidence, matchKindOf, withConfidence } from '../confidence.js';
import { evidenceOf, finding, noAgent, prepare } from '../context.js';
import type { Finding, Scorer } from '../scorer.js';
import { evaluateFacts, type FactResult, type FactStatement } from './facts.js';

const F = 'accuracy' as const;

export const factAccuracy: Scorer = (interaction, scenario, rubric) => {
  const facts = evaluateFacts(interaction, scenario, rubric);
  if (!facts.length) return [finding(F, 'fact-accuracy', 'na', '本场景没有设定需核对的业务要点')];
  if (noAgent(prepare(interaction))) return facts.map((r) => finding(F, 'fact-accuracy', 'na', '全程没有人工坐席发言，无法评价', [], { details: { fact: r.fact.key } }));
  return facts.map((r): Finding => {
    const label = r.fact.label ?? r.fact.key;
    const details = { fact: r.fact.key, expected: r.fact.expected, statements: r.statements.length };
    const evidence = r.statements.map((s) => evidenceOf(s.turn, s.match.quote));
    const f = r.final;
    if (!f) return withConfidence(finding(F, 'fact-accuracy', false, `坐席没有告知${label}（应为"${r.fact.expected}"）`, [], { details }), CONFIDENCE.absence, 'absence');
    if (f.kind === 'correct') {
      const earlierWrong = r.statements.some((s) => s.kind !== 'correct');
      const how = f.match.level === 'exact' ? '' : f.match.level === 'homophone' ? '（按读音匹配）' : '（近似匹配）';
      const found = finding(F, 'fact-accuracy', true, `坐席正确告知了${label}："${f.match.quote}"${how}${earlierWrong ? '，此前说错已更正' : ''}`, evidence, {
        details: { fact: details.fact, expected: details.expected, statements: details.statements, stated: f.match.quote, level: f.match.level },
      });
      return withConfidence(found, matchConfidence(f.match), matchKindOf(f.match));
    }
    const said = f.kind === 'wrong' ? `"${f.match.quote}"` : `"${f.negator}${f.match.quote}"（否定了正确值）`;
    const wrong = finding(F, 'fact-accuracy', false, `坐席告知的${label}有误：说的是${said}，应为"${r.fact.expected}"`, evidence, {
      details: { fact: details.fact, expected: details.expected, statements: details.statements, stated: f.match.quote },
    });
    return withConfidence(wrong, matchConfidence(f.match), matchKindOf(f.match));
  });
};

export const noMisinformation: Scorer = (interaction, scenario, rubric) => {
  const facts = evaluateFacts(interaction, scenario, rubric);
  if (!facts.length) return [finding(F, 'no-misinformation', 'na', '本场景没有设定需核对的业务要点')];
  if (noAgent(prepare(interaction))) return [finding(F, 'no-misinformation', 'na', '全程没有人工坐席发言，无法评价')];
  // plain loops: flatMap + filter + map per contact showed up in cold-path profiles
  const wrong: { r: FactResult; s: FactStatement }[] = [];
  for (const r of facts) for (const s of r.statements) if (s.kind !== 'correct') wrong.push({ r, s });
  if (!wrong.length) return [withConfidence(finding(F, 'no-misinformation', true, '未发现错误信息', [], { deduct: 0 }), CONFIDENCE.absence + 0.05, 'absence')];
  wrong.sort((a, b) => a.s.turn.index - b.s.turn.index || a.s.match.start - b.s.match.start);
  const parts = wrong.map(({ r, s }) => `${r.fact.label ?? r.fact.key}说成"${s.kind === 'wrong' ? s.match.quote : `${s.negator}${s.match.quote}`}"（应为"${r.fact.expected}"）`);
  const f = finding(F, 'no-misinformation', false, `坐席提供了${wrong.length}处错误信息：${parts.join('；')}`, wrong.map(({ s }) => evidenceOf(s.turn, s.match.quote)), {
    deduct: wrong.length,
    details: { facts: [...new Set(wrong.map(({ r }) => r.fact.key))] },
  });
  // as sure as the surest wrong statement (one sure error is enough to fail)
  const best = wrong.reduce((a, b) => (matchConfidence(b.s.match) > matchConfidence(a.s.match) ? b : a));
  return [withConfidence(f, matchConfidence(best.s.match), matchKindOf(best.s.match))];
};

export const accuracyChecks = { 'fact-accuracy': factAccuracy, 'no-misinformation': noMisinformation } satisfies Record<string, Scorer>;

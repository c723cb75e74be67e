import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../scorers/rubric/schema.js';
import { SCORERS } from '../../scorers/registry.js';
import { scoreContact } from '../../scorers/score.js';
import { chat, rubric, scenario } from './helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '补卡费', expected: '20元', cues: ['补卡'] }] });

describe('scoreContact', () => {
  it('runs every catalogue check, in catalogue order', () => {
    const r = scoreContact(chat([['agent', '您好', 1000]]), S, rubric);
    expect([...new Set(r.findings.map((f) => f.check))]).toEqual([...CHECK_IDS]);
    expect(Object.keys(SCORERS).sort()).toEqual([...CHECK_IDS].sort());
  });

  it('every finding has a Chinese reason and well-formed evidence', () => {
    const i = chat([
      ['agent', '您好，工号1024为您服务', 1000],
      ['customer', '补卡多少钱', 3000],
      ['agent', '补卡20元，感谢您的咨询，再见', 6000],
    ]);
    for (const f of scoreContact(i, S, rubric).findings) {
      expect(f.reason, f.check).toMatch(/[\u4e00-\u9fff]/u);
      for (const e of f.evidence) {
        expect(e.atMs).toBeGreaterThanOrEqual(0);
        if (e.turn !== null) expect(i.turns[e.turn]!.text.includes(e.quote) || e.quote.startsWith(i.turns[e.turn]!.text)).toBe(true);
      }
    }
  });

  it('is a function of its inputs: interleaving contacts does not change results', () => {
    const a = chat([['agent', '您好，工号1024为您服务，补卡20元', 1000]]);
    const b = chat([['agent', '什么事', 1000]]);
    const first = JSON.stringify(scoreContact(a, S, rubric));
    scoreContact(b, S, rubric);
    expect(JSON.stringify(scoreContact(a, S, rubric))).toBe(first);
  });

  it('re-scores a transcript that grew since it was last scored', () => {
    const i = chat([['agent', '您好', 1000]]);
    expect(scoreContact(i, S, rubric).findings.find((f) => f.check === 'closing')!.pass).toBe(false);
    i.turns.push({ speaker: 'agent', text: '感谢您的咨询，再见', startMs: 2000, endMs: 2000 });
    expect(scoreContact(i, S, rubric).findings.find((f) => f.check === 'closing')!.pass).toBe(true);
  });
});

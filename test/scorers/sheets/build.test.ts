import { describe, expect, it } from 'vitest';
import { syntheticInteraction } from '../../../bench/synthetic-transcripts.js';
import type { Rubric, RubricSheet } from '../../../scorers/rubric/schema.js';
import type { Finding } from '../../../scorers/scorer.js';
import { scoreContact } from '../../../scorers/score.js';
import { buildContactSheets, buildSheet } from '../../../scorers/sheets/build.js';
import { chat, rubric, scenario } from '../helpers.js';

const f = (check: Finding['check'], pass: Finding['pass'], extra: Partial<Finding> = {}): Finding => ({ check, family: 'norms', pass, evidence: [], reason: `${check}原因`, ...extra });

const sheet = (over: Partial<RubricSheet> = {}): RubricSheet => ({
  id: 'T.1',
  title: '测试表',
  dimension: '测试',
  group: 'quality',
  supplementary: false,
  level: 'contact',
  veto: [],
  items: [
    { item: '流程', content: '流程规范', max: 10, checks: ['greeting', 'closing'], deduct: [], manual: false, naChannels: [] },
    { item: '用语', content: '用语规范', max: 8, checks: [], deduct: [{ check: 'forbidden-words', points: 3 }], manual: false, naChannels: [] },
    { item: '人工', content: '评估人员打分', max: 5, checks: [], deduct: [], manual: true, naChannels: [] },
    { item: '语速', content: '语速', max: 4, checks: ['speech-rate'], deduct: [], manual: false, naChannels: ['webchat'] },
  ],
  ...over,
});

describe('buildSheet', () => {
  it('proportional credit, deductions, manual and channel N/A', () => {
    const s = buildSheet(sheet(), [f('greeting', true), f('closing', false), f('forbidden-words', false, { deduct: 1 }), f('speech-rate', 'na')], 'webchat');
    expect(s.items.map((i) => [i.status, i.score])).toEqual([
      ['scored', 5],
      ['scored', 5],
      ['manual', null],
      ['na', null],
    ]);
    expect(s).toMatchObject({ total: 10, max: 18, manualMax: 5, normalised: 55.56 });
    expect(s.items[0]!.note).toContain('结束语✗（closing原因）');
  });

  it('deductions floor at 0', () => {
    const s = buildSheet(sheet(), [f('greeting', true), f('closing', true), f('forbidden-words', false, { deduct: 9 })], 'voice');
    expect(s.items[1]).toMatchObject({ score: 0, status: 'scored' });
  });

  it('an item whose checks are all N/A leaves the maximum', () => {
    const s = buildSheet(sheet(), [f('greeting', 'na'), f('closing', 'na'), f('forbidden-words', true, { deduct: 0 }), f('speech-rate', true)], 'voice');
    expect(s.items[0]!.status).toBe('na');
    expect(s.max).toBe(8 + 4);
    expect(s.total).toBe(12);
    expect(s.normalised).toBe(100);
  });

  it('partial credit from finding.score', () => {
    const s = buildSheet(sheet(), [f('greeting', false, { score: 0.5 }), f('closing', true)], 'voice');
    expect(s.items[0]!.score).toBe(7.5);
  });

  it('check weights', () => {
    const weighted = sheet();
    weighted.items[0] = { ...weighted.items[0]!, checks: [{ check: 'greeting', weight: 3 }, 'closing'] };
    const s = buildSheet(weighted, [f('greeting', true), f('closing', false)], 'voice');
    expect(s.items[0]!.score).toBe(7.5);
  });

  it('a failed veto check zeroes the sheet, N/A and manual items stay as they are', () => {
    const s = buildSheet(sheet({ veto: [{ check: 'no-misinformation', reason: '提供错误信息' }] }), [f('greeting', true), f('closing', true), f('forbidden-words', true, { deduct: 0 }), f('no-misinformation', false)], 'webchat');
    expect(s.total).toBe(0);
    expect(s.veto).toMatchObject({ check: 'no-misinformation', reason: '提供错误信息' });
    expect(s.items.map((i) => i.status)).toEqual(['veto', 'veto', 'manual', 'na']);
    expect(s.items[0]!.note).toContain('一票否决');
  });

  it('a passed veto check changes nothing', () => {
    const s = buildSheet(sheet({ veto: [{ check: 'no-misinformation', reason: 'x' }] }), [f('greeting', true), f('closing', true), f('forbidden-words', true, { deduct: 0 }), f('no-misinformation', true)], 'webchat');
    expect(s.veto).toBeUndefined();
    expect(s.total).toBe(18);
  });
});

describe('default rubric on real transcripts', () => {
  it('builds every contact-level sheet of the rubric, in order', () => {
    const r = scoreContact(chat([['agent', '您好', 1000]]), scenario(), rubric);
    expect(r.sheets.map((s) => s.sheetId)).toEqual(rubric.sheets.filter((s) => s.level === 'contact').map((s) => s.id));
  });

  it('D.3.1: only 调研覆盖率 is scored, the rest is N/A', () => {
    const r = scoreContact(chat([['agent', '您好，稍后请对我的服务进行评价', 1000]]), scenario(), rubric);
    const d31 = r.sheets.find((s) => s.sheetId === 'D.3.1')!;
    expect(d31.items.map((i) => i.status)).toEqual(['na', 'scored', 'na', 'na']);
    expect(d31).toMatchObject({ total: 5, max: 5, normalised: 100 });
  });

  it('invariants over 300 generated transcripts: 0 ≤ score ≤ max, totals add up, N/A excluded', () => {
    const withFacts = scenario({
      facts: [{ key: 'fee', label: '手续费', expected: '20元', wrong: ['50元'], cues: ['手续费'] }],
      requiredInfo: [{ key: 'id', patterns: ['身份证'] }],
      requires: { verification: true, reference: true, empathy: true },
    });
    for (let seed = 1; seed <= 300; seed++) {
      const i = syntheticInteraction(seed, 10 + (seed % 31));
      const { sheets, qualityScore } = scoreContact(i, seed % 2 ? withFacts : scenario(), rubric);
      for (const s of sheets) {
        let total = 0;
        let max = 0;
        for (const it of s.items) {
          if (it.status === 'na' || it.status === 'manual') {
            expect(it.score).toBeNull();
            continue;
          }
          expect(it.score).toBeGreaterThanOrEqual(0);
          expect(it.score!).toBeLessThanOrEqual(it.max);
          total += it.score!;
          max += it.max;
        }
        expect(s.total).toBeCloseTo(total, 2);
        expect(s.max).toBeCloseTo(max, 2);
        expect(s.total).toBeLessThanOrEqual(s.max);
        if (s.veto) expect(s.total).toBe(0);
      }
      if (qualityScore !== null) {
        expect(qualityScore).toBeGreaterThanOrEqual(0);
        expect(qualityScore).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('buildContactSheets', () => {
  it('skips run-level sheets (D.2.1 is built from a whole run)', () => {
    const sheets = buildContactSheets(rubric as Rubric, [], 'webchat');
    expect(sheets.some((s) => s.sheetId === 'D.2.1')).toBe(false);
  });
});

/**
 * The corpus table is how the scorers' accuracy is read: with many sets it must still fit a
 * terminal, mark every cell below the target, and count the checks at target per set.
 */
import { describe, expect, it } from 'vitest';
import { formatCorpusReports, type CorpusReport, type CorpusRow } from '../../bench/score-corpus.js';
import { CHECK_IDS } from '../../scorers/rubric/schema.js';

function report(set: string, greeting: Partial<CorpusRow>): CorpusReport {
  const rows = CHECK_IDS.map((check): CorpusRow => ({ check, tp: 0, fp: 0, fn: 0, tn: 0, naWhenLabelled: 0, precision: null, recall: null }));
  Object.assign(rows.find((r) => r.check === 'greeting')!, greeting);
  Object.assign(rows.find((r) => r.check === 'closing')!, { tp: 10, fp: 0, fn: 0, tn: 5, precision: 1, recall: 1 });
  return { set, contacts: 20, derivedDuration: 0, unparsed: [], rows, misses: [], scoreMs: 100 };
}

describe('formatCorpusReports', () => {
  const good = { tp: 19, fp: 0, fn: 0, tn: 1, precision: 1, recall: 1 };
  const weak = { tp: 9, fp: 1, fn: 3, tn: 7, precision: 0.9, recall: 0.75 };

  it('prints P/R cells with a star under the target once there are more sets than the threshold', () => {
    const text = formatCorpusReports([report('independent-a', good), report('independent-b', weak), report('independent-c', good), report('independent-d', good)]);
    const greeting = text.split('\n').find((l) => l.trimStart().startsWith('greeting'))!;
    expect(greeting).toMatch(/│\s+100\/100\s+90\.0\/75\.0\*\s+100\/100\s+100\/100\s*$/u);
    const atTarget = text.split('\n').find((l) => l.includes('checks at target'))!;
    expect(atTarget.split('│')[1]!.trim().split(/\s+/u)).toEqual(['2', '1', '2', '2']);
    expect(text).toContain('independent-b: 1 checks meet the targets; below: greeting');
    expect(text).not.toContain('TP  FP  FN');
  });

  it('keeps the full TP/FP/FN columns for a few sets', () => {
    const text = formatCorpusReports([report('independent-b', weak)]);
    expect(text).toContain('TP  FP  FN naL');
    expect(text).toMatch(/greeting\s+│\s+90\.0\s+75\.0\s+9\s+1\s+3\s+0/u);
  });
});

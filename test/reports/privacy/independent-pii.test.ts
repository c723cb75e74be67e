/**
 * The masker on PII lines written apart from it (test/fixtures/pii-independent, by the lead, before
 * the masker existed): every labelled personal value must be gone from the masked text, and every
 * service value (hotlines, 工号, amounts, dates, ticket numbers) must still be readable.
 * Figures at the time of writing: 39/39 masked (37/39 before the kin-term and 我姓 cues), 21/21 kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maskText } from '../../../reports/privacy/mask.js';

interface Line {
  text: string;
  pii: { kind: string; value: string }[];
  keep: string[];
}

const lines = JSON.parse(readFileSync('test/fixtures/pii-independent/labelled.json', 'utf8')) as Line[];

describe('masker on the independent PII lines', () => {
  const results = lines.map((l) => ({ l, out: maskText(l.text) }));

  it('masks every labelled personal value (phone, 身份证号, bank card, e-mail, address, name)', () => {
    const missed = results.flatMap(({ l, out }) => l.pii.filter((p) => out.includes(p.value)).map((p) => `${p.kind} ${p.value} → ${out}`));
    expect(lines.reduce((n, l) => n + l.pii.length, 0)).toBeGreaterThanOrEqual(39);
    expect(missed).toEqual([]);
  });

  it('keeps hotlines, 工号, amounts, dates and ticket numbers readable', () => {
    const lost = results.flatMap(({ l, out }) => l.keep.filter((k) => !out.includes(k)).map((k) => `${k} → ${out}`));
    expect(lost).toEqual([]);
  });
});

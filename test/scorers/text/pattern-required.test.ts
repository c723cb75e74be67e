/**
 * The gates in front of a construction pattern's expressions (scorers/text/pattern-required.ts
 * and patterns.ts spansOf): the exact expression runs only on lines holding its characters, and
 * the exact one is skipped where the form by sound found nothing and covers it. Neither may change
 * a span: spansOf is compared with running both expressions unconditionally, for every pattern of
 * the rubric, on the development corpora's lines and on lines built from the patterns' own sounds.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRubric } from '../../../scorers/context.js';
import { soundFormCovers } from '../../../scorers/text/pattern-required.js';
import { clauseTextOf, compilePattern, mayMatch, spansOf, type CompiledPattern, type PatternSpan } from '../../../scorers/text/patterns.js';
import { canonicalCode } from '../../../scorers/text/pinyin.js';
import { buildView, mayHoldChar, type TextView } from '../../../scorers/text/view.js';
import { rubric } from '../helpers.js';

/** What spansOf did before the gates: the exact expression, then the one by sound where the line has homophones of the pattern's characters. */
function reference(view: TextView, p: CompiledPattern): PatternSpan[] {
  const ct = clauseTextOf(view);
  const out: PatternSpan[] = [];
  const run = (re: RegExp, text: string, bySound: boolean, into: PatternSpan[]) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let s = m.index;
      let e = m.index + m[0].length;
      while (s < e && text[s] === '|') s++;
      while (e > s && text[e - 1] === '|') e--;
      if (e > s) into.push({ start: ct.normAt[s]!, end: ct.normAt[e - 1]! + 1, bySound });
    }
  };
  run(p.exact, ct.text, false, out);
  // both expressions, always: no gate (the gate once skipped lines whose homophone was itself the representative)
  if (p.bySound) {
    const exact = out.length;
    const sound: PatternSpan[] = [];
    run(p.bySound, ct.bySound, true, sound);
    for (const s of sound) if (!out.slice(0, exact).some((x) => x.start < s.end && s.start < x.end)) out.push(s);
  }
  return out;
}

function rubricPatterns(): CompiledPattern[] {
  const c = compileRubric(rubric);
  return [...Object.values(c.vocabs).flatMap((v) => v.index.patterns.map((e) => e.item)), ...c.agentNamePatterns];
}

/** Agent and customer lines of the development corpora (never the holdout set). */
function corpusLines(): string[] {
  const lines = new Set<string>();
  for (const set of ['independent-dev', 'independent-dev2a', 'independent-dev2b', 'independent-dev3a', 'independent-dev3b']) {
    const text = readFileSync(new URL(`../../corpus/${set}/contacts.jsonl`, import.meta.url), 'utf8');
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      for (const t of (JSON.parse(raw) as { turns?: { text?: unknown }[] }).turns ?? []) if (typeof t.text === 'string') lines.add(t.text);
    }
  }
  return [...lines];
}

describe('spansOf with its gates', () => {
  const patterns = rubricPatterns();

  it('finds the same spans as running both expressions, on every development-corpus line', () => {
    const lines = corpusLines();
    expect(lines.length).toBeGreaterThan(1000);
    let compared = 0;
    let found = 0;
    for (const line of lines) {
      const view = buildView(line);
      for (const p of patterns) {
        if (!mayMatch(view, p)) continue;
        const want = reference(view, p);
        expect(spansOf(view, p, []), `${p.source} on ${line}`).toEqual(want);
        compared++;
        found += want.length;
      }
    }
    // the comparison covered real matches, not only lines where nothing matches
    expect(found).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(10_000);
  });

  it('finds the same spans on lines made of the patterns\' characters and their homophones', () => {
    const chars = new Set<string>();
    for (const p of patterns) for (const ch of p.source.match(/[\u4e00-\u9fff]/gu) ?? []) chars.add(ch);
    // homophones of the pattern characters met so far (their representatives), and clause breaks
    const alphabet = [...chars, ...[...chars].map((ch) => String.fromCharCode(canonicalCode(ch.charCodeAt(0)))), '，', '3'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 2, maxLength: 14 }), (list) => {
        const view = buildView(list.join(''));
        for (const p of patterns) if (mayMatch(view, p)) expect(spansOf(view, p, [])).toEqual(reference(view, p));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('keeps appending to the caller\'s array', () => {
    const p = compilePattern('工号\\d+');
    const out: PatternSpan[] = [{ start: 0, end: 1, bySound: false }];
    expect(spansOf(buildView('公号幺零二三'), p, out)).toBe(out);
    expect(out).toEqual([{ start: 0, end: 1, bySound: false }, { start: 0, end: 6, bySound: true }]);
  });
});

describe('the character filter of a view', () => {
  it('holds the normalised text\'s characters, not their homophones', () => {
    const view = buildView('您好，工号 1023。');
    for (const ch of '您好工号1023') expect(mayHoldChar(view, ch.charCodeAt(0))).toBe(true);
    // 公 sounds like 工 (the token filter says "may"), but is not in the line
    expect(mayHoldChar(view, '公'.charCodeAt(0))).toBe(false);
  });
});

describe('soundFormCovers', () => {
  it('holds for literals, positive classes and groups', () => {
    expect(soundFormCovers('(?:您|你)自己[^|]{0,8}(?:问|查)')).toBe(true);
    expect(soundFormCovers('工号\\d+')).toBe(true);
    expect(soundFormCovers('(?=工号)工')).toBe(true);
  });

  it('fails where a homophone is rejected by sound but accepted exactly', () => {
    expect(soundFormCovers('(?:您|你)(?!们)')).toBe(false);
    expect(soundFormCovers('(?<!不)知道')).toBe(false);
    expect(soundFormCovers('工[^号]')).toBe(false);
    // escapes by code point are not rewritten by sound
    expect(soundFormCovers('\\u5de5号')).toBe(false);
    expect(soundFormCovers('\\p{Script=Han}号')).toBe(false);
  });

  it('ignores negations without Han characters', () => {
    expect(soundFormCovers('工号(?!\\d)')).toBe(true);
    expect(soundFormCovers('工号[^|]')).toBe(true);
  });
});

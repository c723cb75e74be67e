/**
 * The sound-pair gate in front of a construction pattern's expressions (pattern-required.ts
 * requiredPairs, patterns.ts pairsMayOccur, view.ts pair filter): a line is ruled out only when no
 * match exists, exactly or by sound. Checked against running both expressions, for every pattern of
 * the rubric, on the development corpora's lines and on lines made of the patterns' own characters.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRubric } from '../../../scorers/context.js';
import { requiredPairs } from '../../../scorers/text/pattern-pairs.js';
import { clauseTextOf, compilePattern, mayMatch, pairsMayOccur, type CompiledPattern } from '../../../scorers/text/patterns.js';
import { canonicalCode } from '../../../scorers/text/pinyin.js';
import { buildView, mayHold, type TextView } from '../../../scorers/text/view.js';
import { rubric } from '../helpers.js';

/** Whether either expression matches the line at all (non-empty), ignoring every gate. */
function matchesAtAll(view: TextView, p: CompiledPattern): boolean {
  const ct = clauseTextOf(view);
  const any = (re: RegExp, text: string) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].replaceAll('|', '').length > 0) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
    return false;
  };
  return any(p.exact, ct.text) || (p.bySound !== null && any(p.bySound, ct.bySound));
}

/** The sound gate before this one (every required sound set present): only such lines can match. */
function soundsOccur(view: TextView, p: CompiledPattern): boolean {
  return p.required.every((set) => set.some((id) => mayHold(view, id)));
}

function rubricPatterns(): CompiledPattern[] {
  const c = compileRubric(rubric);
  const all = Object.values(c.vocabs).flatMap((v) => [...v.index.patterns.map((e) => e.item), ...v.categories.flatMap((cat) => cat.exceptionPatterns)]);
  return [...all, ...c.agentNamePatterns];
}

function corpusLines(): string[] {
  const lines = new Set<string>();
  for (const set of ['independent-dev', 'independent-dev2a', 'independent-dev2b', 'independent-dev3a', 'independent-dev3b', 'independent-dev4a', 'independent-dev5a']) {
    const text = readFileSync(new URL(`../../corpus/${set}/contacts.jsonl`, import.meta.url), 'utf8');
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      for (const t of (JSON.parse(raw) as { turns?: { text?: unknown }[] }).turns ?? []) if (typeof t.text === 'string') lines.add(t.text);
    }
  }
  return [...lines];
}

describe('requiredPairs', () => {
  it('takes the first two characters of each literal word and the junctions of literal atoms', () => {
    expect(requiredPairs('(?:一直|总是|老是)(?:打不通|占线)')).toEqual([
      ['打不', '占线'],
      ['一直', '总是', '老是'],
    ]);
    expect(requiredPairs('(?:是|就是)(?:你|您)', 3)).toEqual([['是你', '是您']]);
  });

  it('lets repeats, negated classes and escapes end a run', () => {
    expect(requiredPairs('是?你')).toEqual([]);
    expect(requiredPairs('工号\\d+')).toEqual([['工号']]);
    expect(requiredPairs('(?:^|\\|)好[^|]{0,8}的')).toEqual([]);
    expect(requiredPairs('\\u5de5号')).toEqual([]); // the escape's hex digits are no literals
    expect(requiredPairs('(不(?:能|行)\\p{Script=Han}?)就是\\1')).toEqual([['就是'], ['不能', '不行']]);
  });

  it('reads anchors, lookarounds and the clause mark as nothing of the line, and an optional atom as either', () => {
    expect(requiredPairs('工(?!作)号')).toEqual([['工号']]);
    expect(requiredPairs('(?:好|真)\\|(?:快|准)(?:$|\\|)')).toEqual([['好快', '好准', '真快', '真准']]);
    expect(requiredPairs('(?:你|您)(?:是)?(?:猪|傻子)', 1)).toEqual([['你是', '你猪', '你傻', '您是', '您猪', '您傻']]);
    expect(requiredPairs('(?:等一会儿?|等着)吧?$', 1)).toEqual([['等一', '等着']]);
  });

  it('pairs a group with its backreference word by word', () => {
    expect(requiredPairs('(?:^|\\|)(能|对|是)\\1\\1', 1)).toEqual([['能能', '对对', '是是']]);
    expect(requiredPairs('(?:(能)|对)\\1')).toEqual([]); // the group may not take part: the backreference then matches nothing
  });

  it('needs a pair in every branch of a top-level alternation', () => {
    expect(requiredPairs('识字吗|不识字')).toEqual([['识字', '不识']]);
    expect(requiredPairs('识字吗|不')).toEqual([]);
  });
});

describe('the sound-pair gate', () => {
  const patterns = rubricPatterns();

  it('never rules out a development-corpus line that a pattern matches', () => {
    const lines = corpusLines();
    expect(lines.length).toBeGreaterThan(1000);
    let matched = 0;
    let ruledOut = 0;
    for (const line of lines) {
      const view = buildView(line);
      for (const p of patterns) {
        if (!soundsOccur(view, p)) continue;
        if (matchesAtAll(view, p)) {
          matched++;
          expect(pairsMayOccur(view, p), `${p.source} on ${line}`).toBe(true);
        } else if (!pairsMayOccur(view, p)) ruledOut++;
      }
    }
    expect(matched).toBeGreaterThan(100);
    // and it does rule lines out: the point of the gate
    expect(ruledOut).toBeGreaterThan(10_000);
    // every rubric pattern over every line of seven corpora: ~14 s of CPU alone, ~1 min at load 30 — keep it
    // whole (it is the proof the gate is sound) and give it room beyond the suite's 120 s on a starved machine
  }, 600_000);

  it('never rules out a matching line made of the patterns\' characters and their homophones', () => {
    const chars = new Set<string>();
    for (const p of patterns) for (const ch of p.source.match(/[\u4e00-\u9fff]/gu) ?? []) chars.add(ch);
    const alphabet = [...chars, ...[...chars].map((ch) => String.fromCharCode(canonicalCode(ch.charCodeAt(0)))), '，', '3'];
    // pieces of the patterns' own words make matches likely
    const words = patterns.flatMap((p) => p.source.match(/[\u4e00-\u9fff]{2,}/gu) ?? []);
    const piece = fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...words));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 8 }), (list) => {
        const view = buildView(list.join(''));
        for (const p of patterns) if (soundsOccur(view, p) && matchesAtAll(view, p)) expect(pairsMayOccur(view, p), p.source).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('is part of mayMatch', () => {
    const p = compilePattern('(?:一直|总是)打不通');
    expect(mayMatch(buildView('我一直打不通'), p)).toBe(true);
    expect(mayMatch(buildView('公号一直打不通'), p)).toBe(true);
    // every sound of the pattern, none side by side
    expect(mayMatch(buildView('通知一下，打折不直'), p)).toBe(false);
  });
});

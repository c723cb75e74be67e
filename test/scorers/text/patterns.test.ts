import { describe, expect, it } from 'vitest';
import { clauseTextOf, compilePattern, mayMatch, patternSpans, requiredChars } from '../../../scorers/text/patterns.js';
import { buildView } from '../../../scorers/text/view.js';

const spans = (text: string, pattern: string) => {
  const view = buildView(text);
  return patternSpans(view, compilePattern(pattern)).map((s) => ({ quote: text.slice(view.from[s.start]!, view.to[s.end - 1]!), bySound: s.bySound }));
};

describe('construction patterns', () => {
  it('match a construction with words between its parts, within one clause', () => {
    expect(spans('您自己到营业厅问吧', '(?:你|您)自己…(?:问|查)')).toEqual([{ quote: '您自己到营业厅问', bySound: false }]);
    // `…` never crosses punctuation: 自己 and 查 are in different clauses here
    expect(spans('您自己看一下，我帮您查', '(?:你|您)自己…(?:问|查)')).toEqual([]);
  });

  it('anchor to clause breaks with \\|', () => {
    expect(spans('好的，不知道。', '(?:^|\\|)不知道(?:$|\\|)')).toEqual([{ quote: '不知道', bySound: false }]);
    expect(spans('不知道您方便吗', '(?:^|\\|)不知道(?:$|\\|)')).toEqual([]);
  });

  it('match ASR homophones by sound, marked as such', () => {
    expect(spans('公号幺零二三', '工号\\d+')).toEqual([{ quote: '公号幺零二三', bySound: true }]);
  });

  it('see numbers as digits (说了三遍 → 说了3遍)', () => {
    expect(spans('跟你说了三遍了', '说了\\d+遍')).toHaveLength(1);
  });
});

describe('requiredChars (the cheap gate before a pattern runs)', () => {
  it('finds mandatory characters and skips optional parts and lookarounds', () => {
    const sets = requiredChars('(?:你|您)?自己(?!们)…(?:问|查)');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect([...s].every((ch) => '自己问查'.includes(ch))).toBe(true);
  });

  it('gives no set for what it cannot read, so the pattern always runs', () => {
    expect(requiredChars('\\d+号')).toEqual([new Set('号')]);
    expect(requiredChars('\\d{4,}')).toEqual([]);
    expect(requiredChars('[一-龥]+')).toEqual([]);
  });

  it('counts lower-case ASCII literals, never the letters of an escape', () => {
    expect(requiredChars('(?:tmd|sb)')).toEqual([new Set('ts')]);
    expect(requiredChars('4g流量', 4)).toEqual([new Set('4'), new Set('g'), new Set('流'), new Set('量')]);
    expect(requiredChars('\\u4e00号')).toEqual([new Set('号')]);
    expect(requiredChars('\\u{4e00}\\x41\\cJ\\p{L}号')).toEqual([new Set('号')]);
  });

  it('keeps up to maxSets mandatory sets (two unless asked)', () => {
    expect(requiredChars('您自己去问')).toHaveLength(2);
    expect(requiredChars('您自己去问', 4)).toHaveLength(4);
  });

  it('rules a line out only when no required sound occurs in it', () => {
    const p = compilePattern('有完没完');
    expect(mayMatch(buildView('请问还有其他问题吗'), p)).toBe(false);
    // same sounds, other characters: the gate lets it through for the by-sound pass
    expect(mayMatch(buildView('有玩没玩'), p)).toBe(true);
  });
});

describe('clause text', () => {
  it('maps clause-marked positions back to the normalised text', () => {
    const view = buildView('您好，工号 1023。');
    const ct = clauseTextOf(view);
    expect(ct.text).toBe(`您好|工号1023`);
    expect(view.norm[ct.normAt[ct.text.indexOf('工')]!]).toBe('工');
  });
});

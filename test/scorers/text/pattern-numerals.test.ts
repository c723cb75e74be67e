import { describe, expect, it } from 'vitest';
import { withNormalisedNumerals } from '../../../scorers/text/pattern-numerals.js';
import { compilePattern, patternSpans } from '../../../scorers/text/patterns.js';
import { buildView } from '../../../scorers/text/view.js';

const quotes = (text: string, pattern: string) => {
  const view = buildView(text);
  return patternSpans(view, compilePattern(pattern)).map((s) => text.slice(view.from[s.start]!, view.to[s.end - 1]!));
};

describe('numerals written in words in a pattern', () => {
  it('match the line whose numerals the normaliser turned into digits', () => {
    // the line reads 一定会给您1个答复 once normalised: the pattern as written never met it
    expect(quotes('我们一定会给您一个答复的', '给您一个答复')).toEqual(['给您一个答复']);
    expect(quotes('这件事九成是系统延迟', '九成是')).toEqual(['九成是']);
    expect(quotes('您这两天留意一下短信', '这两天')).toEqual(['这两天']);
  });

  it('still match the words where the normaliser keeps them (一下, 十分)', () => {
    expect(quotes('麻烦您稍等一下', '稍等一下')).toEqual(['稍等一下']);
    expect(quotes('十分抱歉', '十分抱歉')).toEqual(['十分抱歉']);
  });

  it('accept a lone 一/两 before a group, whose measure word lies outside the run', () => {
    expect(quotes('已经跑了两趟了', '跑了(?:两|几)(?:趟|次)')).toEqual(['跑了两趟']);
    expect(quotes('就差一份材料', '差(?:一|半)(?:份|张)')).toEqual(['差一份']);
  });

  it('add the digit to a class of numerals, not to a range or a negated class', () => {
    expect(withNormalisedNumerals('第[一二]次')).toBe('第[一二12]次');
    expect(withNormalisedNumerals('[^一]个')).toBe('[^一]个');
    expect(quotes('这是第二次打来了', '第[一二]次')).toEqual(['第二次']);
  });

  it('leave a quantified last character and non-numeral patterns as written', () => {
    expect(withNormalisedNumerals('一?次性')).toBe('一?次性');
    expect(withNormalisedNumerals('您自己[^|]{0,8}问')).toBe('您自己[^|]{0,8}问');
    expect(withNormalisedNumerals('(?<!第)三天')).toBe('(?<!第)(?:三天|3天)');
  });
});

import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase } from '../../../scorers/text/fuzzy.js';
import { deniedAfter, negatorBefore, type NegationRules } from '../../../scorers/text/negation.js';
import { viewOf } from '../../../scorers/text/view.js';

const rules: NegationRules = {
  negators: new Set(['不', '没', '无', '未', '非', '别', '免']),
  exceptions: ['没问题', '不客气', '非常'].map((p) => compilePhrase(p)),
  window: 4,
};

function negated(text: string, value: string): boolean | null {
  const v = viewOf(text);
  const m = findPhrase(v, compilePhrase(value));
  if (!m) return null;
  return negatorBefore(v, m.start, rules) !== null;
}

describe('negation', () => {
  it('不收费 does not state 收费', () => {
    expect(negated('这项业务不收费', '收费')).toBe(true);
    expect(negated('这项业务收费20元', '收费')).toBe(false);
  });

  it('免费 states 免费 (the negator is part of the value), 不免费 negates it', () => {
    expect(negated('补卡是免费的', '免费')).toBe(false);
    expect(negated('补卡不是免费的', '免费')).toBe(true);
  });

  it('没有 before a value negates it', () => {
    expect(negated('没有手续费', '手续费')).toBe(true);
  });

  it('stops at punctuation', () => {
    expect(negated('不用担心，手续费是20元', '20元')).toBe(false);
  });

  it('ignores set phrases that negate nothing, even without punctuation (ASR)', () => {
    expect(negated('没问题20元', '20元')).toBe(false);
    expect(negated('非常便宜20元', '20元')).toBe(false);
  });

  it('looks back only as far as the window', () => {
    expect(negated('不过呢我们这边的手续费是20元', '20元')).toBe(false);
  });

  it('a negator negates the value only across copulas, modals and charging verbs', () => {
    expect(negated('这个不是7天', '7天')).toBe(true);
    expect(negated('不需要预约', '预约')).toBe(true);
    expect(negated('没有手续费', '手续费')).toBe(true);
    // 没 belongs to 注意, 不 to 知道: the value after them is stated, not negated
    expect(negated('您没注意可以开专票', '可以开专票')).toBe(false);
    expect(negated('您不知道7天内可以退', '7天')).toBe(false);
  });

  it('没法 / 无法 / 没办法 (cannot) negate the value after them', () => {
    expect(negated('这笔没法原路返还', '原路返还')).toBe(true);
    expect(negated('系统无法按月分期', '按月分期')).toBe(true);
    expect(negated('我们没办法当天寄出', '当天寄出')).toBe(true);
    // 办法 is only a gap word after a negator: on its own it negates nothing
    expect(negated('办法是按月分期', '按月分期')).toBe(false);
  });

  it('a value denied by what follows it in its clause (是不可能的, 肯定来不了, 不行)', () => {
    const denied = (text: string, value: string) => {
      const v = viewOf(text);
      const m = findPhrase(v, compilePhrase(value))!;
      return deniedAfter(v, m.end);
    };
    expect(denied('上门换电池是不可能的，没有这项服务', '上门换电池')).toBe('不');
    expect(denied('两天内肯定寄不了', '两天内')).toBeNull(); // 寄 is not among the verbs: stays a statement
    expect(denied('两天内肯定到不了，仓库排满了', '两天内')).toBe('不');
    expect(denied('分期付款没这个选项', '分期付款')).toBe('没');
    // a condition (…不行的话), a new clause in unpunctuated speech (…用过就不行), a comma, an affirming 少不了
    expect(denied('线上办理不行的话再去网点', '线上办理')).toBeNull();
    expect(denied('十天内没拆封可以换拆过就不行了', '十天内没拆封可以换')).toBeNull();
    expect(denied('线上办理，不行就去网点', '线上办理')).toBeNull();
    expect(denied('赠品少不了', '赠品')).toBeNull();
  });
});

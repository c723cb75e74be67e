/**
 * complaint (issue 10, round 6): complaints by structure — effort repeated and still failing, effort wasted (白 + verb),
 * the notice never given, the customer mistreated with an aggravating 还/竟然, effort to read without result — and
 * numerals inside idioms (乱七八糟 / 七上八下, which the numeral rewriting turns into digits). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const complaintSeen = (said: string) => empathyAfter(said, '好的，我查一下', '请提供一下您的预约号') !== 'na';

describe('complaint: effort, notice, mistreatment, idioms with numerals', () => {
  it('is a complaint', () => {
    for (const said of [
      '连续两周都没约上号',
      '为了等师傅我白请了一天假',
      '停水也不提前通知，一家子没法做饭',
      '那个保安竟然吼我',
      '说明书我研究了一晚上都没弄懂',
      '你们的收费单写得乱七八糟',
      '结果出来前我心里七上八下的',
      '在窗口排了十几个小时',
      '我催了你们几十回',
    ]) {
      expect(complaintSeen(said), said).toBe(true);
    }
  });

  it('look-alikes are none', () => {
    for (const said of ['我明白了，那我下午再去', '我连着三天都在家，随时可以上门', '停水会提前通知吗', '保安说了要登记', '我看了半天终于找到了', '为什么一直显示待审核呀']) {
      expect(complaintSeen(said), said).toBe(false);
    }
  });
});

/**
 * Round 24 readings for verification (the words say X, the text machinery read Y):
 * - a match by sound that starts on the second syllable of a two-character word — 以 of 可以 / 所以, 一 of 统一 / 万一 —
 *   is that word, not the 已 an action pattern wants: 我可以帮您改到周五 offers, 已帮您改到周五 reports the change done;
 * - the copula closing its clause with the value slot empty (您那份申请的编号是？) asks for the value, it reads nothing out;
 * - the check verb's measure said as 个 (核对个信息哈，… / 核个身份，…) is 一下: the verb as a clause of its own frames the
 *   ask beside it, as 核实下，… does.
 * - 这儿 / 这里 after the agent are 这边: 我这儿看到球拍3号就发出了 is the read-off report 我这边看到… is.
 * Wordings are our own (a tennis club, a pension office, a bicycle rental).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const says = (line: string, check = '麻烦报一下会员手机尾号，我核对一下') =>
  only(
    verification(
      chat([
        ['agent', '您好，青松网球俱乐部前台，请讲', 1000],
        ['customer', '我想问问我订的场地', 2000],
        ['agent', line, 3000],
        ['customer', '好', 4000],
        ['agent', check, 5000],
        ['customer', '三八二六', 6000],
        ['agent', '好的，核对无误', 7000],
      ]),
      needs,
      rubric,
    ),
  ).pass;

describe('verification readings (round 24)', () => {
  it('可以 / 统一 before 帮您 + a change offer nothing done', () => {
    for (const line of ['场地的事不归前台管，不过我可以帮您转到教练组', '雨天的场次我们会统一帮您改到室内馆', '所以帮您换到周五也行，您看呢']) {
      expect(says(line), line).toBe(true);
    }
    for (const line of ['已经帮您把场地改到周五了', '我这边帮您转到周五晚上了']) {
      expect(says(line), line).toBe(false);
    }
  });

  it('the copula with its value slot empty asks', () => {
    expect(says('您那份申请的编号是？')).toBe(true);
    expect(says('您那台车的里程是？我这边登记一下')).toBe(true);
    expect(says('您那份申请的编号是YL2031')).toBe(false);
  });

  it('核对个信息 as a clause of its own frames the ask beside it', () => {
    const checkedFirst = (ask: string) =>
      only(
        verification(
          chat([
            ['agent', '您好，蓝车单车客服，请讲', 1000],
            ['customer', '我的押金怎么还没退', 2000],
            ['agent', ask, 3000],
            ['customer', '订单号R2231，尾号0415，王青', 4000],
            ['agent', '您的押金已经退到原支付账户了', 5000],
          ]),
          needs,
          rubric,
        ),
      ).pass;
    expect(checkedFirst('麻烦发一下订单号。核对个信息哈，手机尾号四位加下单人名字')).toBe(true);
    expect(checkedFirst('麻烦发一下订单号。核个身份，下单人名字说一下')).toBe(true);
    // a key asked with no check said locates the record: the refund read out is before any check
    expect(checkedFirst('麻烦发一下订单号和下单人名字')).toBe(false);
  });

  it('这儿 / 这里 after the agent read as 这边', () => {
    for (const line of ['我这儿看到球拍3号就发出了', '我这里看到场地费12月1日已经扣了']) expect(says(line), line).toBe(false);
    expect(says('我这儿可以帮您查一下场地，您稍等')).toBe(true);
  });
});

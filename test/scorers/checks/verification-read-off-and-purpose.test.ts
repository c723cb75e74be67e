/**
 * verification, by structure [S22 5.3.3.2; S21 核实是客户本人后为其查询]: the stated purpose (为了核实车主身份 + any ask) is
 * the check; the read-off report (我看到 / 系统显示 / 这边查到 + the customer or their organisation + what the record
 * holds) is a disclosure; a lookup key the agent confirmed (信息一致) is the check even when a later turn names more
 * data. Our own wordings (a marina, a water utility, a print shop).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const passes = (lines: [string, string][]) =>
  only(
    verification(
      chat([
        ['agent', '您好，游艇码头客服，请问有什么可以帮您', 1000],
        ...lines.flatMap(([a, c], k) => [['agent', a, 2000 + k * 2000], ['customer', c, 3000 + k * 2000]] as [('agent' | 'customer'), string, number][]),
        ['agent', '好的，还有其他可以帮您的吗', 90000],
      ]),
      needs,
      rubric,
    ),
  ).pass;

describe('verification: the purpose names whose identity is checked', () => {
  it('为了核实船主身份 + an ask is the check', () => {
    expect(passes([['为了核实船主身份，麻烦报一下泊位合同编号', '合同编号HB2209'], ['好的，您的泊位费已经缴到明年三月', '好']])).toBe(true);
  });
  it('a mention of the ID card to bring is no check', () => {
    expect(passes([['办理时请带身份证原件', '好的'], ['您的泊位费已经缴到明年三月', '好']])).toBe(false);
  });
});

describe('verification: the read-off report is a disclosure', () => {
  it('我看到 + the customer or their organisation + what the record holds, before any check, fails', () => {
    for (const said of ['我看到贵公司上个季度少缴了两笔水费', '我看到您这户的水表上周换过一次', '系统显示你们公司有一张发票还没认证']) {
      expect(passes([[said, '嗯'], ['为了核实户主身份，请报一下户主姓名', '林某']]), said).toBe(false);
    }
  });
  it("the customer's own words, their side of the line or a masked tail only are no disclosure", () => {
    for (const said of ['我看到您说的那个情况了，别着急', '看到您是尾号6620的号码来电', '系统显示您的账号尾号5514']) {
      expect(passes([[said, '嗯'], ['为了核实户主身份，请报一下户主姓名', '林某'], ['好的，您这户上月用水12吨', '好']]), said).toBe(true);
    }
  });
});

describe('verification: a confirmed lookup key stays the check', () => {
  it('信息一致 on the key, a disclosure, then a later mention of reserved data: passes', () => {
    expect(
      passes([
        ['请您把账号绑定的手机号发一下', '13900001111'],
        ['信息一致，谢谢。查到您那笔印刷订单，实付320元', '好'],
        ['您的预留号码我这边已经备注了', '好'],
      ]),
    ).toBe(true);
  });
});

describe('verification: what the customer holds, said with the familiar pronoun', () => {
  it('你名下有… before any check fails, as 您名下 does', () => {
    expect(passes([['你名下有两个泊位，都在B区', '嗯'], ['为了核实船主身份，请报一下船主姓名', '林某']])).toBe(false);
  });
});

describe('verification: 对了 + a check after the answer is an afterthought', () => {
  it('the agent answered, then 对了，还得核实一下您的信息: fails', () => {
    expect(passes([['请问您要办理什么', '退泊位押金多久到账'], ['好的，退款三个工作日内原路退回', '好'], ['对了，还得核实一下您的信息，请报一下预留手机号后四位', '6620']])).toBe(false);
  });
  it('a check asked first, without 对了, before the answer: passes', () => {
    expect(passes([['请问您要办理什么', '退泊位押金多久到账'], ['先核实一下您的信息，请报一下预留手机号后四位', '6620'], ['好的，退款三个工作日内原路退回', '好']])).toBe(true);
  });
});

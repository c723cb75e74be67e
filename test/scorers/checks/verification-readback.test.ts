/**
 * verification: a read-back of the customer's own record before any identity check fails — the record
 * pointed at with a demonstrative + measure word (您这张年卡里还剩…), seen straight on the account
 * (这边看到您账户…), or an amount read off it (您账号下积分…). A general rule or the customer's
 * problem (您这个情况) discloses nothing. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const readBackFirst = (said: string) =>
  chat([
    ['agent', '您好，游泳馆客服，请问有什么可以帮您', 1000],
    ['customer', '我想问下我的年卡', 2000],
    ['agent', said, 3000],
    ['agent', '为了核实身份，请报一下持卡人姓名和手机号后四位', 4000],
    ['customer', '李某，3344', 5000],
  ]);

describe('verification: read-backs before the check', () => {
  it('fail the check', () => {
    for (const said of ['您这张年卡里现在还剩42次', '您这份合同是因为没签字退回的', '我这边看到您账户上周五那笔续费', '您账号下积分还有1200']) {
      expect(only(verification(readBackFirst(said), needs, rubric)).pass, said).toBe(false);
    }
  });

  it('a general rule or the customer\'s problem is no read-back', () => {
    for (const said of ['您这个情况目前很多人遇到，年卡可以顺延', '退款会退回您付款的那张卡上，三个工作日到账', '您这个问题现在可以线上处理']) {
      expect(only(verification(readBackFirst(said), needs, rubric)).pass, said).toBe(true);
    }
  });
});

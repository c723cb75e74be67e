/**
 * verification: the customer's record read back before the check, in three structures — a particular
 * record stated as what it is (您这张X是…), what the agent sees said at a clause start (看到您…扣了),
 * and the look-up announced then the record in the next clause (我看一下，您目前…). Look-alikes: a
 * question about the record, a rule about what may be done with it, the customer's words echoed, a
 * request to wait. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const saidBeforeCheck = (said: string) =>
  chat([
    ['agent', '您好，物业服务中心，请问有什么可以帮您', 1000],
    ['customer', '我家停车位的月租想问一下', 2000],
    ['agent', said, 3000],
    ['agent', '办理前先核实一下，请报一下业主姓名和手机号后四位', 4000],
    ['customer', '周某，5566', 5000],
  ]);

describe('verification: record statements before the check', () => {
  it('fail the check', () => {
    for (const said of [
      '您这份车位合同是去年九月签的',
      '您这笔月租的缴费状态为已逾期',
      '看到您车位本月5号续了300元',
      '我查了一下，您目前排在候补第二位',
      '我看一下，您上个月的停车费交过了',
    ]) {
      expect(only(verification(saidBeforeCheck(said), needs, rubric)).pass, said).toBe(false);
    }
  });

  it('questions, rules, echoes and requests to wait are no read-back', () => {
    for (const said of [
      '您这张停车卡是哪个小区办的',
      '您这份合同是要续签吗',
      '您这张停车卡是可以转给家人用的',
      '看到您说的那笔300元了，我来查一下',
      '我看一下，您稍等',
      '我查一下，您目前方便接电话吗',
    ]) {
      expect(only(verification(saidBeforeCheck(said), needs, rubric)).pass, said).toBe(true);
    }
  });
});

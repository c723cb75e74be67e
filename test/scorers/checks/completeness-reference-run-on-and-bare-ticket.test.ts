/**
 * Round 24: a ticket noun said without 号 before its number (已生成维修单KB30715 / 投诉单2024…) receipts the record as 工单
 * and 售后单 do; and (ASR reading) a long id run straight into a count of days with no pause (受理编号是…幺八三天内) is an id
 * one digit shorter, not an amount. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const agentSays = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);
const agentSaid = (text: string) => call([['agent', '您好 工号三三零七为您服务', 500, 2000], ['agent', text, 2500, 6000]]);

describe('record-reference: a bare ticket noun and a run-on id', () => {
  it.each(['已生成维修单KB30715，师傅会联系您', '给您开了投诉单20240917，请留意短信'])('%s receipts the record', (said) => {
    expect(only(recordReference(agentSays(said), S, rubric)).pass).toBe(true);
  });
  it('an order number is still not the record', () => {
    expect(only(recordReference(agentSays('您的订单20240917已经发货了'), S, rubric)).pass).toBe(false);
  });
  it('an id run into the days that follow it is an id', () => {
    const f = only(recordReference(agentSaid('您的受理编号是幺三五七九二四六八三天内有人回复您'), S, rubric));
    expect(f.pass).toBe(true);
    expect((f.details as { reference: string }).reference).toBe('135792468');
  });
  it('a short number before the days is a count, not an id', () => {
    expect(only(recordReference(agentSaid('受理编号稍后发您 我们十五天内回复'), S, rubric)).pass).toBe(false);
  });
});

/**
 * record-reference: a number of the customer's read back is no reference issued (checks/echoed-reference.ts) — one
 * the agent asked the customer for (请报一下寄修单号 … 您的寄修单号是…), one the customer said, one the agent says it
 * received (您提供的… / …我记下了), or a 编号 said before the customer spoke; a new number of another kind still is.
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const contact = (ask: string, answer: string, later: string) =>
  chat([
    ['agent', '您好，工号3307为您服务', 500],
    ['customer', '我的投影仪开不了机', 1500],
    ['agent', ask, 2500],
    ['customer', answer, 3500],
    ['agent', '好的，已经帮您安排师傅上门检测', 4500],
    ['agent', later, 5500],
  ]);

describe('record-reference: whose number it is', () => {
  it('a number of the kind the agent asked for, read back, is the customer\'s', () => {
    expect(only(recordReference(contact('麻烦报一下寄修单号', '稍等我找一下', '您的寄修单号是JX7731205'), S, rubric)).pass).toBe(false);
  });
  it('the number the customer said, or one the agent says it received, is the customer\'s', () => {
    expect(only(recordReference(contact('您这台是哪年买的', '前年，单子上写着JX7731205', '单号JX7731205'), S, rubric)).pass).toBe(false);
    expect(only(recordReference(contact('您这台是哪年买的', '前年', '您提供的保修卡编号BX5521我这边备注好了'), S, rubric)).pass).toBe(false);
    expect(only(recordReference(contact('您这台是哪年买的', '前年', '保修卡编号BX5521我记下了'), S, rubric)).pass).toBe(false);
  });
  it('a 编号 before the customer spoke is the agent\'s', () => {
    const c = chat([
      ['agent', '你好，编号4471。请讲', 500],
      ['customer', '我的投影仪开不了机', 1500],
      ['agent', '好的，会有师傅联系您', 2500],
    ]);
    expect(only(recordReference(c, S, rubric)).pass).toBe(false);
  });
  it('a new number after the customer gave an old one of another kind is a receipt', () => {
    expect(only(recordReference(contact('上次报修的工单号还记得吗', '单号WX5520871', '您这次的工单号是TS20261208'), S, rubric)).pass).toBe(true);
    expect(only(recordReference(contact('订单号发一下', '是88120455', '服务单号FW20261208，请保存'), S, rubric)).pass).toBe(true);
  });
});

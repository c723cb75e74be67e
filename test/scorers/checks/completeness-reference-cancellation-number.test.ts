/**
 * record-reference: 退订单号 / 退订编号 number the cancellation the agent filed (退订 + 单号 [S29 Cancellation Number]), a
 * receipt for the customer; the order's own number (订单号 / 您的订单号) stays no reference. Our own wordings (a theatre box office).
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const agentSays = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);

describe('record-reference: the cancellation number', () => {
  it('退订单号 / 退订编号 + the id receipts the cancellation', () => {
    for (const said of ['已经帮您退了两张票，退订单号是TD20260311078', '退订编号8817265，款项三天内原路退回']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it("the order's own number is still no reference", () => {
    for (const said of ['您的订单号是20260311078，演出在周六', '订单号20260311078的票已出']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

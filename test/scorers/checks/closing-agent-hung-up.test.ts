/**
 * closing: a contact the agent hung up was not left by the customer — the agent chose to end it, so a missing
 * closing fails even where the customer's last words would read as leaving (a receipt that is no bare 嗯, a remark).
 * Our own wordings (a bike-share line).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const lines: Parameters<typeof call>[0] = [
  ['agent', '您好，单车服务热线，请问有什么可以帮您', 1000, 4000],
  ['customer', '我还车了但是一直在计费', 5000, 8000],
  ['agent', '我帮您结束订单，多扣的费用原路退回', 9000, 13000],
  ['customer', '嗯，单号我记下来了', 14000, 16000],
];
const hungUpBy = (by: string): Partial<Interaction> => ({
  events: [{ type: 'ringing', atMs: 300 }, { type: 'answered', atMs: 900 }, { type: 'hangup', atMs: 17_000, detail: { by } }],
});

describe('closing: who hung up', () => {
  it('the agent hung up after the customer spoke: no closing fails', () => {
    expect(only(closing(call(lines, hungUpBy('agent')), S, rubric)).pass).toBe(false);
  });
  it('the customer hung up on the same words: the customer left, N/A', () => {
    expect(only(closing(call(lines, hungUpBy('customer')), S, rubric)).pass).toBe('na');
  });
});

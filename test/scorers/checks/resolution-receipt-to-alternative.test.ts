/**
 * resolution (issue 10, round 10): a bare 嗯 to an alternative question (寄到公司还是寄到家里) chooses neither option —
 * a non-answer like the 嗯 to a request for action (checks/receipt-reply.ts); to a yes/no question, or one with 还是
 * "still" (还是要排队吗), it says yes. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'days', label: '补办时长', expected: '5个工作日', wrong: ['10个工作日'], cues: ['补办'] }] });
const pass = (asked: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号2107为您服务', 500],
        ['customer', '发票补办要多久？', 1000],
        ['agent', '补办是5个工作日。', 3000],
        ['customer', asked, 5000],
        ['agent', '嗯', 7000],
        ['customer', '好吧，再见。', 9000],
        ['agent', '再见。', 10_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a bare 嗯 to an alternative question', () => {
  it('is a non-answer', () => {
    expect(pass('发票是寄到公司还是寄到家里？')).toBe(false);
    expect(pass('押金退现金还是退卡上')).toBe(false);
  });
  it('to a yes/no question, or 还是 "still", it says yes', () => {
    expect(pass('发票是寄到公司吗？')).toBe(true);
    expect(pass('明天去还是要排队吗？')).toBe(true);
  });
});

/**
 * resolution (round 17): a receipt token as the whole reply (知道了。) is not made good by a next agent turn that only
 * reads out the record's reference (受理编号KD20931755，您记一下): that number is no value answering the question; a
 * next turn with the answer still makes it a backchannel. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'days', label: '审核时长', expected: '3个工作日', wrong: ['5个工作日'], cues: ['审核'] }] });
const pass = (next: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号2871为您服务', 500],
        ['customer', '资料审核要多久？', 1000],
        ['agent', '审核是3个工作日。', 3000],
        ['customer', '审核没过的话押金怎么处理？', 5000],
        ['agent', '知道了。', 7000],
        ['customer', '哦，好吧。', 8000],
        ['agent', next, 9000],
        ['customer', '好，再见。', 10_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a receipt, then only the reference', () => {
  it('is still a non-answer', () => {
    expect(pass('受理编号KD20931755，您记一下。')).toBe(false);
    expect(pass('工单号是GX884102，请保存好')).toBe(false);
  });
  it('a next turn with the answer makes it good', () => {
    expect(pass('押金会在5个工作日内原路退回。')).toBe(true);
  });
});

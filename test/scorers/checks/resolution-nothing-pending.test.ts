/**
 * resolution, round 21: a non-answer said right after the customer only took an answer (好的，我都记下了 / 那我心里有数了)
 * replies to nothing asked — the earlier question was closed by that answer — so it is no unanswered question (the 忌语
 * checks' business). A receipt of a wait or an announced look-up (稍等，我查一下 — 知道了) takes no answer: the question
 * is still open and the non-answer after it leaves it unanswered. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (agentSaid: string, customerTook: string, then: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号6053为您服务', 500],
        ['customer', '你们驾校周末能约科目二练车吗？', 1000],
        ['agent', agentSaid, 3000],
        ['customer', customerTook, 5000],
        ['agent', then, 7000],
        ['customer', '好，再见。', 9000],
        ['agent', '再见。', 10_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a non-answer after the customer took an answer', () => {
  it('replies to nothing asked', () => {
    expect(pass('周六周日都能约，在小程序里选教练和时段就行。', '好的，我都记下了。', '不清楚，系统就是这么排的。')).toBe(true);
    expect(pass('可以约，周末上午八点到十二点有车。', '那我心里有数了。', '这个我不知道。')).toBe(true);
  });
  it('after a wait or a look-up taken, the question is still open', () => {
    expect(pass('您稍等，我帮您查一下排班表。', '知道了。', '这个我不清楚。')).toBe(false);
  });
  it('after a non-answer taken, the question is still open', () => {
    expect(pass('这个我们这边说不好。', '明白了。', '具体的我也不清楚。')).toBe(false);
  });
});

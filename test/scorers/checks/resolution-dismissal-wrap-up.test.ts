/**
 * resolution: an "I don't know" (also a 忌语) followed only by the wrap-up of the main request — a report
 * that it was recorded, or the hotline to call again — leaves the question unanswered.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) =>
  chat([
    ['agent', '您好，工号3307为您服务', 500],
    ['customer', '那换下来的旧件你们回收吗？', 1000],
    ['agent', said, 3000],
  ]);

describe('a dismissal followed by the wrap-up', () => {
  it('is a non-answer', () => {
    for (const said of ['这个不清楚。我这边已经给您登记了，单号WX55120937', '这个我不知道。已经登记好了，您等通知', '这个不清楚，有问题您再打客服电话']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a dismissal followed by an actual answer is still answered', () => {
    expect(only(resolution(reply('这个我也不知道啊。旧件师傅上门时会一起带走回收'), S, rubric)).pass).toBe(true);
  });
});

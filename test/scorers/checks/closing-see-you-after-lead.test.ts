/**
 * closing, round 21: "see you at …" led by a time to come or by "that's it for now" (回头提车见 / 下次开课见 / 到时候码头见 /
 * 那就先这样，展厅见) is a 道别, whatever place or event names the meeting. Words that merely end in 见 (意见 / 看见 / 可见)
 * after the same leads are none. Our own wordings (a car dealer, a training school).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const verdict = (last: string) =>
  only(
    closing(
      chat([
        ['agent', '您好，4S店客服，请问有什么可以帮您', 1000],
        ['customer', '我的车保养好了吗', 3000],
        ['agent', '已经保养完了，下午可以来提', 6000],
        ['customer', '好的', 8000],
        ['agent', last, 9000],
        ['customer', '嗯', 11000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('closing: see-you after a lead', () => {
  it('is a goodbye', () => {
    for (const last of ['不客气，回头提车见。', '下次开课见', '好的，那就先这样，展厅见。', '好的那先这样码头见']) {
      expect(verdict(last), last).toBe(true);
    }
  });
  it('a word ending in 见 is none', () => {
    for (const last of ['下次有意见再反馈', '回头看见了跟我说', '就这样吧，显而易见']) {
      expect(verdict(last), last).toBe(false);
    }
  });
});

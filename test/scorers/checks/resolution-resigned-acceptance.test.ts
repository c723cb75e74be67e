/**
 * resolution (round 24): the resigned 好吧 / 行吧 — 吧 of reluctant acceptance standing as its own clause, after fillers —
 * opening the customer's very next turn after a short reply that gives nothing lets the question go, as 算了 does (gave-up.ts):
 * unanswered, also for a question put as a further one (还有 / 对了). Not after a 忌语 of any kind (the 忌语 checks'), a bare 嗯 (yes), not
 * 好的 (a reply taken), not after an answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '押金', expected: '200元', wrong: ['300元'], cues: ['押金'] }] });
const pass = (side: string, reply: string, then: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号2291为您服务', 500],
        ['customer', '租帐篷押金多少？', 1000],
        ['agent', '押金是200元，还帐篷时退。', 3000],
        ['customer', side, 4000],
        ['agent', reply, 5000],
        ['customer', then, 7000],
        ['agent', '感谢来电，再见。', 9000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('the resigned acceptance after a reply that gives nothing', () => {
  it('lets the question go: unanswered', () => {
    expect(pass('还有，营地晚上有热水吗？', '这个我不太清楚。', '行吧。')).toBe(false);
    expect(pass('对了，能带狗进营地吗？', '这个我这边答不了。', '哦，那好吧。我再想想带不带。')).toBe(false);
    expect(pass('睡袋能单独租吗？', '这个不清楚', '嗯 就是 那行吧')).toBe(false);
  });
  it('an answer, a reply taken with 好的, or a 忌语 keep their readings', () => {
    expect(pass('睡袋能单独租吗？', '可以，三十元一晚。', '行吧。')).toBe(true);
    expect(pass('顺便问下，营地有小卖部吗？', '这个不太清楚。', '好的，谢谢。')).toBe(true);
    expect(pass('营地几点关门？', '你自己看着办吧。', '行吧。')).toBe(true);
    expect(pass('营地能停房车吗？', '嗯', '好吧，再见。')).toBe(true);
  });
});

/**
 * resolution (round 24, which turn answers which): the resigned 好吧 after a reply that gives nothing (here a receipt alone) lets the question go
 * (gave-up.ts RESIGNED) — unless the agent's very next turn answers that question on its topic (a content word of it again,
 * with answer content): then the 好吧 only took the reply in. A next turn on another matter, or one answering a new question
 * the 好吧 turn itself asked, leaves the question let go. Wordings are our own, in a trade no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'rent', label: '租金', expected: '每小时15元', wrong: ['每小时20元'], cues: ['租金'] }] });
const pass = (then: string, next: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号3307为您服务', 500],
        ['customer', '电动自行车租金怎么算？', 1000],
        ['agent', '租金是每小时15元。', 3000],
        ['customer', '还有，头盔要另外付钱吗？', 4000],
        ['agent', '嗯，了解。', 5000],
        ['customer', then, 7000],
        ['agent', next, 9000],
        ['customer', '嗯，知道了。', 10_000],
        ['agent', '感谢来电，再见。', 11_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('the resigned 好吧, then the agent answers on the topic', () => {
  it('the next turn answering the question on its topic: the 好吧 only took the reply in', () => {
    expect(pass('哦，好吧。', '我刚想起来，头盔每次另收5元。')).toBe(true);
    expect(pass('行吧', '头盔要付钱 一次5块')).toBe(true);
  });
  it('a next turn on another matter, or answering a new question, leaves it let go', () => {
    expect(pass('哦，好吧。', '订单号是RB55120387，请您记好。')).toBe(false);
    expect(pass('哦，好吧。', '电池充满能跑四十公里左右。')).toBe(false);
    expect(pass('好吧，那电池能跑多远？', '电池充满能跑四十公里左右。')).toBe(false);
  });
});

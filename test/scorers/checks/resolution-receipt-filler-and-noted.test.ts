/**
 * resolution (round 23): a receipt as the whole reply to a question asked after a fact was stated — read through the
 * filler 那个 before it (那个，好的收到 / 嗯 那个 知道了: a reading bug, 个 stopped the filler run), in the perfective of noting
 * or seeing (记下了 / 看到了), or with the customer's message as its object (收到您的消息 / 明白您的意思了) — is a non-answer
 * (checks/receipt-reply.ts); not when the question asks with the receipt's own verb (看到我发的图了吗 — 看到了 says yes), nor
 * when 没啥了 answers the agent's wrap-up (啥 under 没 asks nothing). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '保养费', expected: '180元', wrong: ['280元'], cues: ['保养'] }] });
const pass = (asked: string, reply: string, after = '哦。', more: [Speaker, string][] = []) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号4471为您服务', 500],
        ['customer', '钢琴保养一次多少钱？', 1000],
        ['agent', '保养一次180元。', 3000],
        ['customer', asked, 5000],
        ['agent', reply, 7000],
        ['customer', after, 9000],
        ...more.map(([who, text], n): [Speaker, string, number] => [who, text, 10_000 + n * 1000]),
        ['agent', '感谢来电，再见。', 20_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a receipt for the answer', () => {
  it('read through the filler 那个, in 记下了 / 看到了, or with the message as its object, is a non-answer', () => {
    for (const reply of ['那个，好的收到', '嗯 那个 知道了', '好的，记下了。', '哦，看到了。', '嗯，收到您的留言。', '明白您的意思了']) {
      expect(pass('调音师傅能周末上门吗？', reply), reply).toBe(false);
    }
  });
  it('the agent going on with the answer makes it good', () => {
    expect(pass('调音师傅能周末上门吗？', '好的，记下了。', '嗯', [['agent', '周末可以上门，要提前两天预约。']])).toBe(true);
  });
});

describe('a receipt the customer gives up on', () => {
  it('is a non-answer though the agent replies to a remark after it', () => {
    expect(pass('琴凳可以单独买吗？', '嗯，收到您的消息。', '哦，那算了。', [['customer', '最近天气太潮了。'], ['agent', '是啊，琴要注意防潮。']])).toBe(false);
  });
});

describe('look-alikes', () => {
  it('the receipt verb asked about as done is a yes; wanting to know is no such echo', () => {
    expect(pass('还想知道琴凳能单独买吗', '嗯，知道了。')).toBe(false);
    expect(pass('我发的琴房照片你们看到了吗？', '看到了。')).toBe(true);
    expect(pass('我的预约短信你们收到了吗？', '嗯，收到了。')).toBe(true);
  });
  it('没啥了 after the wrap-up is no question', () => {
    expect(pass('没啥了。', '行，我这边记下了。', '好。')).toBe(true);
  });
});

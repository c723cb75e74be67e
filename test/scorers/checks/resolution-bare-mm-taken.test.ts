/**
 * resolution (round 20): a bare 嗯 as the whole reply to a question, which the customer's next turn only takes and lets
 * go (行吧 / 那好吧 / 明白了), is a non-answer whatever the question's form — yes/no, A-not-A or a wh-question
 * (checks/receipt-reply.ts takenAsIs). Not when the customer goes on (asks how, or leaves the call), when the agent
 * goes on with the answer, or to a side question. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'days', label: '干洗时长', expected: '3天', wrong: ['7天'], cues: ['干洗'] }] });
const pass = (asked: string, reply: string, after: string, more: [Speaker, string][] = []) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号5512为您服务', 500],
        ['customer', '羽绒被干洗要几天？', 1000],
        ['agent', '干洗要3天。', 3000],
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

describe('a bare 嗯 the customer only takes', () => {
  it('is a non-answer to a yes/no, A-not-A or wh-question', () => {
    expect(pass('取的时候要不要带收据？', '嗯。', '行吧。')).toBe(false);
    expect(pass('被套要我自己先拆下来吗', '嗯', '那好吧')).toBe(false);
    expect(pass('送过去之前我得先做些什么吗？', '嗯。', '哦，明白了。')).toBe(false);
  });
  it('is not one when the customer asks on and the agent then answers', () => {
    expect(pass('取的时候要不要带收据？', '嗯。', '那具体怎么弄呢？', [['agent', '不用带收据，报手机号就能取。']])).toBe(true);
  });
  it('is not one when the customer leaves the call, or when the agent goes straight on', () => {
    expect(pass('取的时候要不要带收据？', '嗯。', '好吧，再见。')).toBe(true);
    expect(pass('取的时候要不要带收据？', '嗯。', '行吧。', [['agent', '报手机号就能取，收据不用带。']])).toBe(true);
  });
  it('is not one to a side question, nor to a statement', () => {
    expect(pass('顺便问一下，你们门口能停车吗？', '嗯。', '行吧。')).toBe(true);
    expect(pass('我下午三点左右过去。', '嗯。', '好的。')).toBe(true);
  });
});

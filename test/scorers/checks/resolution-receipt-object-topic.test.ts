/**
 * resolution, round 25 (checks/receipt-reply.ts, readings of the receipt alone): the perfective 了 may close the
 * receipt after its object (明白您的意思了 as 明白了您的意思), the object may stand fronted as the topic (这个问题我了解了),
 * the interjection of taking in (是这样啊 / 这样呀) and 好嘞 / 行吧 may come before it, and the noting verb with 一下 / 下来
 * (我记一下) notes the question without answering it. A prompt to go on (然后呢) asks nothing the receipt withholds.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '清洗费', expected: '每台90元', wrong: ['每台120元'], cues: ['清洗', '多少钱'] }] });
const later = (asked: string, reply: string, more: [Speaker, string][] = [['customer', '行，就这样吧。']]) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号5120为您服务', 500],
        ['customer', '空调清洗多少钱一台？', 1000],
        ['agent', '清洗是每台90元。', 3000],
        ['customer', asked, 5000],
        ['agent', reply, 7000],
        ...more.map(([who, text], n): [Speaker, string, number] => [who, text, 9000 + n * 2000]),
        ['agent', '感谢来电，再见。', 30_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('the receipt alone, read whatever its order', () => {
  it('了 after the object, the object fronted, a taking-in interjection, the noting verb: no answer', () => {
    expect(later('师傅周末上门吗？', '嗯，明白您的意思了。')).toBe(false);
    expect(later('挂机能拆下来洗吗？', '哦哦，这个问题我了解了。')).toBe(false);
    expect(later('要不要提前搬开家具？', '是这样呀，收到。')).toBe(false);
    expect(later('外机也一起洗吗？', '好嘞，我记一下。')).toBe(false);
  });

  it('a receipt that goes on to answer, or a prompt to go on, is not one', () => {
    expect(later('师傅周末上门吗？', '明白您的意思了，周末也上门。')).toBe(true);
    expect(later('外机也一起洗吗？', '我记一下，外机一起洗不另收费。')).toBe(true);
    expect(later('嗯，然后呢？', '好，我记一下。')).toBe(true);
  });
});

/**
 * resolution, round 26 (reading; checks/receipt-reply.ts TAKEN_IN_ONLY): 已 / 已经 "already" before the receipt's verb (好的，
 * 已收到 / 已经了解) keeps the reply a receipt alone, and 以 is how a recogniser writes that 已 by sound (以收到: 以 has no use
 * of its own there). A reply that goes on past the receipt, or 已 before another verb (已办好), is not one. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '清洗费', expected: '每台150元', wrong: ['每台200元'], cues: ['清洗', '多少钱'] }] });
const lines = (asked: string, reply: string): [Speaker, string, number][] => [
  ['agent', '您好，清爽家电，工号3308为您服务', 500],
  ['customer', '空调清洗多少钱？', 1000],
  ['agent', '清洗是每台150元。', 3000],
  ['customer', asked, 5000],
  ['agent', reply, 7000],
  ['customer', '嗯', 9000],
  ['agent', '感谢来电，再见。', 30_000],
];
const typed = (asked: string, reply: string) => only(resolution(chat(lines(asked, reply)), S, rubric)).pass;
const spoken = (asked: string, reply: string) =>
  only(resolution(call(lines(asked, reply).map(([w, s, at]): [Speaker, string, number, number] => [w, s, at, at + 1500])), S, rubric)).pass;

describe('already before the receipt verb', () => {
  it('as written or as heard, the receipt alone answers nothing', () => {
    expect(typed('师傅周末能上门吗？', '好的，已收到。')).toBe(false);
    expect(typed('外机也一起洗吗？', '嗯，已经了解了。')).toBe(false);
    expect(spoken('外机也一起洗吗', '好的以收到')).toBe(false);
  });

  it('a reply that goes on, or 已 before another verb, is not a receipt alone', () => {
    expect(typed('师傅周末能上门吗？', '好的，已收到，周末师傅也上门。')).toBe(true);
    expect(typed('外机也一起洗吗？', '外机已包含在内。')).toBe(true);
  });
});

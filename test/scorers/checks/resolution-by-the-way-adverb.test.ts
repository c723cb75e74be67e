/**
 * resolution, round 25 (reading, gave-up.ts BY_THE_WAY): 顺便 opens an aside only where it opens a clause (顺便问下，… /
 * 哦，顺便问一句…); inside a clause it is the adverb "while at it" on the verb (师傅能顺便把旧灯拆走吗 — the worker doing it on
 * the same visit), which asks a question of the customer's own business. Let go (好吧，那算了), that question stays
 * unanswered, as any question given up on does. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '安装费', expected: '每盏30元', wrong: ['每盏50元'], cues: ['安装费'] }] });
const pass = (side: string, reply: string, then: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号2086为您服务', 500],
        ['customer', '吊灯安装费怎么收？', 1000],
        ['agent', '吊灯安装费是每盏30元。', 3000],
        ['customer', '要提前几天约？', 4000],
        ['agent', '提前一天约就行。', 5000],
        ['customer', side, 6000],
        ['agent', reply, 7000],
        ['customer', then, 9000],
        ['agent', '感谢来电，再见。', 11_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('顺便 inside a clause is the adverb on its verb', () => {
  it('a question with the adverb, given up on, is unanswered', () => {
    expect(pass('还有，师傅能顺便把旧灯拆走吗？', '这个我说不好。', '好吧，那算了。')).toBe(false);
  });

  it('顺便 opening the question keeps the aside reading', () => {
    expect(pass('顺便问下，你们卖灯泡吗？', '这个我说不好。', '好吧，那算了。')).toBe(true);
    expect(pass('哦，顺便问一句，你们卖灯泡吗？', '这个我说不好。', '好吧，那算了。')).toBe(true);
  });
});

/**
 * resolution, round 22: a question the customer opens as asked in passing — an adverb of the casual aside (随口 / 随便 /
 * 顺嘴 / 顺口) standing on 问 + 一句 / 一下 / 问 — is a side question like 顺便问下: a polite shrug to it after the matter was
 * answered, taken without a re-ask, is no non-answer. The adverb elsewhere (随便给我寄一个 / 随口答应的) opens no aside.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { opensSideQuestion } from '../../../scorers/checks/side-question.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '洗车费', expected: '每次30元', wrong: ['每次50元'], cues: ['洗车', '费'] }] });
const contact = (side: string, shrug: string) =>
  chat([
    ['agent', '您好，工号5120为您服务', 500],
    ['customer', '精洗一次多少钱？', 1000],
    ['agent', '精洗是每次30元。', 3000],
    ['customer', side, 5000],
    ['agent', shrug, 7000],
    ['customer', '好的，没别的了。', 9000],
    ['agent', '感谢来电，再见。', 11_000],
  ]);
const pass = (side: string, shrug: string) => only(resolution(contact(side, shrug), S, rubric)).pass;

describe('the casual aside as a side opener', () => {
  it('opens a side question', () => {
    expect(opensSideQuestion('随口问一句，你们门口能停大巴吗？')).toBe(true);
    expect(opensSideQuestion('嗯 随便问一下 隔壁那家面馆还开着吗')).toBe(true);
    expect(opensSideQuestion('顺嘴问问，店里收不收现金？')).toBe(true);
    expect(opensSideQuestion('那个顺口问下，周边有充电桩吗')).toBe(true);
  });

  it('a polite shrug to it after the answer leaves the question answered', () => {
    expect(pass('随口问一句，附近有加油站吗？', '加油站我这边不太清楚，您可以用导航搜一下。')).toBe(true);
    expect(pass('随便问一下 你们老板是本地人吗', '这个我还真不了解 抱歉')).toBe(true);
  });

  it('the adverb not standing on 问 opens nothing', () => {
    expect(opensSideQuestion('随便给我寄一个就行吗？')).toBe(false);
    expect(opensSideQuestion('随口答应的事算数吗？')).toBe(false);
    expect(pass('随便哪天去都能洗吗？', '这个我不太清楚。')).toBe(false);
  });
});

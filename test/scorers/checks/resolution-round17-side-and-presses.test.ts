/**
 * resolution (round 17): 顺带 / 顺道 open an aside as 顺便 does, and so does a 还有 running on to a matter called small
 * (还有个小问题); the exact answer asked for as a thing to give (报个准数 / 给个确切的) or to be said plainly (你就直说吧), the
 * question asked again with 到底 / 究竟 / 具体, a press with its reason after it (…我好提前准备) and two presses split by a
 * speech pause press for the withheld answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { opensSideQuestion } from '../../../scorers/checks/side-question.js';
import { pressesForAnswer } from '../../../scorers/checks/non-answer-repairs.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '寄存费', expected: '每天5元', wrong: ['每天10元'], cues: ['寄存', '费'] }] });

describe('asides opened with 顺带 / 顺道 / a small matter', () => {
  const contact = (side: string) =>
    chat([
      ['agent', '您好，工号4127为您服务', 500],
      ['customer', '行李寄存怎么收费？', 1000],
      ['agent', '行李寄存是每天5元。', 3000],
      ['customer', side, 5000],
      ['agent', '这个我不太清楚，抱歉。', 7000],
      ['customer', '好的，没别的了。', 9000],
      ['agent', '不客气，再见。', 11_000],
    ]);
  it('opens an aside', () => {
    for (const side of ['顺带问下，附近有便利店吗？', '嗯 顺道打听一句 门口能停电动车吗', '还有个小问题，你们那边有充电宝借吗？', '哦还有件小事，大堂有饮水机吗？']) {
      expect(opensSideQuestion(side), side).toBe(true);
      expect(only(resolution(contact(side), S, rubric)).pass, side).toBe(true);
    }
  });
  it('还有个事 without the minimiser is still the customer’s own business', () => {
    expect(opensSideQuestion('还有个事，寄存能放几天？')).toBe(false);
  });
});

describe('presses for the exact answer', () => {
  it('recognises them', () => {
    for (const s of ['能报个准数吗', '您给个确切的时间呗', '你就直说吧', '究竟要几天', '那具体要多少钱呢', '能给个准话吗我好提前准备', '你就直说吧究竟是多少'])
      expect(pressesForAnswer(s), s).toBe(true);
  });
  it('a question of its own, a bare reason or a long new question is none', () => {
    for (const s of ['能给我个发票吗', '我好安排', '那具体的办理流程是什么样的需要带哪些证件过去呢']) expect(pressesForAnswer(s), s).toBe(false);
  });
  const verdict = (press: string) =>
    only(
      resolution(
        chat([
          ['agent', '您好，工号4127为您服务', 500],
          ['customer', '行李寄存怎么收费？', 1000],
          ['agent', '这个收费我这边说不好。', 3000],
          ['customer', press, 5000],
          ['agent', '行李寄存是每天5元。', 7000],
        ]),
        S,
        rubric,
      ),
    ).pass;
  it('made good by the next turn', () => {
    for (const press of ['能报个准数吗？我好提前准备。', '你就直说吧，究竟多少钱？', '我想知道个准话 您再帮我查查']) expect(verdict(press), press).toBe(true);
  });
});

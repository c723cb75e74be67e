/**
 * resolution: once the scenario's fact was answered, a polite "I don't know" to a question the customer opens as one
 * on another matter (顺便问下 / 对了 / 哦还有，), taken without a re-ask, leaves the question answered; a shrug to a
 * follow-up about the matter, a brush-off, a shrug before any answer or one the customer asks again about is a
 * non-answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { opensSideQuestion } from '../../../scorers/checks/side-question.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '寄存费', expected: '每天5元', wrong: ['每天10元'], cues: ['寄存', '费'] }] });
const contact = (side: string, shrug: string, then = '好的，那没别的了，谢谢。', answered = true) =>
  chat([
    ['agent', '您好，工号3318为您服务', 500],
    ['customer', '行李寄存怎么收费？', 1000],
    ['agent', answered ? '行李寄存是每天5元。' : '您是哪天到？', 3000],
    ['customer', side, 5000],
    ['agent', shrug, 7000],
    ['customer', then, 9000],
    ['agent', '不客气，再见。', 11_000],
  ]);
const pass = (side: string, shrug: string, then?: string, answered?: boolean) => only(resolution(contact(side, shrug, then, answered), S, rubric)).pass;

describe('a shrug to a side question after the answer', () => {
  it('leaves the question answered', () => {
    expect(pass('顺便问一下，附近有没有加油站？', '加油站这个我这边不太清楚。')).toBe(true);
    expect(pass('嗯 对了 你们那儿周边好停车吗', '停车我不是很清楚 您到了问一下门卫', '行 就这样吧')).toBe(true);
    expect(pass('哦还有，楼下的快餐店开到几点？', '这个我还真不了解，抱歉。')).toBe(true);
  });

  it('a follow-up about the matter itself stays a non-answer', () => {
    expect(pass('那寄存的东西丢了谁负责？', '这个我不太清楚。')).toBe(false);
    expect(pass('还有别的办法能便宜点吗？', '这个我不太清楚。')).toBe(false);
  });

  it('a further question opened with 另外 / 还有个事 is the customer’s own business: a shrug to it is a non-answer', () => {
    expect(pass('另外想了解下，附近有地铁站吗？', '地铁站我不太清楚。')).toBe(false);
    expect(pass('还有件事，你们那儿能停车吗？', '停车这个我答不上来。')).toBe(false);
  });

  it('a brush-off, a shrug before any answer, or one the customer asks again about stays a non-answer', () => {
    expect(pass('顺便问一下，附近有没有加油站？', '不知道，你问别人去。')).toBe(false);
    expect(pass('顺便问一下，附近有没有加油站？', '加油站这个我这边不太清楚。', undefined, false)).toBe(false);
    expect(pass('顺便问一下，附近有没有加油站？', '加油站这个我这边不太清楚。', '你们客服怎么连这个都不知道？')).toBe(false);
  });
});

describe('opensSideQuestion', () => {
  it('reads the opener after speech fillers, and a 还有 only when it closes its clause', () => {
    expect(opensSideQuestion('那个 就是 顺便问下')).toBe(true);
    expect(opensSideQuestion('哦还有，几点关门？')).toBe(true);
    expect(opensSideQuestion('还有个事想问')).toBe(false);
    expect(opensSideQuestion('另外想了解一下')).toBe(false);
    expect(opensSideQuestion('还有别的办法吗')).toBe(false);
    expect(opensSideQuestion('我对了一下账，不对啊')).toBe(false);
  });
});

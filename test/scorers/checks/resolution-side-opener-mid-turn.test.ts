/**
 * resolution, round 23 (reading): the opener of a question asked in passing (顺便问下 / 随口问一句) is read at the start of
 * any clause of the customer's turn, not only the turn's first — a receipt of the last reply before it (嗯，明白了。/ 行
 * …) asks nothing. It opens the turn's question only when that question is its own clause's: nothing before it asks,
 * and no later sentence asks the main matter again. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { opensSideQuestion } from '../../../scorers/checks/side-question.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '保养费', expected: '每次260元', wrong: ['每次300元'], cues: ['保养', '费'] }] });
const contact = (side: string, shrug: string, after = '好的，没别的了。') =>
  chat([
    ['agent', '您好，工号3308为您服务', 500],
    ['customer', '小保养一次多少钱？', 1000],
    ['agent', '小保养是每次260元。', 3000],
    ['customer', side, 5000],
    ['agent', shrug, 7000],
    ['customer', after, 9000],
    ['agent', '感谢来电，再见。', 11_000],
  ]);
const pass = (side: string, shrug: string, after?: string) => only(resolution(contact(side, shrug, after), S, rubric)).pass;

describe('the in-passing opener after a receipt', () => {
  it('opens a side question at the start of a later sentence or clause', () => {
    expect(opensSideQuestion('嗯，明白了。顺便问下，门店能刷医保卡吗？')).toBe(true);
    expect(opensSideQuestion('行，谢了，随口问一句，你们中午休息吗？')).toBe(true);
    expect(opensSideQuestion('嗯 明白了 顺带问一下 附近哪有洗车的')).toBe(true);
    expect(opensSideQuestion('好。顺便问一下。门口能停车吗？')).toBe(true);
  });

  it('a polite shrug to it after the matter was answered leaves the question answered', () => {
    expect(pass('嗯，明白了。顺便问下，隔壁商场几点关门？', '商场那边我不太清楚，抱歉。')).toBe(true);
    expect(pass('行 谢谢 随口问一句 店里收现金吗', '这个我还真不了解')).toBe(true);
  });

  it('no aside when the main matter is asked before it or in a later sentence', () => {
    expect(opensSideQuestion('那机油另算吗？顺便问下，能开发票吗？')).toBe(false);
    expect(opensSideQuestion('好的，顺便问下。那我的车什么时候能取？还要排队吗？')).toBe(false);
    expect(pass('那机油另算吗？顺便问下，能开发票吗？', '这个我不清楚。')).toBe(false);
  });

  it('对了 / 还有 after a receipt stay the customer\'s own further question', () => {
    expect(opensSideQuestion('嗯，明白了。对了，机油是原厂的吗？')).toBe(false);
    expect(opensSideQuestion('好的，还有，轮胎能换吗？')).toBe(false);
  });

  it('a reply to the shrug before a new opener is no moving on', () => {
    expect(pass('顺便问下，隔壁商场几点关门？', '商场那边我不太清楚。', '那我自己再去打听，顺便问下，你们周日营业吗？')).toBe(false);
  });
});

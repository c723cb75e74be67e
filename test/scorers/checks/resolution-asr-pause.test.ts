/**
 * Round 25 (ASR reading): the non-answer vocabulary (unresolved) reads a space between two Han characters in a recognised
 * call as the clause break it stands for (scorers/vocab-scan.ts PAUSE_BREAKS), as the impolite, empathy, closing and
 * forbidden lists do: a reply that closes its clause on "can't find it" or "we can't decide it" reads the same spaced as with commas, and
 * so does a real answer. Wordings are our own (a ferry ticket office).
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const spaced = (said: string) => said.replace(/[，。？！]/gu, ' ').replace(/ +/gu, ' ').trim();
const pass = (asked: string, reply: string) => {
  const lines = (r: string) => [
    ['agent', '您好，渡轮售票处，请问有什么可以帮您', 1000, 2500],
    ['customer', asked, 3000, 4500],
    ['agent', r, 5000, 8000],
    ['customer', '哦', 8500, 9000],
    ['agent', '感谢您的来电，再见', 9500, 11000],
  ] as [string, string, number, number][];
  return [only(resolution(chat(lines(reply) as never), scenario(), rubric)).pass, only(resolution(call(lines(spaced(reply)) as never), scenario(), rubric)).pass];
};

describe('resolution: the punctuated and the spaced reply read alike', () => {
  it('a reply closing on a non-answer fails either way', () => {
    expect(pass('上个月退的船票钱退到哪张卡了？', '退票记录查不到，抱歉。')).toEqual([false, false]);
    expect(pass('晚班船明天还开吗？', '开不开船我们定不了，抱歉。')).toEqual([false, false]);
  });

  it('a reply that answers passes either way', () => {
    expect(pass('晚班船明天还开吗？', '明天照常开，末班是晚上九点半。')).toEqual([true, true]);
    expect(pass('上个月退的船票钱退到哪张卡了？', '查到了，退回了您尾号的那张银行卡，三个工作日到账。')).toEqual([true, true]);
  });
});

/**
 * 忌语 round 3 (carry-over, issue 10): an unpunctuated turn (ASR, or a chat line typed in one breath) shows no clause
 * end, so the bare refusal and the bare guess that must end their clause may run on to the end of the turn. A reason
 * or a way round after the refusal — with or without a break — is still an answer. Wordings of our own (a ski hire, a
 * school canteen card, a ferry pass).
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问一下我的事', 2000],
    ['agent', said, 3000],
    ['agent', '好的，谢谢您', 4000],
  ]);
const categoriesOf = (said: string) => {
  const f = only(forbiddenWords(agentSays(said), S, rubric));
  return f.pass === false ? (f.details as { categories: string[] }).categories : [];
};

describe('否定拒绝 run on: the bare no opening an unpunctuated turn', () => {
  it('finds the refusal with more words after it and no break', () => {
    for (const said of ['不行滑雪板都租出去了自己想办法', '不能充饭卡那边问食堂去', '不可以的这个就这么定的']) {
      expect(categoriesOf(said), said).toContain('否定拒绝');
    }
  });
  it('passes a no with its reason or a way round, run on or punctuated', () => {
    for (const said of [
      '不能退需要持卡人本人来窗口',
      '不行因为船票已经出票了',
      '不能转您可以给孩子单独办一张',
      '不行的话我帮您改到下午那一班',
      '不可以，需要本人到场',
      '不好意思这张卡不能退因为已经超过七天了',
    ]) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('敷衍答复 run on: a bare guess opening a one-clause reply', () => {
  it('finds the guess closed by 吧 with more words and no break', () => {
    expect(categoriesOf('应该是雪道关了吧过两天再看')).toContain('敷衍答复');
  });
  it('passes the guess followed by a look-up in another clause', () => {
    expect(categoriesOf('应该是雪道关了吧，我帮您查一下开放时间')).toEqual([]);
  });
});

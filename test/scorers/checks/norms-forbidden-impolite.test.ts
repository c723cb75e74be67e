/**
 * forbidden-words reads politeness' own impolite vocabulary too (checks/norms.ts): contempt, a sneer, a dare or abuse
 * aimed at the customer is a 服务忌语 [S4 鄙视语; S1 禁用语] — once the customer has spoken. Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { call, forbiddenCategories, only, rubric, scenario } from '../helpers.js';
import { forbiddenWords } from '../../../scorers/checks/norms.js';

describe('forbidden-words: a line politeness reads as rude to the customer is a 忌语', () => {
  it('finds contempt for the customer as a kind of person, "don\'t waste my time", the customer called a nuisance', () => {
    for (const said of ['你们这种人就是不听劝，现在来找。', '您到底寄不寄，别浪费我时间', '就你事多']) {
      expect(forbiddenCategories(said, '包裹怎么还没寄出？'), said).not.toEqual([]);
    }
  });
  it('passes a class of members addressed with courtesy and the agent\'s own time spared for the customer', () => {
    for (const said of ['像您这样的老会员都能免运费', '不耽误您时间了，祝您生活愉快', '您这种情况可以申请补寄', '我帮您投诉吧，这就给您登记', '这里不是您家附近的驿站，我帮您查一下最近的']) {
      expect(forbiddenCategories(said, '包裹怎么还没寄出？'), said).toEqual([]);
    }
  });
  it('passes the agent\'s 喂喂 opening the line before the customer has said anything', () => {
    const contact = call([
      ['agent', '喂喂', 1000, 1500],
      ['customer', '喂你好，是快递公司吗', 2000, 4000],
      ['agent', '是的，您好，请问有什么可以帮您？', 4500, 6000],
      ['customer', '我的包裹怎么还没到', 6500, 8000],
      ['agent', '您的包裹明天上午送达，单号稍后短信发给您。', 8500, 11000],
    ]);
    expect(only(forbiddenWords(contact, scenario(), rubric)).pass).toBe(true);
  });
});

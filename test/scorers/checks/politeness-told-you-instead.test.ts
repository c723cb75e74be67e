/**
 * "Already told you" said instead of the answer (checks/told-you-instead.ts): the reproach as the whole reply, or beside
 * nothing but a request for the customer's data, a self-introduction, "scroll up yourself" or "listen properly", fails
 * politeness whatever the address; with the answer repeated beside it, or the customer's own words recalled (您不是说过…吗),
 * it does not. Wordings are our own (a language school's class schedule), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const turns = (said: string): ['agent' | 'customer', string, number, number][] => [
  ['agent', '您好，启航外语培训中心，请问有什么可以帮您', 1000, 2500],
  ['customer', '口语班是周几上课来着', 3000, 4500],
  ['agent', '口语班是每周二和周四晚上七点，请问您还想了解什么', 5000, 8000],
  ['customer', '那口语班到底周几上课', 9000, 10500],
  ['agent', said, 11000, 13000],
  ['customer', '好吧', 14000, 14500],
  ['agent', '感谢您的来电，祝您学习顺利，再见', 15000, 17000],
];
const rude = (said: string) => only(politeness(chat(turns(said)), S, rubric)).pass === false;
const rudeSpoken = (said: string) => only(politeness(call(turns(said)), S, rubric)).pass === false;

describe('politeness: the told-you said instead of the answer', () => {
  it('the reproach alone, or beside a request, an introduction, "scroll up" or "listen" fails, with 您 too', () => {
    for (const said of [
      '课表的事刚才不是跟您讲过了吗？',
      '这个前面已经跟您解释得很清楚了。',
      '这个问题上面已经回复过了，您往上翻一下。',
      '刚刚不是跟您说了吗？麻烦把学员编号报一下。',
      '不是讲过了嘛，我是课程顾问小林，您的手机尾号是多少？',
    ]) {
      expect(rude(said), said).toBe(true);
    }
    expect(rudeSpoken('刚才不是跟您讲过了吗 那个 学员编号是')).toBe(true);
  });

  it('with the answer repeated, or the customer’s own words recalled, it stays a 忌语 at most', () => {
    for (const said of [
      '刚才不是跟您讲过了吗？每周二和周四晚上七点。',
      '每周二和周四晚上七点上课。刚才不是跟您说过了吗',
      '您不是说过周末才有空吗？周末班是周六上午九点。',
      '我跟您确认一下，刚才说的是周二和周四晚上七点，对吗？',
    ]) {
      expect(rude(said), said).toBe(false);
    }
    expect(rudeSpoken('刚才不是跟您讲过了吗周二和周四晚上七点')).toBe(false);
  });
});

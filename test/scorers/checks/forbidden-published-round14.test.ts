/**
 * Round 14: constructions from published 服务忌语 lists (banks, telecom, 12345, hospitals, transport), in wordings of
 * our own from a driving school and a library desk, and the polite look-alikes that share their words.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问下科目二约考的事', 2000],
    ['agent', said, 3000],
  ]);
const categoriesOf = (said: string) => {
  const f = only(forbiddenWords(agentSays(said), S, rubric));
  return f.pass === false ? (f.details as { categories: string[] }).categories : [];
};
const isRude = (said: string) => only(politeness(agentSays(said), S, rubric)).pass === false;

describe('forbidden-words: published 忌语 constructions (round 14)', () => {
  it('finds each in its category', () => {
    const cases: [string, string][] = [
      ['别的我们一概不管', '推诿'],
      ['谁卖给你的你找谁去', '推诿'],
      ['谁给你办的找谁', '推诿'],
      ['我们这边只负责登记', '推诿'],
      ['还没完没了的', '不耐烦'],
      ['磨叽啥呢赶紧的', '不耐烦'],
      ['你的要求咋这么多', '不耐烦'],
      ['别耽误我下班', '不耐烦'],
      ['关你啥事', '不耐烦'],
      ['挤什么挤', '不耐烦'],
      ['不是早跟你讲了吗', '已说过'],
      ['那都是你自己的错', '指责客户'],
      ['你这个人真不讲道理', '指责客户'],
      ['怎么不早点来约', '指责客户'],
      ['不考就拉倒', '冷漠敷衍'],
      ['借不借随你', '冷漠敷衍'],
      ['等会儿再说吧', '冷漠敷衍'],
      ['我们都下班了', '冷漠敷衍'],
      ['先缴费再说', '冷漠敷衍'],
      ['大概吧', '冷漠敷衍'],
      ['随便哪种都一样', '冷漠敷衍'],
      ['都给你说三次了', '已说过'],
      ['下午就能约上吧应该', '敷衍答复'],
      ['多半是你家孩子点的', '敷衍答复'],
      // 八 is written 8 in the normalised text (八成 → 8成): the pattern names both forms
      ['八成是你家孩子点的', '敷衍答复'],
      ['八成是你那边手机的问题吧', '敷衍答复'],
      ['你是教练还是我是教练', '讽刺挖苦'],
      ['你不识字吗', '讽刺挖苦'],
      ['看不懂就别考了', '讽刺挖苦'],
      ['你这人真没素质', '讽刺挖苦'],
      ['给我一边去', '粗俗辱骂'],
      ['你爱去哪投诉', '激将投诉'],
    ];
    const wrong = cases.filter(([said, category]) => !categoriesOf(said).includes(category));
    expect(wrong).toEqual([]);
  });

  it('counts the harsh ones as rude too', () => {
    for (const said of ['你这人怎么没完没了', '你是教练还是我是教练', '给我一边去', '那都是你自己的错']) {
      expect(isRude(said), said).toBe(true);
    }
  });

  it('leaves the look-alikes alone', () => {
    for (const said of [
      '不是您自己的问题，是系统排期满了',
      '这不是你自己的原因，我帮您重新约',
      '如果不满意的话可以申请换教练',
      '应该是下周二可以约，我帮您查一下',
      '我们这边负责登记，登记后教练会联系您',
      '给您添麻烦了，我先帮您记下来，等会儿给您回电',
      '不知道您方便哪天来考',
      '我给你找一下教练的电话',
      '我再给您讲一遍约考的步骤',
      '谁负责的我帮你查一下',
    ]) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
});

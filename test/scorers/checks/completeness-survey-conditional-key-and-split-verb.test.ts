/**
 * survey-offered: the keypress offered on condition of satisfaction (满意的话稍后请按1) and the rating verb split by 一下
 * (给我们的服务打一下分) invite a rating; a 满意的话 with no key, or 打一下 with no 分, does not. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const endsWith = (last: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 500],
    ['customer', '我想问下游泳馆周一开不开', 1500],
    ['agent', '周一闭馆维护', 2500],
    ['customer', '好的没了', 3500],
    ['agent', last, 4500],
  ]);

describe('survey-offered: conditional keypress and split rating verb', () => {
  it('invites', () => {
    for (const last of ['满意的话挂机后请按2，再见', '如果满意就回复1，祝您愉快', '麻烦您挂机后给我的服务打一下分，再见']) {
      expect(only(surveyOffered(endsWith(last), scenario(), rubric)).pass, last).toBe(true);
    }
  });
  it('invites nothing', () => {
    for (const last of ['您满意的话就好，再见', '稍后帮您打一下分机号，再见']) {
      expect(only(surveyOffered(endsWith(last), scenario(), rubric)).pass, last).toBe(false);
    }
  });
});

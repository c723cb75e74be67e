/**
 * Round 14 (second pass), published forms: the satisfaction question about this service (本次服务您是否满意) and opinions asked on 我们的工作
 * invite a rating; thanks for the customer's suggestions and the sign-off 祝好 close. Our own wordings (a museum desk).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const ending = (last: string) =>
  chat([
    ['agent', '您好，博物馆服务台', 500],
    ['customer', '周一开馆吗', 1500],
    ['agent', '周一闭馆', 2500],
    ['customer', '好的没了', 3500],
    ['agent', last, 4500],
  ]);

describe('survey-offered: the satisfaction question about this service', () => {
  it('invites', () => {
    for (const last of ['请问今天的服务您是否满意', '欢迎对我们的工作提出意见，再见']) {
      expect(only(surveyOffered(ending(last), S, rubric)).pass, last).toBe(true);
    }
  });
  it('a product or a result asked after invites nothing', () => {
    for (const last of ['展品您还满意吗', '门票价格您满意吗，再见']) expect(only(surveyOffered(ending(last), S, rubric)).pass, last).toBe(false);
  });
});

describe('closing: thanks for suggestions, 祝好', () => {
  it('close', () => {
    for (const last of ['感谢您的建议', '好的，祝好！']) expect(only(closing(ending(last), S, rubric)).pass, last).toBe(true);
  });
  it('a wish word inside a statement does not', () => {
    expect(only(closing(ending('馆里有个庆祝好日子的展，周末开'), S, rubric)).pass).toBe(false);
  });
});

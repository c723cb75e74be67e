/**
 * survey-offered (round 25): the split rating verb (评个价 / 评个星(级) / 打个分 / 打个满意分) given, after 给/为/对, to a noun
 * phrase headed by the service, the reception or the work, or to 我 / 我们, invites the rating; given to 您 (an appraisal of the
 * customer's goods) or to a product it does not. Our own wordings (a car wash, a tutoring centre).
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const ending = (last: string) =>
  chat([
    ['agent', '您好，洁途洗车，请讲', 500],
    ['customer', '周六上午还能约精洗吗', 1500],
    ['agent', '可以的，给您约在十点', 2500],
    ['customer', '好的', 3500],
    ['agent', last, 4500],
  ]);

describe('survey-offered: the split rating verb given to the service', () => {
  it('invites', () => {
    for (const last of ['稍后麻烦给洁途的洗车服务评个价，谢谢', '结束后请给我刚才的接待评个星级', '挂机后请给我们打个满意分', '麻烦为本店的售后服务打个分，再见']) {
      expect(only(surveyOffered(ending(last), S, rubric)).pass, last).toBe(true);
    }
  });
  it('an appraisal, a product or no rating does not', () => {
    for (const last of ['到店后师傅给您的车评个价', '您可以给这款洗车液评个星', '感谢来电，周六见']) {
      expect(only(surveyOffered(ending(last), S, rubric)).pass, last).toBe(false);
    }
  });
});

/**
 * survey-offered (round 23): 点评 invites a rating only as the customer's act on this service. The review platform named
 * as a place to look (您可以查查点评 / 大众点评上能看到) and a third party commenting with its role as the subject (教练会点评 /
 * 导师来点评) invite nothing; the customer asked to 点评 still is invited. Our own wordings (a swimming school's desk).
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const ending = (last: string) =>
  chat([
    ['customer', '暑期班还有名额吗？', 1000],
    ['agent', '还有名额，周一到周五上午都有课。', 3000],
    ['agent', last, 5000],
  ]);

describe('survey-offered: 点评 that is not the customer rating the service', () => {
  it('the platform or a third party commenting invites nothing', () => {
    for (const last of ['附近的停车场您可以查查点评，再见。', '每节课结束教练会点评动作，再见。', '学员的泳姿导师来点评，祝您愉快。']) {
      expect(only(surveyOffered(ending(last), S, rubric)).pass, last).toBe(false);
    }
  });
  it('the customer asked to 点评 is invited', () => {
    for (const last of ['稍后会发一条短信，麻烦您点评一下，再见。', '如果满意的话请您在短信里点评，再见。']) {
      expect(only(surveyOffered(ending(last), S, rubric)).pass, last).toBe(true);
    }
  });
});

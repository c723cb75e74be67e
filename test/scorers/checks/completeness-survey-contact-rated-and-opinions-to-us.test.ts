/**
 * survey-offered (round 17): this contact rated by what the agent did in it (对此次咨询评一下), the rating given where the
 * survey arrives (链接上打个分), opinions asked to be left with us (向我们提些建议), the satisfaction condition said as
 * such before the key (要是您对结果满意，稍后请按2) and the question asked either way (这次接待满意不满意) all invite;
 * an appraisal for the customer, advice given to the customer, a condition with a counted number and a complaint of
 * dissatisfaction do not. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const endsWith = (last: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 500],
    ['customer', '我想问下图书馆借书能借几本', 1500],
    ['agent', '一次最多借十本', 2500],
    ['customer', '好的没了', 3500],
    ['agent', last, 4500],
  ]);

describe('survey-offered: the contact rated, opinions to us, the condition before the key', () => {
  it('invites', () => {
    for (const last of [
      '辛苦您对此次咨询评一下，再见',
      '稍后发您的链接上打个分就行，再见',
      '方便的话在app里给阿姨评个价，再见',
      '有空的话向我们提些建议，祝您愉快',
      '要是您对结果满意，稍后请按2，再见',
      '请问您觉得这次接待满意不满意',
    ]) {
      expect(only(surveyOffered(endsWith(last), scenario(), rubric)).pass, last).toBe(true);
    }
  });
  it('invites nothing', () => {
    for (const last of ['我给您这块表评个价吧', '照片传到小程序里给您评个价', '方便的话我给您提个建议，早点去办', '如果您满意这个方案，我们按一周来排', '我对这次处理很不满意']) {
      expect(only(surveyOffered(endsWith(last), scenario(), rubric)).pass, last).toBe(false);
    }
  });
});

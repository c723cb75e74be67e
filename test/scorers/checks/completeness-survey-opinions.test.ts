/**
 * survey-offered: the published invitation to give opinions (…提出宝贵意见) is an invitation however it is put; thanks for
 * opinions already given invites nothing. closing: a customer who leaves on such an invitation, ending in a welcome to
 * give them (…也欢迎随时提出来), took the agent's closing turn. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { survey: true } });
const offered = (said: string) => only(surveyOffered(chat([['agent', '您好，工号5126为您服务', 500], ['agent', said, 1500]]), S, rubric)).pass;

describe('survey-offered: 宝贵意见 asked for', () => {
  it('counts the request or welcome to give opinions', () => {
    for (const said of ['您对咱们健身房的服务有什么宝贵意见，随时欢迎提出来', '有空的话给我们的课程提提宝贵建议', '有什么宝贵的意见您都可以在小程序里留言']) {
      expect(offered(said), said).toBe(true);
    }
  });

  it('thanks for opinions already given is no invitation', () => {
    expect(offered('感谢您的宝贵意见，我们会转给店长')).toBe(false);
  });
});

describe('closing: leaving on the opinions invitation', () => {
  it('a welcome to give opinions as the agent\'s last words: N/A when the customer leaves on it', () => {
    const c = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', '私教课能不能换个时间', 3000],
      ['agent', '可以换，提前一天在小程序里改就行', 6000],
      ['customer', '好', 7000],
      ['agent', '对我们的课程有什么宝贵意见，也欢迎随时提出来', 8000],
      ['customer', '我要上课了，先挂了', 12000],
    ]);
    expect(only(closing(c, scenario(), rubric)).pass).toBe('na');
  });
});

/** survey-offered: a rating word that invites nothing (a purpose, a receipt, a figure, a scale, goods rated), and the keypress named as the rating. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { survey: true } });
const says = (text: string) => chat([['agent', '您好，工号5126为您服务', 500], ['agent', text, 1500]]);
const offered = (said: string) => only(surveyOffered(says(said), S, rubric)).pass;

describe('a rating word that invites nothing', () => {
  it('is no invitation', () => {
    for (const said of [
      '我们会参考用户的评价优化流程',
      '您上周的评价已经转给网点了',
      '去年全省的满意度达到百分之九十三',
      '满意度的话是总部统一统计的',
      '回访评价分为三个等级',
      '评价的入口在订单详情页',
      '您可以在小程序里评价商家',
      '对我们服务不满意的话可以拨打投诉电话反映',
    ]) {
      expect(offered(said), said).toBe(false);
    }
  });

  it('an invitation still is, also when named by its keypress or button', () => {
    for (const said of ['麻烦挂机后给个评价，再见', '挂断以后听到提示按2就是满意', '如果满意麻烦点个“好评”', '满意度对我们很重要，稍后请您对我的服务进行评价']) {
      expect(offered(said), said).toBe(true);
    }
  });
});

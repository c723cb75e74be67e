/** survey-offered: how ratings work told as a fact is no invitation; a rating keyed by text reply or tap is one. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { survey: true } });
const says = (text: string) => chat([['agent', '您好，工号5126为您服务', 500], ['agent', text, 1500]]);
const offered = (said: string) => only(surveyOffered(says(said), S, rubric)).pass;

describe('survey-offered: how ratings work', () => {
  it('who runs them, what they rest on, where they appear invites nothing', () => {
    for (const said of ['服务评价是由总部质检部统一处理的', '门店星级是根据近三个月的投诉率算的', '评论会自动同步到店铺首页']) {
      expect(offered(said), said).toBe(false);
    }
  });

  it('a rating keyed by text reply or by tap is an invitation', () => {
    for (const said of ['稍后会收到一条短信，回复1就是满意，谢谢您', '页面弹出来以后点2表示满意就可以']) {
      expect(offered(said), said).toBe(true);
    }
  });
});

describe('survey-offered: 评价 asked of the customer, not named', () => {
  it('a request, an offer or the channel leading to 评价 is an invitation', () => {
    for (const said of ['一会儿手机上有个评价，麻烦您点一下', '劳驾您点一下页面下方的“评价”', '待会儿系统会发评价链接过来']) {
      expect(offered(said), said).toBe(true);
    }
  });

  it('a bare 评价 in a statement invites nothing', () => {
    for (const said of ['这个新政策我不好评价', '这家民宿网上评价还行', '您上次的评价我们很重视']) expect(offered(said), said).toBe(false);
  });
});

describe('survey-offered: 评分 / 打分 asked of the customer, not named', () => {
  it('a request or a channel leading to 评分 / 打分 is an invitation; a bare mention is none', () => {
    for (const said of ['麻烦您挂机后为我的服务打分', '稍后短信里可以评分，谢谢']) expect(offered(said), said).toBe(true);
    for (const said of ['这个贷款要看您的综合评分', '车辆的打分在检测报告第三页']) expect(offered(said), said).toBe(false);
  });
});

/**
 * Round 19 forms for greeting, agent-id, closing and survey-offered, in our own wordings (a bicycle shop, a piano school,
 * a bakery, a moving company): the bare welcome 欢迎您; a given name bound by the offer, by 本人 or by a pause before the
 * role; a letter-led staff number + 号 + role after 这边是; 工号 heard as 公号 before 的 + role; a filler 就是 before the
 * digits; thanks for the contact itself and 回头有事再联系; thanks ahead for the rating as the invitation's tail; the rating
 * said to matter, then the SMS announced; the handling's result asked about; 没有，就这样 as the answer to the wrap-up question.
 */
import { describe, expect, it } from 'vitest';
import { agentId, closing, greeting } from '../../../scorers/checks/norms.js';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const greets = (first: string) => only(greeting(chat([['agent', first, 1000]]), S, rubric)).pass;
const introduced = (first: string) => only(agentId(chat([['agent', first, 1000]]), S, rubric)).pass;
const closes = (last: string) => only(closing(chat([['agent', '已经帮您登记好了', 1000], ['agent', last, 2000]]), S, rubric)).pass;
const invites = (line: string) => only(surveyOffered(chat([['agent', line, 1000]]), S, rubric)).pass;

describe('greeting: round 19', () => {
  it('the bare welcome to 您 greets, whatever follows it', () => {
    for (const first of ['欢迎您，飞轮单车维修部，请讲', '欢迎您联系麦香坊烘焙，请问要订什么', '嗯 欢迎您 这里是琴韵钢琴学校']) expect(greets(first), first).toBe(true);
  });
  it('a business-first opener still does not', () => {
    expect(greets('飞轮单车维修部，请讲')).toBe(false);
  });
});

describe('agent-id: round 19', () => {
  it('a given name alone bound by the offer, by 本人 or by the pause before the role', () => {
    for (const first of [
      '您好，飞轮单车，店员晓航为您服务',
      '您好 这边预约老师雨桐接待您',
      '您好，本人搬家顾问锦程，由我来跟进',
      '您好 本人值班店员沐阳 由我来负责',
      '您好，我是思琪，钢琴课程顾问。',
    ]) {
      expect(introduced(first), first).toBe(true);
    }
  });
  it('a role with a service adverb or a desk word before the offer names no one', () => {
    for (const first of ['您好，店员可以为您服务', '您好，顾问随时为您服务', '您好，客服人员为您服务', '您好，前台接待为您服务', '您好，我是想问下，顾问在吗', '我是觉得，顾问那边会更清楚']) {
      expect(introduced(first), first).toBe(false);
    }
  });
  it('a letter-led staff number + 号 + role after 这边是, 公号 before 的 + role, a filler 就是 before the digits', () => {
    for (const first of ['您好，我这边是K2718号搬运调度员，您说', '喂 您好 我是公号四七一九的值班店员 请讲', '您好 您记一下我的公号 就是 三八六二']) {
      expect(introduced(first), first).toBe(true);
    }
  });
});

describe('closing: round 19', () => {
  it('thanks for the contact itself and the later call-again take leave', () => {
    for (const last of ['好的，多谢您打过来。', '谢谢您打电话过来，我们会尽快处理', '感谢您联系我们', '好嘞，回头有事再联系我们']) expect(closes(last), last).toBe(true);
  });
  it('thanks ahead for the rating, the agent speaking again after, is the invitation\'s tail', () => {
    const twoLast = (a: string, b: string) => only(closing(chat([['agent', '已经帮您登记好了', 1000], ['agent', a, 2000], ['agent', b, 3000]]), S, rubric)).pass;
    expect(twoLast('一会儿请给这次搬家服务做个评价，谢谢支持。', '嗯，我这边备注好了')).toBe(false);
    expect(closes('稍后给这次服务评个分，谢谢您。好，那您等通知。')).toBe(false);
    // thanks for the call there still closes; the same thanks as the contact's last words is none either (round 26)
    expect(twoLast('一会儿请给这次搬家服务做个评价，感谢您的来电。', '嗯，我这边备注好了')).toBe(true);
    expect(closes('一会儿请给这次搬家服务做个评价，谢谢支持。')).toBe(false);
  });
});

describe('closing: a no then "that\'s it" answers the wrap-up question (round 19)', () => {
  const ends = (reply: string) =>
    only(closing(chat([['agent', '您好，请讲', 1000], ['customer', '车座能换吗', 2000], ['agent', '可以换，到店半小时。', 3000], ['customer', '好的', 4000], ['agent', '您还有别的需要吗？', 5000], ['customer', reply, 6000]]), S, rubric)).pass;
  it('没有，就这样 answers it: the close was owed', () => {
    expect(ends('没有，就这样。')).toBe(false);
  });
  it('a walk-out on it stays N/A', () => {
    expect(ends('算了，就这样吧')).toBe('na');
  });
});

describe('survey-offered: round 19', () => {
  it('the rating said to matter, then the SMS announced; the handling\'s result asked about', () => {
    for (const line of ['您的评价对我们很有帮助，待会儿请留意短信', '对处理结果满不满意都可以在短信里说']) expect(invites(line), line).toBe(true);
  });
  it('the rating said to matter with no ask still invites nothing', () => {
    expect(invites('您的评价对我们很重要')).toBe(false);
  });
});

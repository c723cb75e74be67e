/**
 * empathy (issue 10, round 3): who the complaint is aimed at — a case filed against a third party is the
 * business of the call, not a grievance at the service — and a promise broken again, which escalates like a
 * repeat contact. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** The verdict after a bare reply: false when the turn is a complaint, 'na' when it is not. */
const verdict = (said: string) => empathyAfter(said, '好的，请提供一下您的姓名和电话', '我这边登记一下');

describe('empathy: a complaint filed against a third party', () => {
  it('投诉 + an indefinite third party (一家 / 一个 / 某家) is the case brought, no grievance at the service', () => {
    for (const said of ['我要投诉，一家培训机构收了学费关门了', '我想投诉一个网店卖假货', '我要投诉某家洗衣店']) {
      expect(verdict(said), said).toBe('na');
    }
  });

  it('投诉 aimed at 你们, or a grievance besides the filing, still owes an acknowledgement', () => {
    for (const said of ['我要投诉你们一家分店', '我要投诉你们', '我要投诉，一家网店卖假货，你们平台也不管，太过分了']) {
      expect(verdict(said), said).toBe(false);
    }
  });
});

describe('empathy: a promise broken again escalates', () => {
  const contact = (later: string, reply: string) =>
    chat([
      ['agent', '您好，工号5120为您服务', 500],
      ['customer', '宽带断了两天了，太影响工作了', 1000],
      ['agent', '非常抱歉给您带来不便，我马上帮您查', 2000],
      ['customer', '嗯', 3000],
      ['agent', '已经派单，师傅会联系您', 4000],
      ['customer', later, 5000],
      ['agent', reply, 6000],
      ['agent', '还有其他需要吗', 7000],
    ]);

  it('a later broken promise left unanswered fails', () => {
    for (const later of ['答应今天上门的师傅又没来', '答应给我回电，到现在也没打']) {
      expect(only(empathy(contact(later, '好的，我再催一下'), S, rubric)).pass, later).toBe(false);
    }
  });

  it('a later broken promise answered with an apology passes', () => {
    expect(only(empathy(contact('答应今天上门的师傅又没来', '实在对不起，我马上联系师傅'), S, rubric)).pass).toBe(true);
  });

  it('a promise recalled without its breach is no escalation', () => {
    for (const later of ['说好的是明天上午对吧', '答应的补偿已经收到了']) {
      expect(only(empathy(contact(later, '好的，我再确认一下'), S, rubric)).pass, later).toBe(true);
    }
  });
});

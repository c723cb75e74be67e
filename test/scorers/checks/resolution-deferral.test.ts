/**
 * A question put off instead of answered ("for now I'll note it, someone will explain later" / "we must
 * wait for another department") is a non-answer; a ticket logged after an answer is not. Wordings are our
 * own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const twoFacts = scenario({
  facts: [
    { key: 'deposit', label: '押金', expected: '200元', cues: ['押金'] },
    { key: 'refund', label: '退押金方式', expected: '原路退回', cues: ['退押金'] },
  ],
});

describe('resolution: a question put off', () => {
  it('fails when the reply to a question is "noted for now, someone will explain later"', () => {
    for (const reply of ['这个我先帮您记下来，回头会有同事打电话给您解释', '具体怎么退我这边先登记一下，稍后会有专人给您回电说明']) {
      const i = chat([
        ['customer', '健身卡押金多少？', 1000],
        ['agent', '押金是200元', 3000],
        ['customer', '那钱最后怎么给我？', 5000],
        ['agent', reply, 7000],
      ]);
      const f = only(resolution(i, twoFacts, rubric));
      expect(f.pass, reply).toBe(false);
      expect(f.reason, reply).toContain('未能解答');
    }
  });

  it('fails "we have to wait for the other department" as the whole reply', () => {
    const i = chat([
      ['customer', '年卡能转给别人吗？', 1000],
      ['agent', '这个得等相关部门的答复，有消息通知您', 3000],
    ]);
    const f = only(resolution(i, scenario(), rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('未能解答');
  });

  it('passes an answer followed by the ticket being logged (no 先: the follow-up, not a deferral)', () => {
    const i = chat([
      ['customer', '健身卡押金多少？怎么退押金？', 1000],
      ['agent', '押金是200元，退卡后原路退回。已经给您登记好了，后续会有专人联系您办理', 3000],
    ]);
    expect(only(resolution(i, twoFacts, rubric)).pass).toBe(true);
  });

  it('passes a request (not a question) that is logged for a visit', () => {
    const i = chat([
      ['customer', '我家门口路灯坏了，帮我报修一下', 1000],
      ['agent', '好的，我先给您登记下来，后续维修师傅上门前会联系您', 3000],
    ]);
    expect(only(resolution(i, scenario(), rubric)).pass).toBe(true);
  });
});

describe('resolution: non-answers in other words', () => {
  const reply = (said: string) =>
    only(resolution(chat([['agent', '您好，请讲', 1000], ['customer', '我想问下这个多久能处理好？', 2000], ['agent', said, 3000], ['customer', '好吧', 4000], ['agent', '好的，感谢您的来电，再见', 5000]]), scenario(), rubric));
  it('fails them', () => {
    for (const said of ['这个要看情况，我没办法跟您打包票', '这个不归我们查，我这边看不了', '我这边没有这个权限', '这个我帮不上忙', '我这边查询不到任何信息', '这种情况我们也是第一次遇到，不好判断', '这个暂时还定不下来', '这个没个准']) {
      expect(reply(said).pass, said).toBe(false);
    }
  });
  it('passes answers and look-ups', () => {
    for (const said of ['一般三个工作日就能处理好', '这个我帮您查一下，请稍等', '这个我不确定，我去问一下同事马上回复您', '大概两到三天，具体以短信通知为准', '权限开通后三个工作日处理好']) {
      expect(reply(said).pass, said).toBe(true);
    }
  });
});

describe('resolution: a non-answer followed by a timed follow-up or the way to the answer', () => {
  const askedThen = (reply: string) =>
    chat([
      ['customer', '健身卡押金多少？', 1000],
      ['agent', '押金是200元', 3000],
      ['customer', '那钱最后怎么给我？', 5000],
      ['agent', reply, 7000],
    ]);

  it('passes a callback by a stated time (首问负责, 限时回复) or the office\'s number sent to the customer', () => {
    for (const reply of [
      '这个我不清楚，我给您登记一下，两个工作日内财务给您回电',
      '这块我这边查不了，已经帮您记录，今天下班前给您回复',
      '这个我回答不了，我把财务室的电话发到您手机上，您直接找他们',
    ]) {
      expect(only(resolution(askedThen(reply), twoFacts, rubric)).pass, reply).toBe(true);
    }
  });

  it('still fails the follow-up without a time, or a bare non-answer', () => {
    for (const reply of ['这个我不清楚，已经记录了，后面会有人联系您', '这个我不清楚，您等通知吧', '这个我回答不了']) {
      expect(only(resolution(askedThen(reply), twoFacts, rubric)).pass, reply).toBe(false);
    }
  });
});

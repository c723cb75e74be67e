/**
 * Forms from published practice that the vocabularies now name by construction: self-introductions by
 * teaching and front-desk roles, parting wishes (保重 / 慢走), acknowledgements in other words (体会,
 * 没做到位, 心急, 影响您的出行), and complaints about a promise left hanging (到现在都没消息, 拖了一个礼拜,
 * 说好的…呢, 怎么还不来修), and booking numbers as records (预约号). Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { agentId, closing } from '../../../scorers/checks/norms.js';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('agent-id: teaching and front-desk roles + a name', () => {
  const opening = (said: string) => only(agentId(chat([['agent', said, 1000], ['customer', '你好', 2000], ['agent', '好的', 3000]]), S, rubric));
  it('accepts them', () => {
    for (const said of ['您好，我是教务老师陈静，很高兴为您服务', '您好，我是前台李娜', '您好，这里是培训中心，班主任刘老师为您服务', '您好，调度员王强为您服务']) {
      expect(opening(said).pass, said).toBe(true);
    }
  });
  it('a role without a name still names no one', () => {
    for (const said of ['您好，我是您的班主任', '您好，这里是前台，请问有什么可以帮您', '您好，前台张贴了最新通知，请问有什么可以帮您']) {
      expect(opening(said).pass, said).toBe(false);
    }
  });
});

describe('closing: parting wishes', () => {
  const last = (said: string) =>
    only(closing(chat([['agent', '您好，请问有什么可以帮您', 1000], ['customer', '问个事', 2000], ['agent', '好的，已经办好了。请问还有其他问题吗', 3000], ['customer', '没有了', 4000], ['agent', said, 5000]]), S, rubric));
  it('accepts take care / go slowly', () => {
    for (const said of ['好的，那我就先挂了，您保重', '好的，您慢走', '好的，您多保重身体']) expect(last(said).pass, said).toBe(true);
  });
  it('not the same words in another sense', () => {
    for (const said of ['好的，保重要的材料带齐就行', '好的，慢走流程需要三天']) expect(last(said).pass, said).toBe(false);
  });
});

describe('empathy: acknowledgements and complaints in other words', () => {
  const answer = (complaint: string, reply: string) =>
    only(empathy(chat([['agent', '您好，请问有什么可以帮您', 1000], ['customer', complaint, 2000], ['agent', reply, 3000], ['agent', '好的，已经为您登记了', 4000]]), S, rubric));

  it('recognises the acknowledgement', () => {
    const cases: [string, string][] = [
      ['快递一个星期了还没到，怎么回事', '您的心情我完全能体会，我马上帮您催一下'],
      ['车修了三次还是有异响，你们怎么修的', '这确实是我们的工作没做到位，我们会安排技师重新检查'],
      ['医院挂号挂了一上午都挂不上，气死我了', '挂不上号确实很让人心急，我这边帮您看看有没有加号'],
      ['航班改了三回了，你们太不负责了', '确实打乱了您的行程安排，我马上帮您改签'],
    ];
    for (const [c, r] of cases) expect(answer(c, r).pass, r).toBe(true);
  });

  it('finds the complaint about a promise left hanging', () => {
    for (const complaint of [
      '上周打电话说两天内派人，到现在都没消息',
      '退款的事都拖了一个礼拜了',
      '说好的上门安装呢',
      '物业怎么还不来修，漏水好几天了',
      '你们擅自给我开通了增值业务',
    ]) {
      const f = answer(complaint, '您的手机号是多少');
      expect(f.pass, complaint).toBe(false);
    }
  });

  it('leaves neutral questions alone', () => {
    for (const question of ['自动续费怎么关闭', '我想问下退款一般几天到账', '说好的时间是几点来着，我忘了写下来', '拖车服务怎么收费']) {
      expect(answer(question, '您的手机号是多少').pass, question).toBe('na');
    }
  });
});

describe('record-reference: a booking number is a record; the agent\'s own number is not', () => {
  const needs = scenario({ requires: { reference: true } });
  const says = (line: string) => only(recordReference(chat([['agent', '您好，请讲', 1000], ['customer', '我想约个保养', 2000], ['agent', line, 3000]]), needs, rubric));
  it('accepts 预约号 / 预约单号 with an id', () => {
    for (const line of ['好的，给您约在周六上午，预约号是YY20261204-77', '已经登记了，您的预约单号幺五三七二八六']) expect(says(line).pass, line).toBe(true);
  });
  it('not the staff number after a surname introduction', () => {
    expect(says('您好，我姓陈，编号8842，这边给您约在周六上午').pass).toBe(false);
  });
});

/**
 * empathy (round 21), which turn is the opening request and how its clauses read: the reply to the agent's invitation
 * to tell the matter (您请讲 / 好的，您说) after small talk or a bare "I have a question" is the opening request, so a
 * flat delay told there is the matter, not a grievance; 怎么 inside a question embedded under 想了解一下 / 想问下
 * (…想了解一下超时怎么赔) is asked, not thrown at the firm, so it does not stress a promise-due opening.
 * Wordings are our own (a water-filter shop, a home-cleaning firm).
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const verdict = (preamble: string, invitation: string, said: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，净水商城售后', 1000],
        ['customer', preamble, 2000],
        ['agent', invitation, 3000],
        ['customer', said, 4000],
        ['agent', '麻烦报一下订单号', 5000],
        ['agent', '好的，我查一下', 6000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: the reply to the invitation is the opening request (round 21)', () => {
  it('a flat delay told in reply to 您请讲 after small talk is the matter', () => {
    expect(verdict('嗨，我是你们家的老会员了', '好的，您请讲', '我订的滤芯一直没发货')).toBe('na');
    expect(verdict('你好，有点事想咨询', '嗯，您说', '我订的滤芯一直没发货')).toBe('na');
  });
  it('after an agent turn that invites nothing, the same delay is a grievance', () => {
    expect(verdict('嗨，我是你们家的老会员了', '我们这周有会员活动，滤芯买二送一', '我订的滤芯一直没发货')).toBe(false);
  });
  it('stressed, it is a grievance even in reply to the invitation', () => {
    expect(verdict('你好，有点事想咨询', '嗯，您说', '我订的滤芯都半个月了还没发货！')).toBe(false);
  });
});

describe('empathy: 怎么 in an embedded question is asked (round 21)', () => {
  const reply = '请问您的订单号是多少';
  const next = '好的我记下了';
  it('a promise-due opening with the question under 想了解一下 is the matter', () => {
    expect(empathyAfter('约好的保洁阿姨还没上门，想了解一下超时怎么赔？', reply, next)).toBe('na');
  });
  it('怎么 put to the firm outside such a frame still stresses it', () => {
    expect(empathyAfter('约好的保洁阿姨还没上门，你们怎么安排的？', reply, next)).toBe(false);
    expect(empathyAfter('约好的保洁阿姨还没上门，怎么回事？', reply, next)).toBe(false);
  });
});

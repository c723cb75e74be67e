/**
 * round 23 (readings): the look-up's completion reported with nothing read off it is no disclosure.
 *   - the return after a wait that only says the record is open (档案已经调出来了 / 我这边找到了) reads nothing; what follows it
 *     is the statement read (…档案调出来了，您的车险已经…);
 *   - the 您 of a courtesy for the wait (谢谢您的耐心等待 / 让您久等) is the customer thanked, not the owner of the record
 *     pulled up after it;
 *   - 查到了 followed by the agent naming itself (查到了。我是顾问X) reports nothing of the record.
 * Look-alikes that still disclose: the customer's own record named as pulled up (您的保单我调出来了), content after the
 * completion. Wordings are our own (a car insurer, a gym, a piano school).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const afterWait = (back: string, lines: 'chat' | 'call' = 'chat') =>
  only(
    verification(
      (lines === 'chat' ? chat : call)([
        ['agent', '您好，安途车险客服，请讲', 1000, 2000],
        ['customer', '我想问问我的续保办好没有', 3000, 4000],
        ['agent', '请稍等，我调一下您的档案', 5000, 6000],
        ['customer', '好的', 30000, 31000],
        ['agent', back, 40000, 42000],
        ['customer', '嗯', 43000, 44000],
        ['agent', '麻烦报一下投保人身份证后四位', 45000, 47000],
        ['customer', '三三零八', 48000, 49000],
        ['agent', '核对无误，续保已经生效了', 50000, 52000],
      ]),
      needs,
      rubric,
    ),
  ).pass;

describe('verification: the look-up completed, nothing read off', () => {
  it('only the retrieval reported after the wait passes', () => {
    expect(afterWait('谢谢您的耐心等待，档案已经调出来了')).toBe(true);
    expect(afterWait('谢谢您这么耐心档案已经调出来了', 'call')).toBe(true);
    expect(afterWait('不好意思让您久等，资料调出来了')).toBe(true);
    expect(afterWait('我这边找到了 嗯 档案已经调出来了', 'call')).toBe(true);
    expect(afterWait('好了，我这边查到了。我是续保专员阿程，稍后由我跟进')).toBe(true);
  });

  it('the record named as the customer\u2019s, or content after the completion, still discloses', () => {
    expect(afterWait('您的保单我已经调出来了')).toBe(false);
    expect(afterWait('档案已经调出来了，您的续保目前已经生效')).toBe(false);
    expect(afterWait('查到了，您的车险上周已经续上了')).toBe(false);
  });
});

/**
 * empathy, round 22 (checks/complaint-turns.ts toTheBot): a grievance typed to the bot before any agent turn, a bot or
 * system line replying to it, was told to the machine that routes the contact, not to the agent: the agent owes empathy to
 * what is said to it. Said to the agent — also as the first thing after the transfer — it is owed as before. Wordings are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const run = (lines: [Speaker, string][]) =>
  only(empathy(chat(lines.map(([who, text], n): [Speaker, string, number] => [who, text, 1000 + n * 2000])), S, rubric)).pass;

describe('a grievance told to the bot', () => {
  it('is not owed by the agent', () => {
    expect(
      run([
        ['bot', '您好，我是洗衣店小助手，请问有什么可以帮您？'],
        ['customer', '大衣洗缩水了，太过分了，我要投诉'],
        ['bot', '这个问题我还不会，您可以回复“转人工”。'],
        ['customer', '转人工'],
        ['system', '正在为您转接人工客服，请稍候。'],
        ['agent', '您好，工号4410为您服务，请问是哪张取衣单？'],
        ['customer', '单号是X3321。'],
        ['agent', '好的，我查一下这张单。'],
      ]),
    ).not.toBe(false);
  });

  it('said again to the agent, it is owed as before', () => {
    expect(
      run([
        ['bot', '您好，我是洗衣店小助手，请问有什么可以帮您？'],
        ['customer', '大衣洗缩水了，我要投诉'],
        ['bot', '这个问题我还不会，您可以回复“转人工”。'],
        ['customer', '转人工'],
        ['agent', '您好，工号4410为您服务。'],
        ['customer', '我的大衣被你们洗缩水了，太过分了！'],
        ['agent', '请问是哪张取衣单？'],
        ['customer', '单号是X3321。'],
        ['agent', '好的，我查一下这张单。'],
      ]),
    ).toBe(false);
  });

  it('told to the agent with no bot between, it is owed', () => {
    expect(
      run([
        ['customer', '大衣洗缩水了，太过分了，我要投诉'],
        ['agent', '您好，工号4410为您服务，请问是哪张取衣单？'],
        ['customer', '单号是X3321。'],
        ['agent', '好的，我查一下这张单。'],
      ]),
    ).toBe(false);
  });
});

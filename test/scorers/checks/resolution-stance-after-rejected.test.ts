/**
 * resolution: an "I cannot answer" or a deflection that does not itself stand for the answer (the turn runs on
 * past it) no longer hides a stance reply in the same turn that does — the turn is read again by the stance rule,
 * which asks for answer content (a number, a time, a yes/no, the step to take) anywhere in it. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const NO_FACTS = scenario();
const reply = (asked: string, said: string) => chat([['agent', '您好，工号5208为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]);
const pass = (asked: string, said: string) => only(resolution(reply(asked, said), NO_FACTS, rubric)).pass;

describe('a deflection whose turn runs on without an answer', () => {
  it('is a non-answer when nothing in the turn answers', () => {
    expect(pass('楼道里的灯坏了谁来修？', '这个不归我们管，你们楼里的事情找居委会比较合适哈')).toBe(false);
    expect(pass('我的保单什么时候能批下来？', '这不是我们部门负责的，你们这种情况问理赔那边的人会更清楚一些')).toBe(false);
  });

  it('the same turn with an answer in it answers', () => {
    expect(pass('楼道里的灯坏了谁来修？', '这个不归我们管，不过居委会说了明天上午就派电工过去')).toBe(true);
    expect(pass('我的保单什么时候能批下来？', '这不是我们部门负责的，理赔那边一般3个工作日出结果')).toBe(true);
  });
});

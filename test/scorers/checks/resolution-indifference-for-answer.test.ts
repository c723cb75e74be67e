/**
 * resolution: an indifferent or perfunctory 忌语 (冷漠敷衍 / 敷衍答复: a tautology, "just wait", "it's in process", "put
 * up with it") standing for the answer to a question, with no number, time, yes/no or step in it or the next agent
 * turn, is a non-answer; the same words beside an answer are tone. Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const pass = (asked: string, said: string) =>
  only(resolution(chat([['agent', '您好，工号8812为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]), scenario(), rubric)).pass;

describe('indifference in place of the answer', () => {
  it('is a non-answer', () => {
    expect(pass('我的补贴申请批下来没有？', '在走流程。')).toBe(false);
    expect(pass('我家的暖气什么时候能热？', '嗯，到时候就热了')).toBe(false);
    expect(pass('楼上天天半夜跺脚，你们管不管？', '我们也没办法，忍忍吧。')).toBe(false);
  });
  it('beside an answer it is tone, not a non-answer', () => {
    expect(pass('我的补贴申请批下来没有？', '在走流程，预计下周三出结果')).toBe(true);
    expect(pass('楼上天天半夜跺脚，你们管不管？', '我们也没办法直接上门，但可以打110或者找居委会调解')).toBe(true);
  });
});

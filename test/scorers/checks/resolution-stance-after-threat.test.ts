/**
 * resolution: a threat to escalate with no question in it (我要去市场监管局投诉你们) asks nothing, so a dare or a brush-off
 * after it is the 忌语 alone, not a non-answer; the same brush-off after a question or a reported problem is one.
 * Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const pass = (asked: string, said: string) =>
  only(resolution(chat([['agent', '您好，工号7031为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]), scenario(), rubric)).pass;

describe('a stance reply after a threat', () => {
  it('is no non-answer after a bare threat', () => {
    expect(pass('你们再拖着不修，我就去市场监管局投诉你们', '那是售后网点的事，你找网点去')).toBe(true);
    expect(pass('我要找你们领导', '不归我管，你自己找去')).toBe(true);
  });
  it('is one after a question, threat or not', () => {
    expect(pass('热水器到底什么时候来修？再不来我就投诉你们', '那是售后网点的事，你找网点去')).toBe(false);
    expect(pass('热水器一直打不着火，都坏三天了', '那是售后网点的事，你找网点去')).toBe(false);
  });
});

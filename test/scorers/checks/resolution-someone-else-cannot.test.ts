/**
 * resolution (round 16): a "cannot look it up" with someone else as the one who cannot (个人查不了 / 您自己查不了) states
 * what the customer may do — an answer, not the agent's non-answer; and "whether you come or not is none of my
 * business" (您去不去我也管不着) hands the choice back — the indifference 忌语, not a question left unanswered
 * (checks/resolution.ts, the rubric's 无法答复). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const verdict = (question: string, reply: string) =>
  only(resolution(chat([['agent', '您好，工号7702为您服务', 500], ['customer', question, 1000], ['agent', reply, 3000], ['customer', '哦。', 5000]]), scenario(), rubric)).pass;

describe('someone else as the one who cannot', () => {
  it('answers', () => {
    expect(verdict('我能自己查一下对方的社保记录吗？', '个人查不了，要凭法院的调查令去社保局调取。')).toBe(true);
    expect(verdict('我能自己查一下对方的社保记录吗？', '您自己查不了，得让律师持调查令去调。')).toBe(true);
  });
  it('the agent who cannot stays a non-answer', () => {
    expect(verdict('我能自己查一下对方的社保记录吗？', '这个我查不了。')).toBe(false);
  });
});

describe('the customer’s choice handed back before 管不着', () => {
  it('is no non-answer', () => {
    expect(verdict('讲座几点开始？', '下午两点开始。')).toBe(true);
    const f = only(resolution(chat([['agent', '您好，工号7702为您服务', 500], ['customer', '讲座几点开始？', 1000], ['agent', '下午两点开始，麻烦报一下预约手机号。', 3000], ['customer', '13900001111。', 5000], ['agent', '好的，您去不去我也管不着。', 7000]]), scenario(), rubric));
    expect(f.pass).toBe(true);
  });
  it('a bare 我管不着 to a question stays one', () => {
    expect(verdict('讲座几点开始？', '这个我也管不着。')).toBe(false);
  });
});

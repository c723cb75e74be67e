/**
 * resolution: "no way + tell" with the bare spoken verb (没法说 / 没办法讲) is a non-answer, as 没法答复 and 说不好 are;
 * 没法说话 ("cannot talk right now") is not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号4521为您服务', 500], ['customer', '我的包裹什么时候能到？', 1000], ['agent', said, 3000], ['customer', '好吧。', 5000]]);
const pass = (said: string) => only(resolution(reply(said), S, rubric)).pass;

describe('no way to say', () => {
  it('is a non-answer', () => {
    expect(pass('这个系统里看不到，没法说。')).toBe(false);
    expect(pass('具体哪天到我这边没办法讲。')).toBe(false);
  });
  it('cannot talk right now is not', () => {
    expect(pass('不好意思，刚才线路有杂音没法说话，您的包裹明天上午送到。')).toBe(true);
  });
});

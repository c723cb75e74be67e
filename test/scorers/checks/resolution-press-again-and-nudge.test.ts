/**
 * resolution (round 16): a press that asks only for the look-up again (能否再核实一下 / 可以再打听一下吗 — 再 with no
 * 帮我 and no object), or that asks the agent to ask the technical staff or a superior (你帮我问问上级嘛), then the
 * answer: the non-answer is made good; and a line check between the press and the answer (还在不在？) does not break the
 * pair (checks/non-answer-repairs.ts). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号5127为您服务', 500], ['customer', '游泳馆的储值卡能转给家里人用吗？', 1000], ['agent', '这个我不太清楚。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;
const ANSWER = '可以转，带上双方身份证到前台办理过户即可。';

describe('pressed with 再 + a look-up verb alone, or to ask the technical staff, then answered', () => {
  it('makes the non-answer good', () => {
    for (const ask of ['能否再核实一下？', '可以再打听一下吗', '再问问吧', '你帮我问问上级嘛', '那您帮我问问技术呗']) {
      expect(pass(['customer', ask], ['agent', ANSWER]), ask).toBe(true);
    }
  });
  it('a 再 request naming something new does not', () => {
    for (const ask of ['能不能再查一下我的消费记录？', '再帮我开一张发票吧']) {
      expect(pass(['customer', ask], ['agent', '好的，消费记录和发票都已发到您邮箱。']), ask).toBe(false);
    }
  });
});

describe('a line check between the press and the answer', () => {
  it('keeps the pair', () => {
    expect(pass(['customer', '能不能再核实一下？'], ['customer', '还在不在？'], ['agent', ANSWER])).toBe(true);
  });
  it('a question of its own in between does not', () => {
    expect(pass(['customer', '能不能再核实一下？'], ['customer', '那年卡多少钱？'], ['agent', ANSWER])).toBe(false);
  });
});

/**
 * resolution (issue 10, round 10, second pass): a non-answer pressed by "where does that leave me" — whom to turn to,
 * what to do now, only to wait, nobody handling it, or the question again with 到底 — then answered is made good
 * (checks/non-answer-repairs.ts WHERE_THAT_LEAVES_ME); so is a bare request to look again in a reduplicated verb
 * (再帮我瞧一瞧 / 查查) or to ask a unit (问问仓库那边). A question of its own is none. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号2207为您服务', 500], ['customer', '健身卡能转给我同事用吗？', 1000], ['agent', '这个我说不准。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;
const ANSWER = '可以转一次，带上双方身份证到前台办，手续费五十元。';

describe('pressed by where that leaves the customer, then answered', () => {
  it('makes the non-answer good', () => {
    for (const press of ['那我该去找谁呢？', '那这事咋办啊', '那我只能等着了？', '总该有人知道吧', '那到底行不行啊', '那你再帮我查查吧', '那你帮我问问会籍部嘛']) {
      expect(pass(['customer', press], ['agent', ANSWER]), press).toBe(true);
    }
  });
  it('a question of its own, or no answer after the press, does not', () => {
    for (const press of ['门禁卡坏了应该找谁处理呢', '那我怎么办理退卡手续？']) expect(pass(['customer', press], ['agent', ANSWER]), press).toBe(false);
    expect(pass(['customer', '那我该去找谁呢？'], ['agent', '这个我真说不准。'])).toBe(false);
  });
});

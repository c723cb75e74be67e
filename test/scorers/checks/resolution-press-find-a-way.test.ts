/**
 * resolution (round 23): the customer's request that the agent find the withheld answer out, in three frames the press
 * forms did not read — the modal with its subject dropped (能不能打听一下), 想办法 "find a way" before the look-up verb
 * (您能想办法查查吗), the party to ask named after 问 (你问一下仓库嘛), and the tell-back tail 再跟我说 / 然后给我回话 —
 * then the answer: the non-answer is made good (checks/non-answer-repairs.ts ASKS_TO_FIND_OUT). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { pressesForAnswer } from '../../../scorers/checks/non-answer-repairs.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号6218为您服务', 500], ['customer', '健身房的私教课能换教练吗？', 1000], ['agent', '这个我不太清楚。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;
const ANSWER = '可以换，在小程序里提交换教练申请，前台三天内安排。';

describe('a request to find out in the new frames, then the answer', () => {
  it('makes the non-answer good', () => {
    for (const ask of ['能不能打听一下再告诉我？', '那你核实下再跟我说。', '这个您能想办法查查吗？', '你问一下前台嘛。', '可不可以问问然后给我回话']) {
      expect(pass(['customer', ask], ['agent', ANSWER]), ask).toBe(true);
    }
  });
  it('are read as presses', () => {
    for (const ask of ['能不能打听一下再告诉我', '你想办法问问吧', '你问一下仓库嘛', '那你确认下再和我讲']) expect(pressesForAnswer(ask), ask).toBe(true);
  });
});

describe('look-alikes that name something new', () => {
  it('are no press', () => {
    for (const ask of ['能不能查一下我的会员卡', '能不能问一下月卡多少钱', '你问一下教练几点到', '你能想办法帮我退掉吗', '能不能想办法便宜点', '能不能再说一遍']) {
      expect(pressesForAnswer(ask), ask).toBe(false);
    }
  });
  it('leave the non-answer standing', () => {
    expect(pass(['customer', '能不能查一下我的会员卡？'], ['agent', '您的会员卡下个月到期。'])).toBe(false);
  });
});

/**
 * resolution (round 22): the customer points the agent to its own side as able to find the withheld answer out, asking
 * nothing of its own — someone to ask in an open slot after 找个 / 问问你们 (找个懂行的教练问一下嘛 / 问问你们教务好不好),
 * who of 你们 knows (那你们谁了解啊), or 总 before a knowing or finding verb (你们总有人清楚吧 / 你们教务总能查到吧):
 * then the answer makes the non-answer good (checks/non-answer-repairs.ts). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { pressesAtPauses } from '../../../scorers/checks/non-answer-repairs.js';
import { buildView } from '../../../scorers/text/view.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号3307为您服务', 500], ['customer', '你们驾校周末能练车吗？', 1000], ['agent', '这个我不清楚。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;
const ANSWER = '周末可以练车，要提前一天在小程序上约教练。';

describe("the agent's side pointed to as able to find out", () => {
  it('presses', () => {
    for (const ask of ['那能不能找个懂行的教练问一下？', '你找个管排班的问一下嘛', '那你问问你们教务好不好？', '那你们谁了解啊', '你们总有人清楚吧？', '你们教务总能查到吧？', '总有办法问吧']) {
      expect(pressesAtPauses(buildView(ask)), ask).toBe(true);
      expect(pass(['customer', ask], ['agent', ANSWER]), ask).toBe(true);
    }
  });
  it('a request naming something of its own, or 总 in another sense, does not', () => {
    for (const ask of ['那你问问你们能不能退费好不好？', '你们总能查我的考试成绩吧', '你们总是这样', '总不能一直拖着吧', '你们谁负责退费']) {
      expect(pressesAtPauses(buildView(ask)), ask).toBe(false);
    }
  });
});

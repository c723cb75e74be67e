/**
 * resolution (round 22, reading): the customer's turn after a non-answer read clause by clause (punctuation, or the
 * pauses of a spaced ASR line): it presses for the withheld answer when one clause presses and every other clause only
 * rebukes the not-knowing (你们不是X吗 / 怎么会不清楚 / 这事你都不知道) or says what the answer is worth, a time word
 * allowed in it (我今晚就得知道). Then the answer makes the non-answer good (checks/non-answer-repairs.ts). Wordings are
 * our own.
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

describe('a press beside rebukes and stakes, clause by clause', () => {
  it('presses', () => {
    for (const ask of [
      '你们不是驾校吗？怎么会不清楚？帮我问问',
      '你们不是驾校吗 怎么会不清楚 帮我问问',
      '练车的事你都不知道？帮我查查呗。',
      '您帮我查查吧，我今晚就得知道。',
    ]) {
      expect(pressesAtPauses(buildView(ask)), ask).toBe(true);
      expect(pass(['customer', ask], ['agent', ANSWER]), ask).toBe(true);
    }
  });
  it("a clause of the customer's own, or the customer's own not-knowing, does not", () => {
    for (const ask of ['帮我问问。我想再报个夜班', '我也不清楚。帮我问问', '你们不是驾校吗？学费多少钱', '你们不是驾校吗？', '怎么会不清楚？']) {
      expect(pressesAtPauses(buildView(ask)), ask).toBe(false);
    }
  });
  it('a press with no answer after it leaves the non-answer standing', () => {
    expect(pass(['customer', '你们不是驾校吗？怎么会不清楚？帮我问问'], ['agent', '这个真的不清楚。'])).toBe(false);
  });
});

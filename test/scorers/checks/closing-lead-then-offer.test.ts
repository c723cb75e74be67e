/**
 * closing, round 21 [S21 结束语 致谢 / 道别]: frames with open slots.
 *   - 回头 + an optional occasion, adverb and means + 联系/聊 (回头有事随时联系 / 回头电话联系): the 回头联系 leave-taking with
 *     its slots filled;
 *   - a parting lead — thanks opening the clause, or 先这样 / 就这样 — then, in the next clause, the offer to get back in
 *     touch (谢谢，X方面有事随时来电 / 好，那就这样，有情况再打过来): the lead takes leave.
 * Look-alikes: the offer alone, thanks leading into a question, 回头 + the agent's own errand (回头我帮您联系X), thanks
 * followed by a plain statement. Our own wordings (a ferry line, a piano tuner, a kennel).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

/** The answer, then the wrap-up question, the customer's no, the agent's `last`, and the customer's goodbye. */
function ending(last: string) {
  return chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '调音师周几能上门', 3000],
    ['agent', '周三和周五都可以，还有别的需要吗', 6000],
    ['customer', '没有了', 8000],
    ['agent', last, 10000],
    ['customer', '好', 12000],
  ]);
}
const closes = (last: string) => only(closing(ending(last), S, rubric)).pass;

describe('closing: round-21 a parting frame with open slots', () => {
  it('回头 + occasion / adverb / means + 联系', () => {
    for (const last of ['好的，回头有事随时联系', '嗯 回头电话联系', '行，回头有需要再联系我们']) expect(closes(last), last).toBe(true);
  });
  it('thanks or 先这样 leading, the offer to get back in touch in the next clause', () => {
    for (const last of ['谢谢，调音方面有事随时来电', '嗯谢谢您 后续有安排我们再联系', '好，那就这样，有情况再打过来', '好的，那先这样，琴有问题随时找我们']) {
      expect(closes(last), last).toBe(true);
    }
  });
});

describe('closing: round-21 look-alikes are no 结束语', () => {
  it('the offer alone, 回头 + an errand, thanks into a question or a statement', () => {
    for (const last of ['有问题随时联系我们', '回头我帮您联系调音师', '谢谢，请问琴是立式的吗', '谢谢，周三上午师傅到', '那先这样安排，周三上午到']) {
      expect(closes(last), last).toBe(false);
    }
  });
});

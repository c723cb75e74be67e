/**
 * resolution, round 25 (checks/answer-after-reaction.ts): a non-answer made good after the customer's reaction to it,
 * whatever its wording — a rebuke that holds the agent's role up to it, a plea, a complaint that nothing was answered —
 * when the agent's next turn with something to say answers the withheld question on its topic (a content word of it
 * again). A reaction that takes the reply or lets it go, asks for the last reply again, or makes a new request, and an
 * answer tied only to a question the reaction asked, do not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(
    resolution(
      chat([
        ['agent', '您好，花房园艺，工号4471为您服务', 500],
        ['customer', '多肉冬天要搬进屋里吗？', 1000],
        ['agent', '这个我回答不了。', 3000],
        ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number]),
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('the customer reacts, the agent then answers on the topic', () => {
  it('a rebuke, a plea or a nudge, then the answer: made good', () => {
    expect(pass(['customer', '你们不是卖花的吗？'], ['agent', '零度以下多肉就要搬进屋里，放在朝南的窗台。'])).toBe(true);
    expect(pass(['customer', '您再想想呗，我挺担心的'], ['agent', '气温低于五度的话多肉最好搬进屋里。'])).toBe(true);
    expect(pass(['customer', '卖花的都不懂这个？'], ['customer', '还在吗？'], ['agent', '嗯嗯'], ['agent', '多肉怕冻，入冬前搬进屋里就行。'])).toBe(true);
  });

  it('a reply on another topic, or the non-answer again, does not', () => {
    expect(pass(['customer', '你们不是卖花的吗？'], ['agent', '我们店周一到周五都营业。'])).toBe(false);
    expect(pass(['customer', '你们不是卖花的吗？'], ['agent', '抱歉，多肉这块我确实不清楚。'])).toBe(false);
  });

  it('a reaction that takes the reply, lets it go, asks for a repeat or makes a new request does not', () => {
    expect(pass(['customer', '行，那我自己再查查。'], ['agent', '多肉冬天搬进屋里的话记得少浇水。'])).toBe(false);
    expect(pass(['customer', '哦'], ['agent', '多肉冬天搬进屋里的话记得少浇水。'])).toBe(false);
    expect(pass(['customer', '刚才没听清，您能再说一遍吗？'], ['agent', '多肉的事我回答不了，您看看说明书。'])).toBe(false);
    expect(pass(['customer', '那能不能帮我把多肉寄存在店里？'], ['agent', '可以，多肉寄存一周二十元。'])).toBe(false);
  });

  it('an answer to the reaction’s own question is not the withheld one’s', () => {
    expect(pass(['customer', '那你们花盆多少钱？'], ['agent', '陶土花盆十五元一个，多肉专用的。'])).toBe(false);
  });
});

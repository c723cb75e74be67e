/**
 * resolution (round 24, which turn answers which): after a non-answer the customer keeps the withheld question open —
 * asks it again on its topic (a shared content word), or asks the agent to find it out with only a reason beside it —
 * and the agent's next turn answers it: the non-answer made good (checks/reask.ts, non-answer-repairs.ts). A question on
 * another topic, one opened as another matter, or a request that the agent act for the customer is a new one. Also the
 * recogniser's 邦 for 帮 before whom it helps. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (asked: string, ...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号5120为您服务', 500], ['customer', asked, 1000], ['agent', '这个我不清楚。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;

describe('the withheld question kept open, then answered', () => {
  it('asked again on its topic makes the non-answer good', () => {
    expect(pass('游泳馆有儿童泳道吗？', ['customer', '儿童泳道到底有没有？'], ['agent', '有的，儿童泳道在东侧，周末全天开放。'])).toBe(true);
    expect(pass('储物柜要押金吗？', ['customer', '那储物柜押金在哪交？'], ['agent', '要的，押金十元，在前台交，退柜时退还。'])).toBe(true);
  });
  it('asked to find it out beside a reason makes it good', () => {
    for (const ask of ['我下周就要用，麻烦核实下。', '这个挺急的 能查查吗', '你帮我打听一下嘛，我等着安排', '能邦我问问吗']) {
      expect(pass('健身卡能转让给朋友吗？', ['customer', ask], ['agent', '健身卡可以转让一次，到前台填转让单就行。']), ask).toBe(true);
    }
  });
  it('a question on another topic, an aside or a request to act is a new one', () => {
    expect(pass('健身卡能转让给朋友吗？', ['customer', '那淋浴间几点关？'], ['agent', '淋浴间晚上十点关，毛巾前台免费领。'])).toBe(false);
    expect(pass('健身卡能转让给朋友吗？', ['customer', '对了，健身卡能暂停吗？'], ['agent', '健身卡每年可以暂停一次，最长三十天。'])).toBe(false);
    expect(pass('健身卡能转让给朋友吗？', ['customer', '那能不能帮我把健身卡先冻结？'], ['agent', '可以，已经给您冻结了，解冻找前台。'])).toBe(false);
    expect(pass('健身卡能转让给朋友吗？', ['customer', '能问一下吗'], ['agent', '您说，健身卡的事都可以问。'])).toBe(false);
  });
  it('an answer on another matter makes nothing good', () => {
    expect(pass('健身卡能转让给朋友吗？', ['customer', '麻烦核实下。'], ['agent', '好的，淋浴间晚上十点关，毛巾免费领。'])).toBe(false);
  });
});

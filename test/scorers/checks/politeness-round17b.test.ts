/**
 * Round 17b constructions (older dev sets' rude misses): the fault laid on the customer as a certainty (肯定是您…没/不对/错 —
 * the 您 names the one at fault) and the agent's own tellings counted as a grievance (我都 + 说/讲 + a count of 遍, closing
 * its clause). Wordings are our own (a water-heater repair desk), not corpus lines; the look-alikes stay clean.
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude } = replyAtDesk('您好，热水器报修热线，请问有什么可以帮您', '热水器一直显示E5故障码');

describe('round 17b: rude constructions', () => {
  it('fail politeness', () => {
    for (const said of [
      '那肯定是您水阀没开到底，说明书翻过没有？',
      '肯定是你自己装错了',
      '我都说四遍了，先断电再复位！',
      '我都跟您讲了两遍了，按复位键。',
    ]) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '肯定是您家水压的问题吗？我帮您派师傅看看。',
      '肯定不是您操作的问题，是主板故障，我帮您登记。',
      '我再说一遍，先断电再按复位键。',
      '我都讲了两遍了那个复位步骤您记一下是先断电',
    ]) {
      expect(rude(said), said).toBe(false);
    }
  });
});

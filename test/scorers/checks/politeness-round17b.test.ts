/**
 * Round 17b constructions (older dev sets' rude misses): the fault laid on the customer as a certainty (肯定是您…没/不对/错 —
 * the 您 names the one at fault) and the agent's own tellings counted as a grievance (我都 + 说/讲 + a count of 遍, closing
 * its clause), the hindsight reproach (…前您自己就该 / 你V之前应该先), 怨不得别人 (the published 怪不得别人's variant). Wordings are our own (a water-heater repair desk), not corpus lines; the look-alikes stay clean.
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
      '通电前您自己就该看看水压',
      '你装之前应该先量一下尺寸啊',
      '型号是您自己挑的，怨不得别人。',
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
      '您下次清洗之前记得先断电',
      '请您通电前先打开进水阀',
    ]) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('round 17b: the shrug in a tag as the whole reply (嗯嗯，是吧)', () => {
  const desk = replyAtDesk('您好，热水器报修热线，请问有什么可以帮您', '师傅明天上午能到吗');
  it('is a 忌语 (敷衍), not rudeness', () => {
    for (const said of ['嗯嗯，是吧。', '嗯 是吧']) {
      expect(desk.forbidden(said), said).toBe(true);
      expect(desk.rude(said), said).toBe(false);
    }
  });
  it('是吧 asking for a confirmation is no shrug', () => {
    for (const said of ['您家是燃气款的，是吧？', '明天上午十点，是吧？我帮您约上。']) expect(desk.forbidden(said), said).toBe(false);
  });
});

describe('round 17b: our side declining to handle the matter, as a whole clause (这事我们不处理。)', () => {
  const desk = replyAtDesk('您好，热水器报修热线，请问有什么可以帮您', '楼上漏水把我家热水器淋坏了');
  it('is a 忌语 (推诿)', () => {
    for (const said of ['这个我们不处理。', '那我们这边不负责的。']) expect(desk.forbidden(said), said).toBe(true);
  });
  it('a scope with its object stated, or help after it, is not', () => {
    for (const said of ['人为进水损坏我们不负责保修，但我可以帮您约付费维修。', '这类问题我们不处理的话，我帮您转物业那边。']) expect(desk.forbidden(said), said).toBe(false);
  });
});

/**
 * hold-etiquette and dead-air (round 25), the order of turns around a wait:
 *   - the agent's turn that ends the silence opens with thanks for the wait: the request in its last turn stood, though an
 *     aside followed it in that turn (稍等，我查一下库存。我们门店九点开门。) — an answer or a question of the customer's since
 *     still spends it;
 *   - after the request's clause the turn says one question to the customer, its last (…我查一下库存。不知道您周末方便吗？):
 *     a side question asked while the look-up runs, not its result;
 *   - the role address in the thanks' 您 slot (谢谢同学的耐心 / 感谢各位旅客等候) thanks for the wait.
 * Our own wordings (a bicycle shop, a ski resort).
 */
import { describe, expect, it } from 'vitest';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (ask: string, back: string, between: [string, number][] = []) =>
  chat([
    ['agent', '您好，轮行单车店，请讲', 1000],
    ['customer', '我订的那辆公路车到货了吗', 5000],
    ['agent', ask, 9000],
    ...between.map(([text, at]) => ['customer', text, at] as ['customer', string, number]),
    ['agent', back, 60_000],
  ]);

describe('the return thanks keep the request an aside followed', () => {
  it('announced and thanked', () => {
    for (const back of ['感谢您的耐心等待，车子周三到店', '嗯，让您久等了，车子周三到店']) {
      const c = held('稍等，我查一下到货单。我们门店早上九点开门，晚上八点关门。', back);
      expect(only(holdEtiquette(c, S, rubric)).pass, back).toBe(true);
      expect(only(deadAir(c, S, rubric)).pass, back).toBe(true);
    }
  });
  it('no thanks, thanks later in the turn, or a question of the customer\'s since: the aside still answered it', () => {
    const cases: [string, [string, number][]][] = [
      ['车子周三到店', []],
      ['车子周三到店，感谢您的耐心等待', []],
      ['感谢您的耐心等待，车子周三到店', [['头盔另外收钱吗？', 12_000]]],
    ];
    for (const [back, between] of cases) {
      const c = held('稍等，我查一下到货单。我们门店早上九点开门，晚上八点关门。', back, between);
      expect(only(deadAir(c, S, rubric)).pass, back).toBe(false);
    }
  });
});

describe('a side question after the request', () => {
  it('keeps the wait announced', () => {
    const c = held('请稍候，我联系一下仓库。不知道您这周末方便来店里试骑吗？', '仓库说车子周三到店');
    expect(only(deadAir(c, S, rubric)).pass).toBe(true);
  });
  it('an answer before the question still answers the look-up', () => {
    const c = held('我看一下，车子已经到店了，放在二号仓。您这周末方便来取吗？', '您还在吗');
    expect(only(holdEtiquette(c, S, rubric)).pass).toBe('na');
  });
});

describe('the role address in the thanks', () => {
  it('thanks for the wait', () => {
    for (const back of ['谢谢同学的耐心。车子周三到店', '感谢各位车友等候，车子周三到店']) {
      expect(only(holdEtiquette(held('请稍等，我查一下到货单', back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('the patience of something done, or a wait asked for, does not', () => {
    for (const back of ['谢谢师傅的耐心讲解，车子周三到店', '谢谢，请耐心等待，车子周三到店']) {
      expect(only(holdEtiquette(held('请稍等，我查一下到货单', back), S, rubric)).pass, back).toBe(false);
    }
  });
});

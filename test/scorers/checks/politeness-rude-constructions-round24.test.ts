/**
 * Round 24 constructions, rude (politeness) and so a 忌语 too (forbidden-words), each in our own wording (a piano-tuning
 * shop, a pet-grooming salon):
 * - the customer's not knowing made the reason against their own action, asked back or forbidden (不懂调音还买三角琴 /
 *   连这个都不知道还来报名 / 不懂就别自己拆琴);
 * - the customer's account called unclear, to 你 or with the task made small (你自己家的狗几岁都说不清楚 / 报个地址都讲不明白);
 * - the exasperation 服了 closing its clause with the 你 left out (…，真服了。/ 也是服了);
 * - the complaint answered by the customer's leaving: 嫌 + a grievance, then any verb refused closing its clause or
 *   another business (嫌慢可以不修啊 / 嫌贵您去别家洗呗).
 * Look-alikes that must not fire: help (不懂还可以问我们), a reassurance (不懂的话就别着急), the agent's own not-knowing
 * (我也不知道还要等多久 / 这个我也说不清楚), anyone's (谁都说不清楚), a condition (…说不清楚的话我让师傅上门), 克服了 /
 * 佩服了, an optional step (嫌麻烦的话可以不填备注), our own other branch (嫌远可以去别的门店办), 热线查不到 (heard as 嫌差不到: no 可以 / 就 before the refusal).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden, rude } = replyAtDesk('您好，和弦钢琴调律，请问有什么可以帮您', '我家的琴音不准了怎么办');

const both = (said: string) => [rude(said), forbidden(said)];

describe('round 24 rude constructions', () => {
  it('not knowing made the reason against the action', () => {
    for (const said of ['不懂调音还买三角琴？', '连这个都不知道还来报名？', '不懂就别自己拆琴']) expect(both(said), said).toEqual([true, true]);
  });
  it('the account called unclear', () => {
    for (const said of ['你自己家的琴哪年买的都说不清楚，我怎么排师傅？', '报个地址都讲不明白。']) expect(both(said), said).toEqual([true, true]);
  });
  it('服了 closing its clause', () => {
    for (const said of ['琴盖都能摔坏，也是服了。', '好的，明白了，真服了。']) expect(both(said), said).toEqual([true, true]);
  });
  it('the customer told to leave over a grievance', () => {
    for (const said of ['嫌慢可以不修啊', '嫌贵您去别家调呗。']) expect(both(said), said).toEqual([true, true]);
  });
  it('look-alikes', () => {
    for (const said of [
      '不懂还可以问我们，师傅会讲',
      '不懂的话就别着急，我慢慢说',
      '我也不知道还要等多久，我帮您催一下师傅',
      '这个我也说不清楚，我问下师傅再回您',
      '琴的年份谁都说不清楚，看下琴号就知道了',
      '您那边说不清楚的话，我让师傅上门看',
      '这个难关我们已经克服了。',
      '嫌麻烦的话可以不填备注',
      '嫌远可以去别的门店办，我把地址发您',
      '这个我们热线查不到，我帮您转给师傅',
    ]) {
      expect(both(said), said).toEqual([false, false]);
    }
  });
});

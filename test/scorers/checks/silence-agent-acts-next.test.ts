/**
 * Round 20: a request to wait followed by what the agent will do next — 我 + any two-character verb + the tentative 一下, no
 * 了 (请稍等，我换算一下您这批货的运费 / 稍等，我汇总一下…) — is the task the wait is for, still ahead: the silence after it is an
 * announced hold, not dead air, however long the object. A verb of saying (我解释一下…) or the task already done (…一下了)
 * is the answer in the turn, and the silence after it stays the agent's. Our own wordings (a freight forwarder's desk).
 */
import { describe, expect, it } from 'vitest';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const after = (agentTurn: string) =>
  call([
    ['agent', '您好，货运代理客服，请讲', 1000, 2000],
    ['customer', '我那批货到底要付多少运费', 3000, 5000],
    ['agent', agentTurn, 6000, 10_000],
    ['customer', '好的', 11_000, 11_500],
    ['agent', '感谢您的耐心等待，一共是一千二百元', 45_000, 48_000],
  ]);

describe('the agent says what it will do next after the request to wait', () => {
  it('announces the wait', () => {
    for (const said of ['请稍等，我换算一下您这批货按体积计的运费', '稍等，我这边汇总一下您这个月几票货的费用明细']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(true);
      expect(only(holdEtiquette(after(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a verb of saying, or the task done, answers in the turn: the silence after it is dead air', () => {
    for (const said of ['请稍等，我解释一下这个运费是按体积算出来的', '稍等，我换算一下了您这批货按体积一共六立方']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

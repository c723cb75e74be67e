/**
 * Round 18: a customer who asks the agent to wait and says, with 我, the errand it goes on meanwhile (稍等，我去阳台
 * 看一下电表 / 等一下，我拿个笔) owes the next word; not when a figure in the rest of the turn already answers
 * (稍等我说错了，是三〇二 → 302). Wordings are our own (a property-management chat).
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const chatAfter = (customerTurn: string) =>
  chat([
    ['agent', '您好，物业在线客服，请问有什么可以帮您？', 1000],
    ['customer', '想问下电费怎么这么高', 5000],
    ['agent', '好的，您家电表号是多少？', 9000],
    ['customer', customerTurn, 15_000],
    ['customer', '电表号4471', 75_000],
    ['agent', '收到，我看一下这块表的读数', 80_000],
  ]);

describe("silence accounting: the customer's own errand after its request to wait", () => {
  it('稍等 + what the customer goes to do (我…) leaves the next word with the customer', () => {
    for (const said of ['稍等，我去阳台看一下电表', '等一下，我拿个笔', '你稍等，我开下灯']) {
      const i = chatAfter(said);
      expect(only(deadAir(i, S, rubric)).pass, said).toBe(true);
      expect(accountSilences(i, rubric).silences.map((s) => s.pauseReason), said).toContain('customer-asked-wait');
    }
  });
  it('…not when the rest of the turn gives a figure', () => {
    expect(accountSilences(chatAfter('稍等我说错了，是302'), rubric).silences.map((s) => s.pauseReason)).not.toContain('customer-asked-wait');
  });
});

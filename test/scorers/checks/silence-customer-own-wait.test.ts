/**
 * A customer who asks the agent to wait for it (稍等我翻一下 / 您等我一下 / 我想想) owes the next word: the silence
 * that follows is the customer's, in a chat too. Not when the customer accepts the agent's wait (我等一下), asks
 * the agent to look (帮我查一下), or gives the answer in the same turn. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const chatAfter = (customerTurn: string) =>
  chat([
    ['agent', '您好，物业在线客服，请问有什么可以帮您？', 1000],
    ['customer', '想问下车位续租', 5000],
    ['agent', '好的，您的车位编号是多少？', 9000],
    ['customer', customerTurn, 15_000],
    ['customer', 'B2-117', 75_000],
    ['agent', '收到，B2-117续租一年是三千六', 80_000],
  ]);

describe("silence accounting: the customer's own wait", () => {
  it('a customer asking the agent to wait for it owes the next word', () => {
    for (const said of ['稍等，我翻一下合同', '你等我一下，我去拿钥匙', '我想想啊……', '等会儿，我问问物业卡']) {
      const i = chatAfter(said);
      expect(only(deadAir(i, S, rubric)).pass, said).toBe(true);
      expect(accountSilences(i, rubric).silences.map((s) => s.pauseReason), said).toContain('customer-asked-wait');
    }
  });

  it('accepting a wait, asking the agent to look, a question or a wait with the answer after it does not', () => {
    for (const said of ['帮我查一下', '好的我等一下', '等一下，续租要带什么吗？', '我找找，编号是B2-117的那个车位']) {
      expect(only(deadAir(chatAfter(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

/**
 * A request to wait does not cover a new question the customer asks after it: the silence then waits on the
 * answer to that question (unannounced). A question about the wait itself, an acknowledgement with a
 * question mark or a line check keep the announced wait. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const afterAsk = (customer: string) =>
  chat([
    ['agent', '您好，物业服务中心，请问有什么可以帮您？', 1000],
    ['customer', '我想开一张物业费的发票', 6000],
    ['agent', '好的，我帮您查一下这个季度的缴费记录。', 10_000],
    ['customer', customer, 16_000],
    ['agent', '查到了，本季度已缴清，发票可以开。', 70_000],
  ]);

describe('a customer question after the announcement', () => {
  it('a new question: the silence after it is unannounced (dead air, and timed for response-latency)', () => {
    for (const q of ['另外，开发票要收手续费吗？', '电子发票能发到邮箱吗', '那停车费是不是也能一起开？', '发票能提前多久开？']) {
      const i = afterAsk(q);
      expect(accountSilences(i, rubric).silences.map((s) => s.kind), q).toEqual(['unannounced']);
      expect(only(deadAir(i, S, rubric)).pass, q).toBe(false);
      expect(only(responseLatency(i, S, rubric)).pass, q).toBe(false);
    }
  });

  it('a question about the wait, an acknowledgement with a question mark, a statement or a line check: still announced', () => {
    for (const q of ['好的，大概要多久？', '多长时间能查到？', '行，查到了吗？', '好的？？', '嗯，我等着', '喂？在吗？']) {
      expect(accountSilences(afterAsk(q), rubric).silences.map((s) => s.kind), q).toEqual(['announced-hold']);
    }
  });

  it('the same on a call', () => {
    const i = call([
      ['agent', '稍等，我帮您看一下航班状态', 1000, 4000],
      ['customer', '行李额度是多少', 5000, 7000],
      ['agent', '行李额度是二十公斤', 20_000, 23_000],
    ]);
    expect(accountSilences(i, rubric).silences.map((s) => s.kind)).toEqual(['unannounced']);
  });
});

/**
 * resolution: a not-knowing that closes its clause is the reply (我也不知道，你自己想办法 / 不晓得。您…), even when the
 * next clause opens with 你/您 — the look-ahead that keeps 不知道您方便吗 out must not reach across the clause break.
 * 晓得 is the spoken 知道. Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const contact = (reply: string) =>
  chat([
    ['customer', '驾校的科目二能约周末吗？', 1000],
    ['agent', reply, 2000],
  ]);

describe('resolution: a not-knowing closing its clause', () => {
  it('fails when the not-knowing ends its clause and a 你/您 clause follows', () => {
    for (const reply of ['我也不知道，你自己去教练那儿问', '这个不晓得，您别问我了', '我不太清楚。你看着办吧']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(false);
    }
  });

  it('passes the not-knowing that runs on into a question to the customer', () => {
    for (const reply of ['不知道您方便周六还是周日？周末都能约', '可以约的，不清楚的话您看预约页面']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(true);
    }
  });
});

/**
 * Round 22 (a reading bug in 否定拒绝): 没办法 before a verb of finding out (没办法查 / 没办法查询 / 没办法核实) is the look-up
 * the agent cannot make — a non-answer, resolution's, as 这个我没办法查 and 没办法答复您 already are — not the resigned 没办法
 * that closes the matter. The bare 没办法 still counts. Wordings are our own (a library).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden } = replyAtDesk('您好，市图书馆服务台，请问有什么可以帮您', '外借的书能不能续借第三次');

describe('round 22: 没办法 + a verb of finding out', () => {
  it('is no flat refusal', () => {
    for (const said of ['续借记录没办法查询。', '这个没办法查', '借阅卡的事没办法核实。']) {
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('the resigned 没办法 still counts', () => {
    for (const said of ['没办法。', '这个真没办法。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});

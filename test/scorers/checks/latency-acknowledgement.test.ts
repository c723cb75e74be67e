/**
 * response-latency: a backchannel said over the customer (是 / 嗯 while they are talking) is listening, not a
 * reply — nor is 好的, a 附和语 (round 9) — while a full acknowledgement 收到 / 明白 said into their sentence takes the floor and is one; an acknowledgement once they have finished — a spoken 嗯嗯 after their turn, a chat message 嗯。 —
 * takes the word and answers. The silence after it is dead-air's. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { responseLatencyMs: 10_000 } });

describe('response-latency: acknowledgements', () => {
  it('a spoken acknowledgement after the customer finished answers', () => {
    const i = call([
      ['agent', '您好，花店服务热线，请讲', 1000, 3000],
      ['customer', '我订的花送到了但是蔫了', 4000, 7000],
      ['agent', '嗯嗯。', 8000, 8500],
      ['agent', '这个我们给您补送一束', 25_000, 28_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(true);
  });

  it('a chat message 嗯。 answers', () => {
    const i = chat([
      ['agent', '您好，花店在线客服', 1000],
      ['customer', '我订的花送到了但是蔫了', 4000],
      ['agent', '嗯。', 9000],
      ['agent', '给您补送一束', 40_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(true);
  });

  it('a backchannel said over the customer does not', () => {
    const i = call([
      ['agent', '您好，花店服务热线，请讲', 1000, 3000],
      ['customer', '我订的花送到了但是蔫了，花瓣都掉了', 4000, 9000],
      ['agent', '嗯', 6000, 6300],
      ['agent', '这个我们给您补送一束', 25_000, 28_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(false);
  });

  it('a full acknowledgement said into the customer\'s sentence (收到 / 明白) takes the floor: it answers, as it interrupts', () => {
    for (const ack of ['收到', '明白']) {
      const i = call([
        ['agent', '您好，花店服务热线，请讲', 1000, 3000],
        ['customer', '我订的花送到了但是蔫了，花瓣都掉了', 4000, 9000],
        ['agent', ack, 7000, 7600],
        ['agent', '这个我们给您补送一束', 25_000, 28_000],
      ]);
      expect(only(responseLatency(i, S, rubric)).pass, ack).toBe(true);
    }
  });

  it('好的 said over the customer is listening (a 附和语), not a reply', () => {
    const i = call([
      ['agent', '您好，花店服务热线，请讲', 1000, 3000],
      ['customer', '我订的花送到了但是蔫了，花瓣都掉了', 4000, 9000],
      ['agent', '好的', 7000, 7600],
      ['agent', '这个我们给您补送一束', 25_000, 28_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(false);
  });
});

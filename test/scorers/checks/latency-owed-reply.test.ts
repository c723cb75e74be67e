/**
 * response-latency: which customer turns are owed a reply. A wait the agent announced is excepted however short
 * (under the dead-air threshold it is no silence, but the customer was told); a question asked in the announcing
 * turn, once answered, spends the announcement, wherever in the turn it stands; last words that ask nothing,
 * after which the customer ends the contact, wait for nothing; last words that sign off wait for nothing whoever ends it. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { responseLatencyMs: 8_000 } });
const endedBy = (by: string, atMs: number): Partial<Interaction> => ({
  durationMs: atMs,
  events: [{ type: 'page-loaded', atMs: 300 }, { type: 'ended', atMs, detail: { by } }],
});

describe('response-latency: a short announced wait', () => {
  it('a wait announced before it is excepted even under the dead-air threshold', () => {
    const i = chat([
      ['agent', '您好，健身房会员服务，请问有什么可以帮您？', 1000],
      ['customer', '我想查一下私教课还剩几节', 5000],
      ['agent', '您稍等，我调一下您的课时记录。', 8000],
      ['customer', '嗯。', 10_000],
      ['agent', '让您久等了，您还剩六节私教课。', 28_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(true);
  });

  it('the same wait with nothing announced is slow', () => {
    const i = chat([
      ['agent', '您好，健身房会员服务，请问有什么可以帮您？', 1000],
      ['customer', '我想查一下私教课还剩几节', 5000],
      ['agent', '好的，收到。', 8000],
      ['customer', '嗯。', 10_000],
      ['agent', '您还剩六节私教课。', 28_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(false);
  });

  it('a question asked before the look-up, once answered, spends the announcement', () => {
    const i = chat([
      ['agent', '您好，健身房会员服务，请问有什么可以帮您？', 1000],
      ['customer', '我想查一下私教课还剩几节', 5000],
      ['agent', '您的会员卡号是多少？我查一下课时。', 8000],
      ['customer', 'VIP30817。', 12_000],
      ['agent', '您还剩六节私教课。', 30_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(false);
  });
});

describe('response-latency: the customer\'s last words', () => {
  const lines = (last: string): Parameters<typeof chat>[0] => [
    ['agent', '您好，健身房会员服务，请问有什么可以帮您？', 1000],
    ['customer', '周末几点开门？', 5000],
    ['agent', '周末早上八点开门，晚上十点关门，祝您锻炼愉快。', 8000],
    ['customer', last, 12_000],
  ];

  it('a leave-taking before the customer ends the chat is owed no reply', () => {
    expect(only(responseLatency(chat(lines('好的，知道了，拜拜。'), endedBy('customer', 25_000)), S, rubric)).pass).toBe(true);
  });

  it('a last question is still owed one', () => {
    expect(only(responseLatency(chat(lines('那节假日呢？'), endedBy('customer', 25_000)), S, rubric)).pass).toBe(false);
  });

  it('last words that sign off wait for nothing whoever ends the contact (the agent, or a chat end that names nobody)', () => {
    expect(only(responseLatency(chat(lines('好的，知道了。'), endedBy('agent', 25_000)), S, rubric)).pass).toBe(true);
    expect(only(responseLatency(chat(lines('行，那我下线了。'), endedBy('system', 25_000)), S, rubric)).pass).toBe(true);
    expect(only(responseLatency(chat(lines('暂时没别的了，多谢'), endedBy('agent', 25_000)), S, rubric)).pass).toBe(true);
  });

  it('but a last report the agent or the system ended on is still owed a reply', () => {
    expect(only(responseLatency(chat(lines('可是我的手环还是进不了闸机。'), endedBy('agent', 25_000)), S, rubric)).pass).toBe(false);
    expect(only(responseLatency(chat(lines('那我明天再来试试看能不能刷开'), endedBy('system', 25_000)), S, rubric)).pass).toBe(false);
  });
});

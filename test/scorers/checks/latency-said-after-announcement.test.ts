/**
 * response-latency (round 19): a short wait the agent announced (我看一下) is excepted when the customer only took it
 * (好的 / 我等着 / 喂，在吗), not when the customer then said something of their own (a new request, a detail given): the
 * clock from that turn waits on the agent's word about it. Wordings are our own (a gas utility chat).
 */
import { describe, expect, it } from 'vitest';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { firstResponseMs: 10000, responseLatencyMs: 15000, handleTimeMs: 900000 } });
const contact = (said: string) =>
  chat([
    ['agent', '您好，燃气服务中心，请问有什么可以帮您？', 1000],
    ['customer', '我家燃气表好像不走字了。', 5000],
    ['agent', '我看一下。', 9000],
    ['customer', said, 12000],
    ['agent', '表具需要师傅上门检测，明天上午可以安排。', 35000],
  ]);

describe('response-latency: what the customer said after an announced look-up', () => {
  it('a turn of the customer’s own starts a clock the announcement does not stop', () => {
    expect(only(responseLatency(contact('另外我想把户名改成我爱人的，表号是八八三一。'), S, rubric)).pass).toBe(false);
  });
  it('the wait only taken (好的 / 我等着) stays excepted', () => {
    expect(only(responseLatency(contact('好的。'), S, rubric)).pass).not.toBe(false);
    expect(only(responseLatency(contact('好，我等着。'), S, rubric)).pass).not.toBe(false);
  });
});

/**
 * The customer's last words give up (算了，我回头去营业厅问吧 / 那算了): "never mind" drops the matter, so a chat that
 * then ends with no reply kept nobody waiting — as other sign-offs (没有了 / 我先下线了). A last turn that still
 * speaks to the agent after 算了 (…你再帮我查查) or asks is owed a reply. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { responseLatencyMs: 12_000 } });
const endingOn = (last: string) =>
  chat(
    [
      ['agent', '您好，宽带客服，请问有什么可以帮您？', 1000],
      ['customer', '装机要等几天？', 5000],
      ['agent', '一般三天内上门。', 9000],
      ['customer', last, 15_000],
    ],
    { durationMs: 40_000, events: [{ type: 'page-loaded', atMs: 300 }, { type: 'ended', atMs: 40_000 }] },
  );

describe('response-latency: the customer gives up as its last words', () => {
  it.each(['算了，我回头去营业厅问吧。', '那算了。', '唉算了算了，不装了'])('%s — owed no reply', (last) => {
    expect(only(responseLatency(endingOn(last), S, rubric)).pass).toBe(true);
  });
  it.each(['算了，你再帮我查查别的套餐', '算了，能不能换个时间？'])('%s — still waits for the agent', (last) => {
    expect(only(responseLatency(endingOn(last), S, rubric)).pass).toBe(false);
  });
});

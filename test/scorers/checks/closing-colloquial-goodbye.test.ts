/**
 * closing, round 18: the customer's colloquial 谢了 (谢了，再见) and a filler before the receipt (呃 行 拜拜) take leave after
 * the survey invitation, so the close was owed (fail, not N/A); 您先忙 run into a parting wish after a pause (您先忙 一路顺风)
 * is a leave-taking. Our own wordings (a piano-tuning line).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const byCustomer: Partial<Interaction> = {
  events: [{ type: 'ringing', atMs: 300 }, { type: 'answered', atMs: 900 }, { type: 'hangup', atMs: 17_000, detail: { by: 'customer' } }],
};
const endsWith = (agentLast: string, customerLast?: string) =>
  only(
    closing(
      call(
        [
          ['agent', '您好，调琴服务热线，请问有什么可以帮您', 1000, 4000],
          ['customer', '钢琴调音要提前几天约', 5000, 8000],
          ['agent', '提前三天就可以', 9000, 11000],
          ['agent', agentLast, 12000, 14000],
          ...(customerLast ? [['customer', customerLast, 15000, 16000] as [string, string, number, number]] : []),
        ] as Parameters<typeof call>[0],
        byCustomer,
      ),
      S,
      rubric,
    ),
  ).pass;

describe('closing: the customer takes leave colloquially after the survey invitation', () => {
  it('谢了，再见 / 呃 行 拜拜 answer the invitation: the close was owed', () => {
    for (const said of ['谢了，再见', '呃 行 拜拜']) expect(endsWith('稍后有个满意度评价，麻烦您打个分', said), said).toBe(false);
  });
  it('a walk-out on the invitation stays N/A', () => {
    expect(endsWith('稍后有个满意度评价，麻烦您打个分', '算了我先挂了')).toBe('na');
  });
});

describe('closing: 您先忙 run into a parting wish', () => {
  it('after a pause, 一路顺风 or 祝您…', () => {
    for (const line of ['那您先忙 一路顺风', '好的您先忙 祝您演出顺利', '那您先忙 呃 祝您演出顺利']) expect(endsWith(line), line).toBe(true);
  });
  it('下次再聊 takes leave as 下次见 does', () => {
    expect(endsWith('好的，那咱们下次再聊')).toBe(true);
  });
});

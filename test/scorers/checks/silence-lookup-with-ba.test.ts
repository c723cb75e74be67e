/**
 * A request to wait followed by the look-up said with 把 — the record first, the retrieval after it (我把您的保单
 * 调出来看看 / 我把车牌号放到系统里对一下) — is still ahead: the silence after it is an announced hold (no dead air,
 * excepted from response-latency). Once done (…调出来了，…) the turn answers itself. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { responseLatencyMs: 12_000 } });
const after = (agentTurn: string) =>
  call([
    ['agent', '您好，工号5120为您服务', 1000, 2000],
    ['customer', '我想问一下我的保单续上没有', 3000, 5000],
    ['agent', agentTurn, 6000, 10_000],
    ['customer', '好', 11_000, 11_500],
    ['agent', '感谢您的耐心等待，保单上周已经续好了', 35_000, 38_000],
  ]);

describe('a look-up said with 把 after a request to wait', () => {
  it.each(['请您稍等一下，我把您的保单记录调出来看看', '您等一下啊 我把车牌号放到系统里对一下', '稍等一下，我把去年的缴费单翻出来'])('%s — an announced hold', (said) => {
    expect(only(deadAir(after(said), S, rubric)).pass).toBe(true);
    expect(only(responseLatency(after(said), S, rubric)).pass).toBe(true);
  });
  it('done (调出来了) and answered in the turn, the silence after it is unannounced', () => {
    expect(only(deadAir(after('请稍等一下，我把保单记录调出来了，显示上周已经续好'), S, rubric)).pass).toBe(false);
  });
});

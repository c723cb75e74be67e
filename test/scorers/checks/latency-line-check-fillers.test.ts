/**
 * response-latency, round 11: a spoken line check with the fillers a recogniser keeps (呃 喂 就是 能听见吗 / 嗯 有人吗)
 * is still only the check — the customer is waiting for the reply to the turn before it, so the clock does not restart
 * at the nudge; a turn of fillers alone is no line check. Our own wordings (a ticket office).
 */
import { describe, expect, it } from 'vitest';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { isLineCheck } from '../../../scorers/checks/silence-turns.js';
import { viewOf } from '../../../scorers/text/view.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { responseLatencyMs: 10_000 } });
const turn = (text: string) => ({ index: 0, turn: { speaker: 'customer' as const, text, startMs: 0, endMs: 1000 }, view: viewOf(text) });

describe('line check with spoken fillers', () => {
  it('fillers around 喂 / 听得见吗 / 有人吗 leave a line check', () => {
    for (const s of ['呃 喂 那个 听得见吗', '嗯 有人吗', '就是 喂喂 能听见吗', '喂，喂，听见了吗？']) expect(isLineCheck(turn(s)), s).toBe(true);
  });
  it('round 12: 这个 said as a filler before the check leaves one too', () => {
    for (const s of ['这个 喂 能听到吗', '这个 还在不在']) expect(isLineCheck(turn(s)), s).toBe(true);
  });
  it('fillers alone, or a question with fillers, are not one', () => {
    for (const s of ['嗯 呃', '那个 就是 票还有吗', '呃 演出几点开始', '这个 这个', '这个座位还有吗']) expect(isLineCheck(turn(s)), s).toBe(false);
  });
  it('the wait runs from the question, not from the nudge with fillers', () => {
    const i = call([
      ['agent', '您好，剧院票务，请讲', 1000, 3000],
      ['customer', '周六晚上的票还有吗', 4000, 6000],
      ['customer', '呃 喂 那个 听得见吗', 12_000, 13_500],
      ['agent', '周六晚上还有二楼的票', 20_000, 23_000],
    ]);
    expect(only(responseLatency(i, S, rubric)).pass).toBe(false);
  });
});

/**
 * Round 18: last words "nothing for now" (暂时没有 / 嗯，暂时没有别的) and "that's it" (就这样吧) sign off: the quiet until
 * the contact ends is the customer leaving — no dead air, no hold, no late reply. Not 就这样 inside a report (就这样
 * 一直打不开). Wordings are our own (a swimming-pool desk).
 */
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../harness/interaction/types.js';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { responseLatencyMs: 20000 } });
const ended = (atMs: number): Partial<Interaction> => ({ durationMs: atMs, events: [{ type: 'page-loaded', atMs: 300 }, { type: 'ended', atMs, detail: { by: 'agent' } }] });
const lines = (last: string): Parameters<typeof chat>[0] => [
  ['agent', '您好，游泳馆会员服务，请问有什么可以帮您？', 1000],
  ['customer', '成人班几点开始？', 5000],
  ['agent', '成人班晚上七点开始，请问还有其他需要吗？', 9000],
  ['customer', last, 15_000],
];

describe('silence: signed off for now', () => {
  it.each(['暂时没有。', '嗯，暂时没有别的', '就这样吧。'])('%s — no dead air, no hold, no late reply', (last) => {
    const i = chat(lines(last), ended(95_000));
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe('na');
    expect(only(responseLatency(i, S, rubric)).pass).not.toBe(false);
  });
  it('…not 就这样 inside a report', () => {
    expect(only(deadAir(chat(lines('门禁卡就这样一直刷不开'), ended(95_000)), S, rubric)).pass).toBe(false);
  });
});

/**
 * Silence accounting: the quiet after the customer's last words, until the contact ends. When those words sign off
 * (没别的了，谢谢 / 好，拜拜 / 行，我先下线了) the customer is leaving and nobody waits for a word: no dead air, no
 * unannounced hold, whoever then ends the contact. A last report or question left unanswered is still the agent's
 * silence. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../harness/interaction/types.js';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({});
const endedBy = (by: string, atMs: number): Partial<Interaction> => ({
  durationMs: atMs,
  events: [{ type: 'page-loaded', atMs: 300 }, { type: 'ended', atMs, detail: { by } }],
});
const lines = (last: string): Parameters<typeof chat>[0] => [
  ['agent', '您好，游泳馆会员服务，请问有什么可以帮您？', 1000],
  ['customer', '儿童班周几上课？', 5000],
  ['agent', '儿童班每周二和周四下午四点上课，还有别的需要吗？', 9000],
  ['customer', last, 15_000],
];

describe('silence: the customer signed off and the contact ended later', () => {
  it.each(['没别的了，谢谢', '好，拜拜', '行，我先下线了', '嗯嗯 知道了'])('%s — no dead air, no hold', (last) => {
    const i = chat(lines(last), endedBy('agent', 95_000));
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe('na');
  });

  it('a last report nobody answered is still the agent\'s silence', () => {
    const i = chat(lines('可是我家孩子周二要上钢琴课'), endedBy('agent', 95_000));
    expect(only(deadAir(i, S, rubric)).pass).toBe(false);
  });
});

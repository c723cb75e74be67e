/**
 * resolution, round 21: 还是 after who prefers or a verb of thinking (我还是… / 想着还是… / 最好还是…) is the adverb of
 * preference — one choice said, no option before it — not an alternative question a bare 嗯 would leave unchosen
 * (checks/receipt-reply.ts ALTERNATIVE). Two options joined by 还是 still ask. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'days', label: '过户时长', expected: '7个工作日', wrong: ['15个工作日'], cues: ['过户'] }] });
const pass = (said: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号5821为您服务', 500],
        ['customer', '车辆过户要多久？', 1000],
        ['agent', '过户是7个工作日。', 3000],
        ['customer', said, 5000],
        ['agent', '嗯', 7000],
        ['customer', '好，再见。', 9000],
        ['agent', '再见。', 10_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('还是 as the adverb of preference', () => {
  it('is no alternative question', () => {
    expect(pass('手续这块我弄不太明白 想着还是去车管所当面办踏实')).toBe(true);
    expect(pass('材料我最好还是自己带过去')).toBe(true);
    expect(pass('那我还是下周再来一趟')).toBe(true);
  });
  it('two options joined by 还是 still ask', () => {
    expect(pass('材料是寄过去还是送过去')).toBe(false);
    expect(pass('您看是我们自己去还是你们派人来')).toBe(false);
  });
});

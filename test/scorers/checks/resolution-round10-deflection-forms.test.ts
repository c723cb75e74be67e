/**
 * resolution (issue 10, round 10): the 推诿 deflection with the unit named and no 管, closing its clause
 * (报销这事不归客服。), and 我们不管 run straight on into the pointer elsewhere (我们不管你问物业) — in place of the answer,
 * a non-answer; 押金不归客服收 names whose it is inside an answer and is none. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'days', label: '补办时长', expected: '5个工作日', wrong: ['10个工作日'], cues: ['补办'] }] });
const pass = (said: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号2107为您服务', 500],
        ['customer', '门禁卡补办要多久？', 1000],
        ['agent', said, 3000],
        ['customer', '好吧，再见。', 5000],
        ['agent', '再见。', 6000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('deflection forms', () => {
  it('stand for the answer', () => {
    for (const said of ['补办这事不归客服。', '这个我们不管你问物业']) expect(pass(said), said).toBe(false);
  });
  it('with the answer given they do not', () => {
    expect(pass('补办是5个工作日，押金不归客服收，物业统一收。')).toBe(true);
  });
});

/**
 * verification (round 13): inside one turn, a value of the scenario's facts stated and then a check opened by 对了 / 另外
 * (…周四下午就能取了。对了，麻烦说一下取衣人姓名和手机尾号): the answer came first, the check is the agent's own
 * afterthought (checks/late-check.ts checkAddedInTurn). Not when the marker opens the turn before any value, nor when what
 * came before was a general rule. Our own wordings (a dry-cleaning shop).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({
  requires: { verification: true },
  facts: [{ key: 'ready', label: '取衣时间', expected: '周四下午', wrong: ['下周一'], cues: ['取'] }],
});

const contact = (turn: string) =>
  chat([
    ['agent', '您好，洁衣坊客服，请问有什么可以帮您？', 1000],
    ['customer', '我送洗的大衣什么时候能取？单号XY3021', 2000],
    ['agent', turn, 5000],
    ['customer', '王丽，尾号7720', 6000],
  ]);

describe('verification: an afterthought check in the answer’s own turn', () => {
  it('the value first, then 对了 + the check: late (fail)', () => {
    const f = only(verification(contact('大衣周四下午就能取了。对了，麻烦说一下取衣人姓名和手机尾号。'), needs, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('同一句');
  });
  it('the check first, then the value: in order (pass)', () => {
    expect(only(verification(contact('麻烦说一下取衣人姓名和手机尾号，核对后告诉您取衣时间。'), needs, rubric)).pass).toBe(true);
  });
  it('a general rule before the marker is no answer read off the record (pass)', () => {
    expect(only(verification(contact('一般周四下午就能取。另外，麻烦说一下取衣人姓名和手机尾号。'), needs, rubric)).pass).toBe(true);
  });
});

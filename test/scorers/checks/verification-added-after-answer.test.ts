/**
 * verification (round 12): a check opened by 另外 once the customer took the agent's answer (嗯，好 / 行) came after the
 * service; not when what was taken was a request to wait, a question, or a general rule (checks/late-check.ts). Our own
 * wordings (a dry-cleaning shop).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });

describe('verification: a check added with 另外 after the answer was taken', () => {
  const contact = (answer: string, receipt = '嗯，好。', check = '另外，麻烦说一下取衣人姓名和手机后四位。') =>
    chat([
      ['agent', '您好，洁衣坊客服，请问有什么可以帮您？', 1000],
      ['customer', '我送洗的大衣什么时候能取？', 2000],
      ['agent', '取衣单号发我一下。', 3000],
      ['customer', 'XY3021', 4000],
      ['agent', answer, 5000],
      ['customer', receipt, 6000],
      ['agent', check, 7000],
    ]);
  it('那件大衣周四下午就能取了 — taken, then the check: late (fail)', () => {
    const f = only(verification(contact('那件大衣周四下午就能取了。'), needs, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('另外核身份');
  });
  it('对了 opens the added check the same way (对了，取衣人是哪位？手机尾号说一下)', () => {
    const c = contact('那件大衣周四下午就能取了。', '行。', '对了，取衣人是哪位？手机尾号说一下。');
    expect(only(verification(c, needs, rubric)).pass).toBe(false);
  });
  it('a general rule taken (一般洗衣最多三天) reads nothing off the record: the check is in time', () => {
    expect(only(verification(contact('一般洗衣最多三天。'), needs, rubric)).pass).toBe(true);
  });
  it('only a wait asked for (我查一下，请稍等 — 好的): nothing answered yet', () => {
    expect(only(verification(contact('我查一下，请稍等。', '好的。'), needs, rubric)).pass).toBe(true);
  });
  it('a question taken (是那件灰色的吗？ — 是的): nothing answered yet', () => {
    expect(only(verification(contact('是那件灰色的吗？', '是的。'), needs, rubric)).pass).toBe(true);
  });
  it('without 另外 the check is read as before (the customer took a question of the agent: in time)', () => {
    const c = call([
      ['agent', '您好 洁衣坊 请问有什么可以帮您', 1000, 3000],
      ['customer', '我的大衣洗好没有', 4000, 6000],
      ['agent', '请问取衣单号是多少', 7000, 9000],
      ['customer', 'XY3021', 10000, 11000],
      ['agent', '麻烦说一下取衣人姓名和手机后四位', 12000, 15000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(true);
  });
});

/**
 * verification (round 20): the afterthought marker 对了 is a word of its own. 核对了 / 比对了 / 不对了 end in the same two
 * characters but are a verb (or a negation) with 了, not the marker, so they do not make a check in the answer's turn an
 * afterthought (checks/late-check.ts MID_MARKER). Our own wordings (a bicycle repair shop).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({
  requires: { verification: true },
  facts: [{ key: 'done', label: '修好时间', expected: '明天上午', wrong: ['下周三'], cues: ['修好'] }],
});

const contact = (turn: string) =>
  chat([
    ['agent', '您好，飞轮车行客服，请问有什么可以帮您？', 1000],
    ['customer', '我送修的山地车什么时候修好？单号BK5512', 2000],
    ['agent', turn, 5000],
    ['customer', '李强，尾号3390', 6000],
  ]);

describe('verification: 对了 is the marker only as a word', () => {
  it('the value, then the marker 对了 opening the check: late (fail)', () => {
    const f = only(verification(contact('山地车明天上午就能修好。对了，麻烦说一下车主姓名和手机尾号。'), needs, rubric));
    expect(f.pass).toBe(false);
  });
  it('the marker run into the value without punctuation is still the marker (fail)', () => {
    const f = only(verification(contact('山地车明天上午就能修好对了麻烦说一下车主姓名和手机尾号'), needs, rubric));
    expect(f.pass).toBe(false);
  });
  for (const verb of ['我这边核对了', '系统比对了', '单号好像不对了'])
    it(`${verb}: a verb with 了, not the marker (pass)`, () => {
      expect(only(verification(contact(`山地车明天上午就能修好，${verb}，麻烦说一下车主姓名和手机尾号。`), needs, rubric)).pass).toBe(true);
    });
});

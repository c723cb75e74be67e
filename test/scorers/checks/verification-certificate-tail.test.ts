/**
 * round 23: the tail of any certificate the holder is issued (…证 / …证号 + 后四位 / 最后六位) is asked as an ID card's
 * tail is — the check. Look-alikes with no document held: 保证 / 认证 / 验证 + a number's tail; an ID to bring is no ask.
 * Wordings are our own (a driving school, a pension office, a nurses' registry).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const asks = (ask: string) =>
  only(
    verification(
      chat([
        ['agent', '您好，驾校服务台，请讲', 1000],
        ['customer', '我想查查我的科目二约上没有', 2000],
        ['agent', ask, 3000],
        ['customer', '五二一七', 4000],
        ['agent', '好的，您的科目二已经约在下周三上午', 5000],
      ]),
      needs,
      rubric,
    ),
  ).pass;

describe('verification: a certificate\u2019s tail asked is the check', () => {
  it('any issued certificate, its number\u2019s last four or six', () => {
    for (const ask of ['请报一下学员证号后四位', '麻烦说一下护士执业证最后六位', '请提供老年证的后四位']) {
      expect(asks(ask), ask).toBe(true);
    }
  });
  it('no document held: still no check before the disclosure', () => {
    for (const ask of ['我保证后四位不会给别人', '请问您是哪天报名的']) {
      expect(asks(ask), ask).toBe(false);
    }
  });
});

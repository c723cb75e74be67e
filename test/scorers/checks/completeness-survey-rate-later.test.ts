/**
 * survey-offered, round 18: the rating verb with 一下 after the moment the rating comes (稍后请您评一下) invites; 评估 does
 * not, nor a later step with no rating verb. Our own wordings (a tailoring shop).
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const last = (line: string) =>
  only(
    surveyOffered(
      chat([
        ['agent', '您好，裁缝铺线上客服', 500],
        ['customer', '西装改短要几天', 1500],
        ['agent', line, 2500],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('survey-offered: 评一下 after the moment it comes', () => {
  it('invites', () => {
    expect(last('改短两天就好。您的意见对我们很重要，待会儿请您评一下')).toBe(true);
  });
  it('a later look-up or appraisal is no invitation', () => {
    expect(last('两天就好，稍后师傅会评估一下面料')).toBe(false);
    expect(last('两天就好，稍后我们会通知您取衣')).toBe(false);
  });
});

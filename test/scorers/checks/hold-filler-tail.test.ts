/**
 * hold-etiquette / dead-air, round 21 (ASR reading): a speech filler opening the words after a request to wait
 * (请稍候，嗯我去…) is not part of an answer given in the same turn — the look-up is still ahead with or without it.
 * Our own wordings (a driving school).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { afterOpeningFiller } from '../../../scorers/text/filler-break.js';
import { buildView } from '../../../scorers/text/view.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (ask: string, back: string) =>
  call([
    ['agent', '您好，驾校服务热线，请讲', 1000, 3000],
    ['customer', '我科目二约的哪天考', 4000, 6000],
    ['agent', ask, 7000, 10000],
    ['agent', back, 45000, 49000],
  ]);

describe('hold-etiquette: a filler after the request to wait', () => {
  it('reads the look-up still ahead with any filler opening it', () => {
    for (const ask of ['请稍候，我去考务科那边确认一下', '请稍候，嗯我去考务科那边确认一下', '请稍候，呃我去考务科那边确认一下', '请稍候，那个我去考务科那边确认一下', '请稍候，就是我去考务科那边确认一下']) {
      expect(only(holdEtiquette(held(ask, '让您久等了，您约的是周五上午'), S, rubric)).pass, ask).toBe(true);
    }
  });
});

describe('afterOpeningFiller', () => {
  const at = (s: string) => {
    const v = buildView(s);
    return v.norm.slice(afterOpeningFiller(v.norm, v.breakBefore, 0));
  };
  it('passes over 呃 / 嗯 and 那个 / 就是 before a pronoun or conjunction', () => {
    expect(at('嗯我去看看')).toBe('我去看看');
    expect(at('那个我去看看')).toBe('我去看看');
    expect(at('就是但是要等审批')).toBe('但是要等审批');
  });
  it('keeps a demonstrative, a doubled backchannel and a copula', () => {
    expect(at('那个档案在楼上')).toBe('那个档案在楼上');
    expect(at('嗯嗯好的')).toBe('嗯嗯好的');
    expect(at('就是这个时间')).toBe('就是这个时间');
  });
});

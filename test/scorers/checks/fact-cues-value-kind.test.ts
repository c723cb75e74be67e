/**
 * facts, round 13: another fact's cue near a value no cue of its own ties takes the value away only when that fact's
 * value answers the same kind of question (how much / when or how long / something else): an amount said in a clause
 * that names the other fact's topic (整车保养收八十块, where 保养 is the duration fact's cue) is still the fee.
 * Wordings are our own (a bicycle shop).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { valueKind } from '../../../scorers/checks/value-kinds.js';
import { chat, rubric, scenario } from '../helpers.js';

const fee = { key: 'fee', label: '保养费', expected: '八十元', variants: ['80块'], wrong: ['一百五十元'], cues: ['保养费', '收费'] };
const hours = { key: 'hours', label: '保养时长', expected: '两个小时', wrong: ['一整天'], cues: ['保养', '时长'] };
const parts = { key: 'parts', label: '配件费', expected: '三十元', wrong: ['六十元'], cues: ['保养', '配件'] };

const said = (reply: string) =>
  chat([
    ['agent', '您好，车行售后，请问有什么可以帮您？', 1000],
    ['customer', '我想给自行车做个保养，今天能做吗？', 3000],
    ['agent', reply, 5000],
    ['customer', '好的，谢谢', 7000],
  ]);

const stated = (i: ReturnType<typeof said>, s: ReturnType<typeof scenario>, key: string) =>
  factAccuracy(i, s, rubric).find((f) => (f.details as { fact?: string } | undefined)?.fact === key)!;

describe('facts: a value and another fact of another kind', () => {
  it('kinds: money, time, other', () => {
    // (round 24: a point in time, 周五上午, is 'when', apart from a length: fact-cues-point-vs-length.test.ts)
    expect([valueKind('两百块'), valueKind('不收费'), valueKind('三个工作日'), valueKind('周五上午'), valueKind('要去门店')]).toEqual(['money', 'money', 'time', 'when', 'other']);
  });
  it('an amount beside a duration fact’s cue is the fee', () => {
    const i = said('可以的，整车保养收八十块，下午来就行。');
    expect(stated(i, scenario({ facts: [fee, hours] }), 'fee').pass).toBe(true);
  });
  it('a wrong amount there is misinformation', () => {
    const i = said('可以的，整车保养收一百五十元，下午来就行。');
    expect(noMisinformation(i, scenario({ facts: [fee, hours] }), rubric)[0]!.pass).toBe(false);
  });
  it('beside another money fact’s cue the amount stays unclaimed', () => {
    const i = said('可以的，整车保养收八十块，下午来就行。');
    expect(stated(i, scenario({ facts: [fee, parts] }), 'fee').pass).toBe(false);
  });
});

describe('facts: another fact’s cue once that fact was answered', () => {
  // round 13b: a gym's card freeze (our own wordings)
  const notice = { key: 'notice', label: '冻结申请条件', expected: '提前三天', wrong: ['提前一周'], cues: ['冻结', '申请'] };
  const longest = { key: 'longest', label: '最长冻结', expected: '九十天内', variants: ['三个月内'], wrong: ['三十天内'], cues: ['最长', '暂停'] };
  const S2 = scenario({ facts: [notice, longest] });
  const talk = (...agent: string[]) =>
    chat([
      ['customer', '我下个月出差，会员卡能冻结吗？', 1000],
      ...agent.flatMap((a, i): ['agent' | 'customer', string, number][] => [['agent', a, 2000 + i * 2000], ['customer', '能停到年底吗？', 3000 + i * 2000]]),
    ]);
  const of = (i: ReturnType<typeof talk>, key: string) => factAccuracy(i, S2, rubric).find((f) => (f.details as { fact?: string } | undefined)?.fact === key)!;
  it('answered with its own value and cue, its cue beside this fact’s correct value claims nothing', () => {
    expect(of(talk('可以冻结，提前三天申请就行。', '冻结时间是九十天内。'), 'longest').pass).toBe(true);
  });
  it('not yet answered, the cue still takes the value away', () => {
    expect(of(talk('可以的。', '冻结时间是九十天内。'), 'longest').pass).toBe(false);
  });
});

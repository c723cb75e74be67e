/**
 * facts (round 18): 别 ending a word (级别 / 区别 / 类别) negates no value after it (rubric negationExceptions); and a
 * short listed wrong value no cue ties counts when its turn states another fact of the scenario (checks/facts.ts
 * amidFacts). Our own wordings (a gym membership desk).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [
    { key: 'fee', label: '年卡费用', expected: '1999元', wrong: ['2999元'], cues: ['年卡'] },
    { key: 'freeze', label: '停卡期限', expected: '30天', wrong: ['15天'], cues: ['停卡'] },
  ],
});
const FEE = scenario({ facts: [S.facts![0]!] });
const said = (...agent: string[]) =>
  chat([
    ['customer', '我想办张健身卡，问问情况。', 1000],
    ...agent.map((a, i): ['agent', string, number] => ['agent', a, 2000 + i * 1000]),
  ]);

describe('negation: 别 closing a word', () => {
  it('年卡这个级别1999元: the value is stated, not negated', () => {
    const i = said('年卡这个级别1999元。');
    expect(only(factAccuracy(i, FEE, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, FEE, rubric)).pass).toBe(true);
  });
  it('年卡这个级别2999元: the wrong value is said', () => {
    expect(only(noMisinformation(said('年卡这个级别2999元。'), FEE, rubric)).pass).toBe(false);
  });
});

describe('no-misinformation: a short listed wrong value beside another fact', () => {
  it('年卡1999元，另外中途可以暂停15天: the wrong value is said while the facts are given', () => {
    expect(only(noMisinformation(said('年卡1999元。另外，中途可以暂停15天。'), S, rubric)).pass).toBe(false);
  });
  it('15天 in a turn that states no fact: about anything', () => {
    expect(only(noMisinformation(said('快递大概15天送到。'), S, rubric)).pass).toBe(true);
  });
});

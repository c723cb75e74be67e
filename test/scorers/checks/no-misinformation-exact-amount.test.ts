/**
 * facts (round 25): a listed wrong value said with no cue counts when nothing else ties the fact — if it is specific
 * enough to be the fact's. An exact amount of money (two or more significant digits: 二百八十六元 / 47元) is, like a long
 * wording: read off a record (账单上显示的是… / 这一单是…) it cannot be about anything. A round figure (三百元) is not, a
 * reply to a new question of the customer's about something else is not, and another fact's cue beside it still claims it. Our own wordings (a property bill, a pet hotel).
 */
import { describe, expect, it } from 'vitest';
import { noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const FEE = { key: 'bill', label: '本月物业费', expected: '三百二十六元', variants: ['326元'], wrong: ['二百八十六元', '286元', '三百元'], cues: ['物业费'] };

function misinformation(facts: object[], line: string): boolean | 'na' {
  const i = chat([
    ['customer', '我想核对一下这个月的账单', 1000],
    ['agent', line, 2000],
    ['customer', '好的', 3000],
  ]);
  return only(noMisinformation(i, scenario({ facts: facts as never }), rubric)).pass;
}

describe('facts: an exact amount read off a record is the fact\'s without a cue', () => {
  it.each(['账单上显示的是二百八十六元。', '您这一单是286元。'])('%s misstates the fee', (line) => {
    expect(misinformation([FEE], line)).toBe(false);
  });

  it('a round figure could be about anything: no misstatement', () => {
    expect(misinformation([FEE], '账单上显示的是三百元。')).toBe(true);
  });

  it('a reply to a new question about something else is not read as the fact', () => {
    const i = chat([
      ['customer', '我想核对一下这个月的账单', 1000],
      ['agent', '好的，您稍等。', 2000],
      ['customer', '对了，小区停车场是不是挺贵的？', 3000],
      ['agent', '二百八十六元一个月。', 4000],
    ]);
    expect(only(noMisinformation(i, scenario({ facts: [FEE] as never }), rubric)).pass).toBe(true);
  });

  it("another money fact's cue beside the amount claims it", () => {
    const parking = { key: 'parking', label: '月租车位费', expected: '二百八十六元', variants: ['286元'], cues: ['车位'] };
    expect(misinformation([FEE, parking], '车位这边是二百八十六元。')).toBe(true);
  });
});

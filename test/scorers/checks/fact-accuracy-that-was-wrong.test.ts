/**
 * facts (round 25): two forms of a self-correction that name no error word of their own. What was said before, pointed at
 * with a demonstrative and judged wrong (刚才那个不对 / 刚刚那个数有误 / 之前那个价格错了), and the answer announced as said
 * anew (重新说 / 重说一下 / 重新跟您说): the value after either restates the fact (fact-accuracy passes on it) and the value
 * taken back stays a misstatement (no-misinformation fails). An apology for manner (刚才那个态度不对 / 刚才那样说不对) takes
 * nothing back, nor does 着重说 / 郑重说 (emphasis). Wordings are our own (a bicycle repair shop, a kennel).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'frame-warranty', label: '车架保修期', expected: '五年', variants: ['5年'], wrong: ['两年', '2年'], cues: ['车架', '保修'] }],
});

function verdicts(fix: string): [boolean | 'na', boolean | 'na'] {
  const i = chat([
    ['customer', '车架坏了能保修吗？', 1000],
    ['agent', '车架保修两年。', 2000],
    ['customer', '嗯', 3000],
    ['agent', fix, 4000],
  ]);
  return [only(factAccuracy(i, S, rubric)).pass, only(noMisinformation(i, S, rubric)).pass];
}

describe('facts: a demonstrative judged wrong, or the answer said anew, restates the fact', () => {
  it.each([
    '刚才那个不对，应该是五年。',
    '抱歉，刚刚那个数有误。购车单上登记的是5年。',
    '等等，之前那个错了，是五年。',
    '我刚才翻的是旧的价目表，重新说，五年。',
    '嗯我拿错单子了 重说一下 登记的是5年',
    '不好意思我看的是去年的条款，重新跟您说，是五年。',
  ])('%s', (fix) => {
    expect(verdicts(fix)).toEqual([true, false]);
  });

  // the correct value first, then a line with a wrong one: only a correction ties the wrong value to the fact (control)
  function after(first: string, line: string): boolean | 'na' {
    const i = chat([
      ['customer', '车架坏了能保修吗？', 1000],
      ['agent', first, 2000],
      ['customer', '嗯', 3000],
      ['agent', line, 4000],
    ]);
    return only(factAccuracy(i, S, rubric)).pass;
  }

  it('control: a demonstrative judged wrong ties even a wrong value said after it', () => {
    expect(after('车架保修五年。', '刚才那个不对，是两年。')).toBe(false);
  });

  it.each([
    // an apology for manner: no figure taken back
    '刚才那个态度不对，请您见谅。门店两年前就搬过来了。',
    // emphasis, not a restatement
    '这里我着重说一下，老顾客满两年可以打折。',
    // the customer's error, or another person's, is not the agent's take-back
    '之前那个师傅错了，他两年前就离职了。',
  ])('%s takes nothing back', (line) => {
    expect(after('车架保修五年。', line)).toBe(true);
  });
});

/**
 * A fact answered with a value the scenario does not list, in the expected value's shape with another number
 * (每月15日 expected, 每月8日 said), was answered — wrongly, which is fact-accuracy's business — so resolution
 * passes. A bare number and unit (0.8%, 3天) says nothing alone about what it answers. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const dayOfMonth = scenario({ facts: [{ key: 'pay-day', label: '补贴发放日', expected: '每月15日', wrong: ['每月20日'], cues: ['补贴', '发放'] }] });
const rate = scenario({ facts: [{ key: 'rate', label: '年费率', expected: '0.5%', wrong: ['1%'], cues: ['费率'] }] });
const answer = (question: string, reply: string) =>
  chat([
    ['agent', '您好，工号6021为您服务', 1000],
    ['customer', question, 3000],
    ['agent', reply, 6000],
    ['customer', '好的谢谢', 9000],
    ['agent', '不客气，再见', 10_000],
  ]);

describe('resolution and a value the scenario does not list', () => {
  it('the expected shape with another number answers the question (and still fails fact-accuracy, not no-misinformation)', () => {
    for (const reply of ['我们是每月8日统一打款的', '一般每月二十五日到您卡上']) {
      const i = answer('采暖补贴哪天发放？', reply);
      expect(only(resolution(i, dayOfMonth, rubric)).pass, reply).toBe(true);
      expect(only(factAccuracy(i, dayOfMonth, rubric)).pass, reply).toBe(false);
      expect(only(noMisinformation(i, dayOfMonth, rubric)).pass, reply).toBe(true);
    }
  });

  it('no value of that shape, or only a bare number and unit, leaves it unanswered', () => {
    expect(only(resolution(answer('采暖补贴哪天发放？', '具体日子要看财政拨款，您过几天再看看'), dayOfMonth, rubric)).pass).toBe(false);
    expect(only(resolution(answer('基金年费率多少？', '这个产品去年收益有0.8%左右'), rate, rubric)).pass).toBe(false);
  });
});

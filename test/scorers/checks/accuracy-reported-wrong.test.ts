/**
 * Self-correction (round 18): a figure the agent "reported wrong" (刚才报错了 / 我报错了，…) is taken back like 说错了 —
 * the corrected value restates the fact (fact-accuracy passes), the one taken back is a misstatement
 * (no-misinformation fails); an error message (APP一直报错) is no correction. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'refill', label: '补卡时限', expected: '五个工作日', variants: ['5个工作日'], wrong: ['两个工作日', '2个工作日'], cues: ['补卡'] }],
});
const contact = (fix: string) =>
  chat([
    ['customer', '补卡要多久？', 1000],
    ['agent', '补卡一般两个工作日。', 2000],
    ['customer', '门禁卡能一起补吗？', 3000],
    ['agent', fix, 4000],
  ]);

describe('facts: a figure reported wrong', () => {
  it.each(['刚才报错了，准确的是五个工作日。门禁卡可以一起补。', '不好意思我报错了 应该是5个工作日 门禁卡也能补'])('%s', (fix) => {
    expect(only(factAccuracy(contact(fix), S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(contact(fix), S, rubric)).pass).toBe(false);
  });
});

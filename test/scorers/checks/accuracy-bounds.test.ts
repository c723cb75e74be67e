/** fact-accuracy / no-misinformation: a bound (不超过60天, 不少于3天) states its value; 不是60天 still negates it. */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'pause', label: '每年可暂停天数', expected: '45天', variants: ['四十五天'], wrong: ['90天'], cues: ['暂停', '停卡'] }],
});
const agentSays = (text: string) => chat([['customer', '停卡一年能停多久', 1000], ['agent', text, 3000]]);

describe('a bound states its value', () => {
  it('不超过 / 不得超过 / 不多于 the expected value is the fact stated right', () => {
    for (const said of ['停卡一年累计不超过四十五天', '暂停每年不得超过45天', '停卡时间一年不多于45天']) {
      expect(only(factAccuracy(agentSays(said), S, rubric)).pass, said).toBe(true);
      expect(only(noMisinformation(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a plain negation of the expected value is still one', () => {
    expect(only(factAccuracy(agentSays('停卡不是45天，要看情况'), S, rubric)).pass).toBe(false);
  });
});

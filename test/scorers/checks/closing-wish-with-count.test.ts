/**
 * Round 24 (reading): a wish with a count in it (祝您一天好心情 / 祝您三口之家…) is still a wish once the numeral reader has
 * written the count as a digit (祝您1天好心情): the wish's open Han range admits the digit. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

describe('closing: a wish with a count in it', () => {
  it.each(['不客气，祝您一天都有好心情。', '好的，祝您两天的行程都顺顺当当', '祝你们一家三口玩得尽兴！'])('%s closes', (said) => {
    expect(only(closing(agentSays('已经给您登记好了', said), S, rubric)).pass).toBe(true);
  });
  it('a count without the wish is still no closing', () => {
    expect(only(closing(agentSays('已经给您登记好了', '三天内会有人联系您'), S, rubric)).pass).toBe(false);
  });
});

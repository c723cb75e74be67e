/**
 * closing (a reading, round 23): 一家 naming the whole family is a word, not a count — the numeral reader kept it as
 * 1家, and the wish pattern (Han characters only) lost 祝您一家… . A count of shops or firms still reads as a number.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { normaliseText } from '../../../scorers/text/numerals.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const norm = (s: string) => normaliseText(s).norm;
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

describe('numerals: 一家 as the family', () => {
  it('after a personal pronoun or before a family word it stays a word', () => {
    expect(norm('祝你们一家春节团团圆圆')).toBe('祝你们一家春节团团圆圆');
    expect(norm('他一家子都在外地')).toBe('他一家子都在外地');
    expect(norm('一家老少都爱吃')).toBe('一家老少都爱吃');
    expect(norm('咱们一家人不说两家话')).toBe('咱们一家人不说2家话');
  });
  it('a count of shops or companies is still a number (look-alikes)', () => {
    expect(norm('附近有一家维修网点')).toBe('附近有1家维修网点');
    expect(norm('换了一家物流公司')).toBe('换了1家物流公司');
    expect(norm('这个区只剩一家')).toBe('这个区只剩1家');
  });
});

describe('closing: a wish for the customer\'s family', () => {
  it('祝您一家… / 祝你们一家人… closes as a wish', () => {
    for (const said of ['好的，祝您一家平平安安过个好年', '不客气 祝你们一家人吃好喝好', '祝您一家团团圆圆']) {
      expect(only(closing(agentSays('已经帮您改好了', said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a count of branches mid-sentence is no wish', () => {
    expect(only(closing(agentSays('已经帮您改好了', '城东还有一家分店可以去'), S, rubric)).pass).toBe(false);
  });
});

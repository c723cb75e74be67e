/**
 * facts (round 18): a turn opening 补充更正一下 announces a correction like 更正一下 (checks/fact-corrections.ts): the value
 * after it replaces the wrong one, whatever was asked in between. Our own wordings (a language school).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'trial', label: '试听课次数', expected: '2节', wrong: ['5节'], cues: ['试听'] }] });

describe('fact-accuracy: 补充更正一下 opens a correction', () => {
  it('试听5节 … a side question … 补充更正一下，课程试听只有2节: the fact ends up right', () => {
    const i = chat([
      ['customer', '你们能免费试听几节课？', 1000],
      ['agent', '试听可以上5节。', 2000],
      ['customer', '课程在哪里上？', 3000],
      ['agent', '线上线下都可以。', 4000],
      ['agent', '补充更正一下，咱们这个课程的免费听课只有2节。', 5000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });
});

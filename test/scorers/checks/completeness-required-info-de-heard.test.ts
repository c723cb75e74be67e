/**
 * Round 23 (reading): 得 is heard as the particle 的 — the same toneless "de" that speech recognition writes for it — so an
 * ask with 的 (几号的航班) is found by sound on a call where the recogniser wrote 得 (您订的是几号得航班); typed text is still
 * read as written, and 德 (another "de") stays apart from 的. Our own wordings (an airline's rebooking line).
 */
import { describe, expect, it } from 'vitest';
import { requiredInfo } from '../../../scorers/checks/completeness.js';
import { heardText } from '../../../scorers/text/patterns.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const FLIGHT = scenario({ requiredInfo: [{ key: 'flight', label: '航班日期', patterns: ['几号的航班|哪天的航班'] }] });

describe('required-info: 得 heard as 的', () => {
  it('the ask written with 得 counts in speech', () => {
    expect(only(requiredInfo(call([['agent', '嗯 请问您订的是几号得航班', 1000, 4000]]), FLIGHT, rubric)).pass).toBe(true);
  });
  it('typed text is read as written; no ask is no ask', () => {
    expect(only(requiredInfo(chat([['agent', '请问您订的是几号得航班？', 1000]]), FLIGHT, rubric)).pass).toBe(false);
    expect(only(requiredInfo(call([['agent', '改签要收手续费', 1000, 4000]]), FLIGHT, rubric)).pass).toBe(false);
  });
  it('by sound 得 and 的 are one, 德 is not 的', () => {
    expect(heardText('跑得快')).toBe(heardText('跑的快'));
    expect(heardText('德国')).not.toBe(heardText('的国'));
  });
});

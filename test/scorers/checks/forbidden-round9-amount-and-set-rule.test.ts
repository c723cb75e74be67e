/**
 * forbidden-words, round 9: a not-knowing closed by "that's how it was set" (不知道，平台就这么定的 — 这么 + a verb + 的, the
 * sibling of 系统就这样) is a dismissal; a bare number after 讲了/说了 is an amount, not a count of tellings (所以降了二百
 * reads 讲了200 by sound); 别激动 calms like 别急. Wordings are our own (a used-bike shop), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) =>
  chat([
    ['agent', '您好，二手车行客服，请问有什么可以帮您', 1000],
    ['customer', '收车价为什么比估价低这么多', 2000],
    ['agent', said, 3000],
  ]);
const fails = (said: string) => only(forbiddenWords(agentSays(said), S, rubric)).pass === false;

describe('forbidden-words: a not-knowing closed by how it was set', () => {
  it('fails 不知道，X就这么V的', () => {
    for (const said of ['不知道，就这么收的。', '不清楚，系统就这么估的']) expect(fails(said), said).toBe(true);
  });
  it('a not-knowing that goes on to look it up is not a dismissal', () => {
    expect(fails('不知道，我帮您问一下评估师这么定的原因')).toBe(false);
  });
});

describe('forbidden-words: an amount is no count of tellings', () => {
  it('passes a price drop stated with its reason, and still fails a count with 遍', () => {
    expect(fails('检测报告写的是车架有划痕，所以降了二百。')).toBe(false);
    expect(fails('我都讲了三遍了，车架有划痕')).toBe(true);
  });
});

describe('forbidden-words: 别激动 calms', () => {
  it('is no bare prohibition, where 别插嘴 is one', () => {
    expect(fails('你先别激动，把车架号发我一下。')).toBe(false);
    expect(fails('你别插嘴，听我说完。')).toBe(true);
  });
});

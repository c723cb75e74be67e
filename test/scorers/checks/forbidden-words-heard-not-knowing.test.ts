/**
 * Round 22 (speech-recognition homophones): a slip inside a word the rules lean on must read as the word.
 * forbidden-words' bare not-knowing (我也不清楚 alone is resolution's business, not a 忌语) is read as
 * heard, like the vocabulary hit it tests: 布清楚 found by sound is the same bare not-knowing.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { heardRegExp, heardText } from '../../../scorers/text/patterns.js';
import { call, only, rubric, scenario } from '../helpers.js';

describe('heardRegExp / heardText read a check expression as heard', () => {
  const re = heardRegExp(/^(?:我)?不清楚$/u);
  it('accepts the homophone slip and the clean form alike', () => {
    for (const s of ['我不清楚', '我布清楚', '我不青楚']) expect(re.test(heardText(s)), s).toBe(true);
  });
  it('rejects other sounds and other words', () => {
    for (const s of ['我不清醒', '我不请楚了', '我已清楚']) expect(re.test(heardText(s)), s).toBe(false);
  });
});

describe('forbidden-words: a bare not-knowing with a homophone slip is still a bare not-knowing', () => {
  const S = scenario();
  const agentSays = (said: string) =>
    call([
      ['agent', '您好，驾校报名处，请问有什么可以帮您', 1000],
      ['customer', '科目二的考场周末开不开放', 3000],
      ['agent', said, 6000],
      ['customer', '好吧', 9000],
    ]);
  it('passes the bare one, clean or slipped (resolution reads it)', () => {
    for (const said of ['这个我也不清楚', '这个我也布清楚', '我真不知到']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('still fails one a dismissal closes, clean or slipped', () => {
    for (const said of ['不清楚，你自己去看通知吧', '布清楚，你自己去看通知吧']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

/**
 * forbidden-words with the rubric switch `bareNonAnswerCategory`: a non-answer that is the whole turn, with
 * no 您, apology or 请 and no look-up after it, is the 我不知道 / 我不清楚 of the published 忌语 lists. Off by
 * default (the corpora's authors split on it); wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { rubricProblems, type Rubric } from '../../../scorers/rubric/schema.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const literal: Rubric = { ...rubric, vocabularies: { ...rubric.vocabularies, bareNonAnswerCategory: '否定拒绝' } };
const agentSays = (...said: string[]) =>
  chat([
    ['agent', '您好，物业服务中心，请问有什么可以帮您', 1000],
    ['customer', '地下车库的月租车位下个月还涨不涨价', 2000],
    ...said.map((s, i) => ['agent', s, 3000 + i * 1000] as ['agent', string, number]),
  ]);

describe('forbidden-words: a bare non-answer under bareNonAnswerCategory', () => {
  it('fails the whole-turn 这个我不清楚 / 不好说 as 否定拒绝, quoting it', () => {
    for (const said of ['这个我不清楚。', '这个不好说', '我们这边也不知道哈']) {
      const f = only(forbiddenWords(agentSays(said), S, literal));
      expect(f.pass, said).toBe(false);
      expect(f.details?.categories, said).toContain('否定拒绝');
      expect(f.evidence[0]?.turn, said).toBe(2);
    }
  });

  it('passes a softened one, one with a look-up after it, or one that goes on to help', () => {
    for (const said of [['不好意思，这个我不太清楚。'], ['这个我不清楚', '我帮您问一下管理处，请稍等'], ['这个我不清楚，涨价要等业委会开会定了才有通知，出了通知会贴在单元门口']]) {
      expect(only(forbiddenWords(agentSays(...said), S, literal)).pass, said.join(' / ')).toBe(true);
    }
  });

  it('is off in the shipped rubric: the same bare line is resolution\'s business alone', () => {
    expect(rubric.vocabularies.bareNonAnswerCategory).toBeUndefined();
    expect(only(forbiddenWords(agentSays('这个我不清楚。'), S, rubric)).pass).toBe(true);
  });

  it('names a category that forbidden does not have as a rubric problem', () => {
    const wrong: Rubric = { ...rubric, vocabularies: { ...rubric.vocabularies, bareNonAnswerCategory: '不存在的类' } };
    expect(rubricProblems(wrong).map((p) => p.path)).toContain('vocabularies.bareNonAnswerCategory');
  });
});

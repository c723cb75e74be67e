/**
 * forbidden-words: "this, I'm not sure of" (a topic, then the agent's limit) is a non-answer for
 * resolution to judge, not the blunt 不知道 that brushes the customer off. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '船票退了以后积分还给不给', 2000],
    ['agent', said, 3000],
  ]);

describe('forbidden-words: a topic-scoped "not sure" is no 忌语', () => {
  it('这方面我不太清楚 / 具体的我们这边暂时不知道 pass', () => {
    for (const said of ['这方面我不太清楚。', '具体的我们这边暂时不知道', '这一项我也不确定哈']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('the dismissive 不知道 still fails (the bare one is a non-answer: forbidden-round6.test.ts)', () => {
    for (const said of ['我不清楚，系统上就这样', '这个我不清楚，规定就这样']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

/**
 * 忌语 matched by sound must not fire on ordinary words that sound like them (预计什么 ~ 急什么, 作为违约金 ~ 喂喂,
 * 公寓，我是 ~ 与我事), and a curt leave-taking (挂了啊，再见) is no threat to hang up.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

describe('sound-alikes of 忌语', () => {
  it('ordinary words are clean in forbidden-words and politeness', () => {
    for (const said of ['您估计什么时候方便？', '押金会作为违约金扣除', '欢迎致电安和公寓 我是李婷 您的专属管家', '请问您要登记什么信息']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
      expect(only(politeness(agentSays(said, '好的，请稍等，谢谢您'), S, rubric)).pass, said).toBe(true);
    }
  });
  it('the 忌语 themselves still count', () => {
    for (const said of ['急什么，等着', '这跟我们没关系', '喂喂，听见没有']) {
      const flagged = only(forbiddenWords(agentSays(said), S, rubric)).pass === false || only(politeness(agentSays(said, '好的，请稍等，谢谢您'), S, rubric)).pass === false;
      expect(flagged, said).toBe(true);
    }
  });
});

describe('two syllables by sound', () => {
  it('an ordinary word pair that sounds like a two-character 忌语 is no 忌语 (混，但 ~ 混蛋)', () => {
    const said = '两种肥料一般能混，但别在中午高温时喷';
    expect(only(forbiddenWords(call([['customer', '这两种能一起用吗', 500, 1500], ['agent', said, 2000, 4000]]), S, rubric)).pass, said).toBe(true);
  });
  it('the 忌语 written out still counts', () => {
    const said = '你这个混蛋';
    expect(only(forbiddenWords(call([['customer', '这两种能一起用吗', 500, 1500], ['agent', said, 2000, 4000]]), S, rubric)).pass, said).toBe(false);
  });
});

describe('hanging up', () => {
  it('a leave-taking that says it hangs up is not impatience', () => {
    for (const said of ['行，那就这样，挂了啊，再见', '好嘞，挂啦，拜拜']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a threat to hang up still is', () => {
    for (const said of ['再这样我就挂了啊', '我挂了啊。']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

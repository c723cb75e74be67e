/**
 * Round 11 constructions: the jibe at the customer's face in asking, "I give up on you", the too-simple thing not
 * understood in any verb, "who else is to blame?", the named grievance dared to complain, "worth getting so worked up?"
 * (rude, so both checks); the decision handed back with indifference, "all the same anyway", and "no? forget it"
 * (忌语 only), and the can't-say wait-and-see as the whole reply (敷衍答复); a jibe after help offered is still said. Look-alikes: the
 * line check 喂喂听得到吗, the agent stopping to correct itself (等下，我说错了), time to think given (不着急，您想好了再说),
 * a topic-scoped can't-look-up (这个我没办法查), a free choice offered with 您.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.flatMap((text, k) => [['customer', '那这个怎么弄', 500 + k * 2000], ['agent', text, 1500 + k * 2000]] as ['customer' | 'agent', string, number][]));
const around = (said: string) => agentSays('您好，请问有什么可以帮您？', said, '好的，谢谢您，再见');

describe('round 11 忌语 that are rude too', () => {
  it('fail both checks', () => {
    for (const said of [
      '就这点事你还好意思来问？取件码在短信里',
      '我真服了你了，表格第二页签字',
      '这么基础的操作你都搞不懂？点右上角就行',
      '这点小事都不会吗',
      '快递单都扔了现在怪谁呢',
      '不高兴就去举报，价格是统一的',
      '就晚到十分钟，至于这么生气吗',
      '我可以帮您登记一下。这么简单的流程你都看不明白？',
      '周末还嫌贵 那你别订啊',
    ]) {
      const i = around(said);
      expect(only(forbiddenWords(i, S, rubric)).pass, said).toBe(false);
      expect(only(politeness(i, S, rubric)).pass, said).toBe(false);
    }
  });
});

describe('round 11 忌语 that are not rude', () => {
  it('fail forbidden-words only', () => {
    for (const said of ['换不换你自己定', '续不续都行，我无所谓。', '你要怎么退就怎么退。', '你非要这样理解，那就随你。', '反正都一样，回去等短信吧', '不行就算了。', '说不好，您再观察观察吧', '那不好说，再等等看吧']) {
      const i = around(said);
      expect(only(forbiddenWords(i, S, rubric)).pass, said).toBe(false);
      expect(only(politeness(i, S, rubric)).pass, said).toBe(true);
    }
  });
});

describe('round 11 look-alikes', () => {
  it('a line check, time to think, a topic-scoped can\'t-look-up and a free choice with 您 are clean', () => {
    for (const said of ['喂喂，能听见吗？您请讲。', '不急不急，您考虑好了再告诉我就行。', '这个我没办法查。', '您想什么时候来都可以，我们全天营业。']) {
      const i = around(said);
      expect(only(forbiddenWords(i, S, rubric)).pass, said).toBe(true);
      expect(only(politeness(i, S, rubric)).pass, said).toBe(true);
    }
  });

  it('a can\'t-say with the fact after it is an answer, not the shrug', () => {
    const i = around('说不准，一般三到五天，您再等等看吧');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(true);
  });

  it('the agent stopping to correct itself is no order to wait', () => {
    const i = agentSays('您好，请问有什么可以帮您？', '等下，我说错了，是周三。', '等一下，我刚才报错了，是十二号。', '知道了。', '好的，已经给您登记了', '感谢您的来电，再见');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });
});

/**
 * Round 10b constructions shared by forbidden-words and politeness: the dare as "if you don't accept it, go" and the
 * echo with 去 between, the customer's insistence or word held against them, the past omission read as blame (not
 * as "check it yourself"), a disclaimer followed at once by help, a warning that spares a wasted trip, a record read
 * out by sound-alike (显示…投诉 is not 嫌…投诉), and the bare go-on (继续。/ 下一个。) as curt register.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.flatMap((text, k) => [['customer', '那这个怎么弄', 500 + k * 2000], ['agent', text, 1500 + k * 2000]] as ['customer' | 'agent', string, number][]));

describe('round 10b 忌语 that are rude too', () => {
  it('dares, blame by insistence or word, and the past omission fail both checks', () => {
    for (const said of ['要曝光就去曝光，运费这边不退', '不服气你就去举报，规定就是这样', '那是你自己非得买大号的，换货要补差价', '明明你自己选的到付，快递费要另算', '你自己下单时没核对，地址只能改一次']) {
      const i = agentSays('您好，请问有什么可以帮您？', said, '好的，谢谢您，再见');
      expect(only(forbiddenWords(i, S, rubric)).pass, said).toBe(false);
      expect(only(politeness(i, S, rubric)).pass, said).toBe(false);
    }
  });
});

describe('round 10b look-alikes', () => {
  it('help right after a disclaimer, a spared trip, a record of the complaint are clean', () => {
    for (const said of ['报销不归我们负责，我帮您问一下财务那边', '注意一下，周日闭馆，别白跑。', '记录显示您的投诉已经转给厂家了']) {
      const i = agentSays('您好，请问有什么可以帮您？', said, '好的，谢谢您，再见');
      expect(only(forbiddenWords(i, S, rubric)).pass, said).toBe(true);
    }
  });
});

describe('the bare go-on', () => {
  it('three turns of 继续。/ 接着讲。/ 下一个。 are a curt register', () => {
    const i = agentSays('您好，请问有什么可以帮您？', '继续。', '接着讲。', '下一个。', '好的，已经给您登记了', '感谢您的来电，再见');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});

/**
 * Round 12 constructions. A 忌语 only (forbidden-words, not rude): the denied link (跟我们扯不上), "we (headquarters)
 * don't handle it", the self-service shrug in 自个儿, the A-not-A left with 随你, the told-you with 我 after the time
 * word or as "explained it clearly". Rude as well: the question called not worth asking (这也要问), the customer's
 * listening doubted (你是没听懂还是…), the hurry-up 有话快说, blame thrown back (…还怪我们 / 还不是你们自己…), the
 * customer's means or skill made the reason not to be choosy, "then why bother". Wordings are our own (a campsite
 * booking line), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call as voice, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，营地预订服务台，请问有什么可以帮您', 1000],
    ['customer', '我上周订的帐篷位想问一下押金的事', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;
const forbidden = (said: string) => only(forbiddenWords(call(said), S, rubric)).pass === false;

describe('forbidden-words: round 12 constructions that are 忌语 but not rude', () => {
  it('fail forbidden-words, pass politeness', () => {
    for (const said of ['停车场那块跟我们扯不上，押金三天退回', '卡券的事我们平台不管。押金三天退回', '条款就这样，您自个儿研究吧', '续不续随你，押金三天退回', '之前我说过了，押金三天退回', '我上次讲得很清楚了，押金三天退回', '发票的事你去问景区吧']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['要是有不归我们营地管的事，我也会帮您转过去', '车位这块不属于我们负责，不过我可以把景区停车场的电话告诉您', '去不去随您方便，押金三天退回', '这还不是您的最终账单，月底会再出一张', '这个也要问清楚，我帮您记一下', '您是没听清还是信号不好？我再说一遍，押金三天退回', '这事还怪我们没提醒到位，押金三天退回']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('politeness: 有不归我们 after a condition, spoken', () => {
  it('is 有, not 又 by sound', () => {
    const c = voice([
      ['agent', '您好，营地预订服务台，请问有什么可以帮您', 1000, 3000],
      ['customer', '押金的事想问一下', 3500, 5000],
      ['agent', '要是有不归我们营地管的事 我也会帮您转过去 押金三天退回', 5500, 9000],
      ['customer', '好的', 9500, 10000],
      ['agent', '感谢您的来电，祝您生活愉快，再见', 10500, 12000],
    ]);
    expect(only(politeness(c, S, rubric)).pass).not.toBe(false);
    expect(only(forbiddenWords(c, S, rubric)).pass).not.toBe(false);
  });
});

describe('politeness: round 12 rude constructions', () => {
  it('fail both checks', () => {
    for (const said of ['这也要问？押金三天退回', '你是没明白还是怎么着？押金三天退回', '我说了十分钟你一个字都没听进去', '有话就快讲', '自己把卡弄丢了还怪我们补得慢', '还不是你们自己不看说明', '雇不起好向导就别挑', '你这技术就别嫌场地差', '淋点雨都急成这样，那还露营干嘛', '同样的事还要我讲几遍？押金三天退回', '这么简单的规矩你都看不懂？', '帐篷被风刮跑也是活该']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });
});

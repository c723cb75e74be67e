/**
 * Whose silence follows an agent question: the customer's while the customer takes the word or the agent
 * only checks the line (您还在吗？); the agent's when the agent itself comes back with an answer or an apology
 * for the delay — the customer was the one kept waiting. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const kinds = (i: Parameters<typeof accountSilences>[0]) => accountSilences(i, rubric).silences.map((s) => s.kind);

describe('silence after an agent question', () => {
  it('the agent breaking it with an answer or an apology for the delay: dead air', () => {
    const apology = chat([
      ['agent', '您好，请问有什么可以帮您？', 1000],
      ['customer', '我想改一下收货地址', 5000],
      ['agent', '您的新地址是滨江区江南大道九号对吗？', 9000],
      ['agent', '抱歉回复慢了，地址已经帮您改好了。', 55_000],
    ]);
    expect(kinds(apology)).toEqual(['unannounced']);
    expect(only(deadAir(apology, S, rubric)).pass).toBe(false);
    const goesOn = call([
      ['agent', '您好，票务中心，请讲', 1000, 3000],
      ['customer', '我的火车票想换个时间', 3500, 6000],
      ['agent', '您是要改签还是退了重买？', 6500, 9000],
      ['agent', '改签的话只补差价，不收手续费', 25_000, 29_000],
    ]);
    expect(kinds(goesOn)).toEqual(['unannounced']);
    // a question back that owns the delay (抱歉回复晚了…对吧？) is still the agent's silence
    const owned = chat([
      ['agent', '请问您的车架号后六位是多少？', 1000],
      ['agent', '抱歉回复晚了，我这边已经查到您的车辆，是白色那辆对吧？', 50_000],
    ]);
    expect(kinds(owned)).toEqual(['unannounced']);
  });

  it('the agent asking its question again (in other words) is still waiting on the customer', () => {
    const i = chat([
      ['agent', '请问您的订单号是多少？', 1000],
      ['agent', '就是订单详情页最上面那串数字，您方便发一下吗？', 50_000],
      ['customer', '哦哦，是20251204331', 60_000],
    ]);
    expect(kinds(i)).toEqual(['customer-pause']);
  });

  it('the customer answering, or the agent only checking the line: the customer’s pause', () => {
    const answered = call([
      ['agent', '请问您的会员卡号是多少？', 1000, 3000],
      ['customer', '等等啊……找到了，是六六八一', 20_000, 23_000],
    ]);
    expect(kinds(answered)).toEqual(['customer-pause']);
    for (const check of ['您好，请问您还在吗？', '喂，能听到吗', '您好，还在线吗？长时间未回复的话系统会自动结束本次会话']) {
      const i = chat([
        ['agent', '请问您的订单号是多少？', 1000],
        ['agent', check, 50_000],
        ['customer', '在的，订单号是7721', 55_000],
      ]);
      expect(kinds(i), check).toEqual(['customer-pause']);
      expect(only(deadAir(i, S, rubric)).pass, check).toBe(true);
    }
  });
});

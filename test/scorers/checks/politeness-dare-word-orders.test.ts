/**
 * The dare to complain in other orders of speech: the complaint first and the shrug after (举报随你), the threat
 * echoed back by its verb alone (想投诉就投), the conditional dare 不服…就去告, and "wherever you complain it is the
 * same". Look-alikes: the legal notice with 可以 (如不服可以申请复议), the time of day (投诉随时可以提), advice on where
 * to complain. Wordings are our own (a ferry ticket office, a gym), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，轮渡售票服务台，请问有什么可以帮您', 1000],
    ['customer', '船票退不了，我要投诉你们', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: the dare to complain in other word orders', () => {
  it('complaint first, shrug after; the echo by its verb; 不服…就去告; where is pointless', () => {
    for (const said of ['举报随你，反正票是退不了', '想投诉就投吧，我们也没办法', '不服您就去交通局告我们', '您告到哪儿都没用，规定就这样']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: the remedy with 可以, 随时, advice on the channel', () => {
    for (const said of ['如对处理结果不服，您可以向交通局申请复议', '您的投诉随时可以通过热线提交，我先帮您登记', '您要投诉的话可以拨打12345，我先帮您看看退票的办法']) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('politeness: the customer told to complain about us, closed by a dismissive particle', () => {
  it('告我们嘛 / 投诉我好了 fail, 您 or not', () => {
    for (const said of ['您觉得不行就去交通局告我们嘛', '嫌慢你投诉我好了']) expect(rude(said), said).toBe(true);
  });
  it('advice naming the channel stays courteous', () => {
    for (const said of ['您要投诉我们的话可以打监督电话，号码我发给您', '如对我的服务不满意，您可以拨打12345反映']) expect(rude(said), said).toBe(false);
  });
});


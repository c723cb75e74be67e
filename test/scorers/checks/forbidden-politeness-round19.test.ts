/**
 * Round 19 constructions, written as structures (who is addressed, what the clause does) rather than one set's lines: the
 * rhetorical question aimed at 你 (你以为… / a bare 你不知道吗 / the obvious not seen / "couldn't you V first"), what X knows
 * (X懂什么), means made unfit (没钱V什么), the customer's account called an excuse (别找借口), the customer stopped as 你 (你不用说了),
 * the agent's rhetorical "where's the time" (我哪有空), the told-you with an order to comply in place of the answer, the fault as a
 * certainty on 你自己, the futility dare in every redress verb; 忌语 only: a third party's matter disowned, a post disowned, the
 * choice handed back to 你, the shrug after a speech filler. Look-alikes stay clean. Wordings are our own (a swimming-pool desk).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, replyAtDesk, rubric, scenario } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，蓝湾游泳馆服务台，请问有什么可以帮您', '我的年卡怎么刷不开闸机了');

describe('round 19: rude constructions (both checks)', () => {
  it('fail both', () => {
    for (const said of [
      '你以为闸机是为你一个人开的？', // 你以为, the rhetorical question aimed at 你
      '卡过期了你不知道吗？', // the bare "don't you know", no object
      '门口那么大的告示你没看见？', // the obvious not seen
      '短信都发了你没看？', // the notice not read
      '刷卡前你不会先看看有效期？', // "couldn't you V first"
      '你同事懂什么。', // what X knows
      '没钱办什么年卡', // means made unfit
      '少找借口，卡是你自己弄坏的', // the account called an excuse
      '好了，你不用说了。', // stopped as 你
      '我哪有空一遍遍给你刷', // where's the time
      '我前面讲过了，你照着办就行。', // the told-you with only an order to comply
      '肯定是你自己折的', // the fault as a certainty on 你自己
      '曝光也是这个结果', // the futility dare, any redress verb
      '嗯 想得可真美', // 想得美 with its degree words, after a filler
      '又来了，同一个问题问了四遍', // the return called a nuisance
      '幼儿园小朋友都会刷卡', // what children can do
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });
});

describe('round 19: 忌语 only', () => {
  it('fail forbidden-words, pass politeness', () => {
    for (const said of ['我这边不管她的事。', '那你自己决定吧', '办卡不是我这个岗位的事', '就是 也许吧', '到时候再看吧，现在说不了。', '忘了带卡是你的事', '嗯 嫌远就换一家呗您下次再看看']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('round 19: look-alikes stay clean', () => {
  it('pass both', () => {
    for (const said of [
      '您刚才讲得很清楚，我帮您查一下。', // the customer's own account praised
      '您不知道也正常，我给您讲一下。', // 您, and reassurance
      '年卡要本人来办，家属的卡我们一样帮您查。',
      '要怪就怪我们系统升级没通知到位，抱歉。', // the fault owned
      '不好意思，我再给您说一遍：先刷卡再过闸。',
      '先别继续用，可以到前台补一张。', // a faulty card not to be used on (no 您: the shape itself excused)
      '不着急，您慢慢找。',
    ]) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('round 19: referrals that answer', () => {
  it('a place named for a where-question, a greeting thanks and a time word are no 推诿', () => {
    const whereAsked = chat([
      ['agent', '您好，蓝湾游泳馆服务台，请问有什么可以帮您', 1000],
      ['customer', '我落在更衣室的泳镜去哪儿领？', 2000],
      ['agent', '请您稍等，我查一下。', 3000],
      ['customer', '好的', 4000],
      ['agent', '让您久等了，您到一楼前台找值班经理。', 20000],
      ['customer', '好，谢谢', 21000],
      ['agent', '不客气，祝您生活愉快，再见', 22000],
    ]);
    expect(forbidden('感谢您联系蓝湾游泳馆，您请讲')).toBe(false);
    expect(forbidden('不好说，您到时候看看。')).toBe(false);
    expect(only(forbiddenWords(whereAsked, scenario(), rubric)).pass).not.toBe(false);
  });
  it('the bare order to go elsewhere stays 推诿 after a where-question', () => {
    expect(only(forbiddenWords(chat([
      ['agent', '您好，蓝湾游泳馆服务台，请问有什么可以帮您', 1000],
      ['customer', '发票去哪开？', 2000],
      ['agent', '反正不归我这儿，去找财务。', 3000],
      ['customer', '好吧', 4000],
      ['agent', '感谢您的来电，再见', 5000],
    ]), scenario(), rubric)).pass).toBe(false);
  });
});

describe('round 19: short reassurances and 了解了 are not curt', () => {
  it('an agent answering with 好，不急。/ 不要紧。/ 了解了。 keeps a courteous register', () => {
    const c = chat([
      ['agent', '您好，蓝湾游泳馆服务台，我是小许，请问有什么可以帮您', 1000],
      ['customer', '我找一下卡号', 2000],
      ['agent', '好，不急。', 3000],
      ['customer', '哎呀不好意思，手机掉了', 4000],
      ['agent', '不要紧。', 5000],
      ['customer', '卡号是8812', 6000],
      ['agent', '了解了。', 7000],
      ['agent', '年卡有效期到明年三月，闸机刷不开是芯片松了，前台可以免费换。', 8000],
      ['customer', '好的', 9000],
      ['agent', '感谢您的来电，再见', 10000],
    ]);
    expect(only(politeness(c, scenario(), rubric)).pass).toBe(true);
  });
});

describe('round 19: a stripped 征询语 restated courteously in the same turn is not curt', () => {
  const desk = (a: string, b: string, c: string) =>
    chat([
      ['agent', a, 1000],
      ['customer', '我想问一下年卡的事', 2000],
      ['agent', b, 3000],
      ['customer', '卡号8812', 4000],
      ['agent', c, 5000],
      ['customer', '好的', 6000],
      ['agent', '年卡可以续到明年三月，前台就能办。', 7000],
    ]);
  it('with 请问 beside it: courteous', () => {
    const c = desk('蓝湾游泳馆，什么事？请问需要办理什么？', '哪张卡？请问是年卡还是次卡？', '还有事吗？请问还有什么要帮您的？');
    expect(only(politeness(c, scenario(), rubric)).pass).toBe(true);
  });
  it('stripped alone three times: curt', () => {
    const c = desk('蓝湾游泳馆，什么事？', '哪张卡？', '还有事吗？');
    expect(only(politeness(c, scenario(), rubric)).pass).toBe(false);
  });
});

/**
 * Irony (impolite 反讽): praise, a guess or a remark on luck whose content is a put-down — the customer's character
 * judged as a knowing aside (也 + degree + trait + 吧/哈), the rich or idle insinuation put as a guess (您家是开…的吧),
 * "you can afford it anyway" (也…得起嘛), luck praised after a misfortune (您可真是运气好), 您倒是会… / 还挺会….
 * Look-alikes: the courtesies of the same build (您也太客气了吧 / 您也是挺不容易的哈), a sincere question (您家是开店的吗),
 * real luck (恭喜您…抽中了), a thanks or an advice with 倒是. Wordings are our own (a gym, a pet clinic), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (customer: string, said: string) =>
  chat([
    ['agent', '您好，宠物医院前台，请问有什么可以帮您', 1000],
    ['customer', customer, 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (customer: string, said: string) => only(politeness(call(customer, said), S, rubric)).pass === false;

describe('politeness: irony by construction', () => {
  it('fails the trait judged as a knowing aside, the wealth guess, the affordability jab', () => {
    const lines: Array<[string, string]> = [
      ['狗粮的驱虫药我忘了喂两次', '两次都能忘，您也是挺马虎的哈。'],
      ['我想今天就拿到化验单', '你也太性急了吧，化验要三天。'],
      ['怎么一个月会员卡刷了六十次', '您家是开健身房的吧？'],
      ['我家猫一个月吃掉二十袋罐头', '你家里有矿啊，吃这么多。'],
      ['寄养费怎么又涨了', '涨了您也付得起嘛，这么好的房间。'],
      ['我预约了三次都没约上', '那您可真是运气好，排了三次都没排上。'],
      ['能不能你们派人上门接狗', '您倒是挺会省事，还要我们上门。'],
      ['我想用优惠券叠加会员折扣', '您还挺会算的，不过不能叠加。'],
      ['这事你们就不能简单点办吗', '您倒是说得轻巧，流程是规定的。'],
    ];
    for (const [customer, said] of lines) expect(rude(customer, said), said).toBe(true);
  });

  it('look-alikes stay courteous: thanks, sympathy, a real question, real luck, 倒是 as thanks or advice', () => {
    const lines: Array<[string, string]> = [
      ['谢谢你们，我给你们送面锦旗', '您也太客气了吧，这是我们应该做的。'],
      ['我家狗病了我一晚上没睡', '您也是挺不容易的哈，我们马上给您安排医生。'],
      ['我想给店里的猫办年卡', '您家是开店的吗？那可以办商户年卡。'],
      ['我抽奖抽到什么了', '恭喜您，您可真是运气好，抽中了一年免费洗护。'],
      ['我刚好赶上周年活动', '您运气真好，赶上了周年活动。'],
      ['我记得你们上次说要带疫苗本', '您倒是提醒我了，请带上疫苗本。'],
      ['不知道能不能先试一节课', '您倒是可以先试一节体验课。'],
      ['我都按时来打疫苗', '您也太配合了，谢谢您。'],
    ];
    for (const [customer, said] of lines) expect(rude(customer, said), said).toBe(false);
  });
});

/**
 * Round 8 (issue 10): three constructions of rude lines read off dev11a / dev11b / dev12a — blame thrown back as a
 * retort (你自己… 还怪 / 还好意思), the customer lumped into a kind and written off (你这种X我见多了 / 你们X就会…), and the
 * ask made small by a retort (这么点钱至于吗 / 住不起可以不住 / 爱V就V). Each fails politeness and forbidden-words; each
 * has its look-alike. Wordings are our own (a ski resort, a bakery), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const contact = (said: string) =>
  chat([
    ['agent', '您好，雪场服务台，请问有什么可以帮您', 1000],
    ['customer', '雪板租了两小时就坏了，能换吗？', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您滑雪愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(contact(said), S, rubric)).pass === false;
const forbidden = (said: string) => only(forbiddenWords(contact(said), S, rubric)).pass === false;

describe('反诘指责: the customer’s own doing set against what they complain of', () => {
  it('你自己…还怪 / 还好意思 / 关我们什么事 / 上点心行不行 / 你好好说话…会凶你 fail both checks', () => {
    for (const said of ['你自己把固定器拧松了还怪雪板？', '你自己没看租赁须知还好意思问。可以换一副', '你自己摔的 关我们什么事', '板子是你的又不是我的，你自己上点心行不行', '你好好说话人家会凶你吗？']) {
      expect(rude(said), said).toBe(true);
      expect(forbidden(said), said).toBe(true);
    }
  });
  it('the fault denied and the customer’s own option stay clean', () => {
    for (const said of ['这不怪您自己，是固定器老化了，我给您换一副', '您自己没收到通知的话也不怪您，我给您换', '您自己也可以在APP上换板子']) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('贬低身份: the customer lumped into a kind and written off', () => {
  it('你这种X我见多了 / 你们X就会挑毛病 / 就你这水平 / 成年人了连…都 / 少来这套 fail both checks', () => {
    for (const said of ['你这种游客我见多了，可以换', '你们外地人就会挑毛病', '就你这水平还嫌雪道难', '成年人了连个雪板都看不好', '少来这套，租金不退']) {
      expect(rude(said), said).toBe(true);
      expect(forbidden(said), said).toBe(true);
    }
  });
  it('a case, a courtesy to a class of customers stay clean', () => {
    for (const said of ['您这种情况我们见得多了，别担心，马上给您换', '你们老会员就是有优惠，换板免费']) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('反问轻视: the ask made small by a retort', () => {
  it('这么点钱至于吗 / 那么便宜还想要啥 / 租不起可以不租 / 你当这是你家 / 爱V就V / 谁怕谁 / 解释了几遍，还问 / 不懂就别瞎 fail both checks', () => {
    for (const said of ['这么点押金至于吗？', '票卖那么便宜，还想要啥服务？', '租不起可以不租嘛', '你当这是你家啊，想换就换？', '爱写差评就写，我不在乎', '投诉去吧 谁怕谁', '跟你解释了好几遍了，还问？', '不懂就别瞎调固定器']) {
      expect(rude(said), said).toBe(true);
      expect(forbidden(said), said).toBe(true);
    }
  });
  it('an apology, a pet that likes its food, an offer to explain stay clean', () => {
    for (const said of ['对不起不对，我说错了，是可以换的', '狗狗爱吃就让它吃，雪场餐厅可以带宠物', '不懂的话可以随时问我，我给您换一副']) {
      expect(rude(said), said).toBe(false);
    }
  });
});

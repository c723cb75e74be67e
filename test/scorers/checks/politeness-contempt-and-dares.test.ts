/**
 * Rude is the tone, not the 忌语's category: indifference said flatly (你自己看着办吧 / 反正就这样) is a cold 忌语
 * that fails forbidden-words only, while contempt aimed at the customer (爱存不存 / 谁跟你讲的找谁去 / 丢了就丢了呗)
 * and a dare to complain (那你去投诉好了 / 有本事您就去举报 / 我又没拦着您) fail politeness too — the dare whatever
 * the address. Wordings are our own (a museum locker room, a parking garage, a pet groomer), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** A courteous call with `said` as the agent's answer in the middle. */
const call = (said: string) =>
  chat([
    ['agent', '您好，博物馆服务中心，请问有什么可以帮您', 1000],
    ['customer', '你好，我想问一下存包的事', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;
const forbidden = (said: string) => only(forbiddenWords(call(said), S, rubric)).pass === false;

describe('politeness: indifference is a 忌语, contempt is rude', () => {
  it('a flat shrug in a courteous call fails forbidden-words only', () => {
    for (const said of ['存包柜满了，你自己看着办吧', '规定反正就这样了']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it("the customer's choice thrown back at them is contempt: 爱V不V, 谁…的找谁, 你爱怎么V就怎么V", () => {
    for (const said of ['存包就这个价，爱存不存', '谁跟你讲的免费你就去找谁', '你爱怎么理解就怎么理解', '懒得跟你解释']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('take it or leave it, and the grievance made small, are contempt', () => {
    for (const said of ['嫌排队慢你可以别来', '丢了就丢了呗，再买一个', '一把钥匙而已，至于吗', '我们也管不了，忍忍吧']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: a question with 这有什么, a request to bear with a wait given its time', () => {
    for (const said of ['请问这有什么需要我帮您登记的吗', '您先忍一下，工作人员五分钟内就到', '寄存是免费的，到了就可以直接存']) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('politeness: a dare to complain is rude whatever the address', () => {
  it('the imperative dare and the taunt fail politeness, with 你 or 您', () => {
    for (const said of ['那你去投诉好了', '有本事您就去举报', '请便，热线号码官网上都有', '我又没拦着您', '随便你去哪儿投诉', '我不怕你投诉']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('the dare run on without a clause end (ASR), the threat echoed back, a bare "suit yourself"', () => {
    for (const said of ['你举报呀号码网上都查得到', '你非要告就去告', '随意，热线电话您自己查']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('asking about the complaint, or advising where to make it, is no dare', () => {
    for (const said of ['您要投诉啊，我帮您转到投诉专线', '您想投诉的话就拨打我们的监督电话', '套餐可以随意组合，您看需要哪种']) {
      expect(rude(said), said).toBe(false);
    }
  });

  it('advice on the channel, an accepted complaint, "we do not mind the trouble" are no dare', () => {
    for (const said of ['如果您对处理结果不满意，可以拨打12345投诉', '您的投诉我们已经受理了，三天内回复您', '我们不怕麻烦，一定帮您查清楚', '这位师傅很有本事的，您放心']) {
      expect(rude(said), said).toBe(false);
    }
  });

  it('futility said flatly with 您 stays a 忌语 in a courteous register (您 softens a statement, not a challenge)', () => {
    expect(forbidden('您投诉也没用，规定就是这样')).toBe(true);
    expect(rude('您投诉也没用，规定就是这样')).toBe(false);
  });
});

describe('politeness: the rhetorical brush-off is rude', () => {
  it('"what use is asking us", "how would I know" thrown back instead of an answer', () => {
    for (const said of ['丢了钥匙你找锁匠啊，找我们有什么用', '展品什么时候换我哪知道', '柜子谁用过我怎么知道', '鬼知道什么时候修好']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('a flat "I do not know" with a look-up, and "what is it for", are no brush-off', () => {
    for (const said of ['这个我不太清楚，我帮您问一下同事', '请问您想知道这个柜子有什么用途', '我们怎么知道您的柜号呢，麻烦您看一下手环']) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('politeness: the threat echoed back, addressee after the wish', () => {
  it('想举报你就去举报 / 要曝光您就去曝光 dare the customer', () => {
    for (const said of ['想举报你就去举报，随你。', '要曝光您就去曝光吧']) expect(rude(said), said).toBe(true);
  });

  it('advice on how to complain is no echo (想投诉您可以拨打12345 / 要投诉您就拨打监督电话)', () => {
    for (const said of ['想投诉您可以拨打12345反映', '要投诉您就拨打我们的监督电话投诉']) expect(rude(said), said).toBe(false);
  });
});

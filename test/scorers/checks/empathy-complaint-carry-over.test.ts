/** empathy: complaint families that carry over across wordings (issue 10, round 2). Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** The verdict after a bare reply: false when the turn is a complaint, 'na' when it is not. */
const verdict = (said: string, reply = '好的，请提供一下您的户号') =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', said, 2000],
        ['agent', reply, 3000],
        ['agent', '我这边登记一下', 4000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: fault imputed, the service called useless', () => {
  it('fault or intent imputed to 你们 as a question owes an acknowledgement', () => {
    for (const said of ['这个月燃气费翻倍，你们是不是读错表了', '押金一直不退，你们是想赖账吗', '你们是不是故意拖着不发货']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a neutral question to 你们 is none', () => {
    for (const said of ['你们是不是周末也上班', '你们是不是在人民路有个网点']) expect(verdict(said), said).toBe('na');
  });

  it('the service called useless owes an acknowledgement', () => {
    for (const said of ['你们那个在线报修就是个摆设', '你们这个会员到底有什么用', '有了这个新规，老规定形同虚设']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a thing named or a question about use is none', () => {
    for (const said of ['客厅那个摆件是赠品吗', '这个按钮有什么用途']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: bullying, "is this how", a claim thrown back', () => {
  it('each owes an acknowledgement', () => {
    for (const said of ['这不是刁难老百姓吗', '你们就这么送货的？', '你们官网不是写着包邮吗', '理赔交上去一点进度都没有', '我跑了四家网点都说不行']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('the same complaint is answered by an acknowledgement', () => {
    expect(verdict('你们就这么送货的？', '实在抱歉，包装没做好，我马上给您补发')).toBe(true);
  });
});

describe('empathy: asking about the complaint procedure is no complaint', () => {
  it('a consultation or a what-if about complaining voices no grievance', () => {
    for (const said of ['我想了解一下物业投诉需要提供哪些证明', '假如以后要投诉这个网点，打哪个号码']) expect(verdict(said), said).toBe('na');
  });
});

describe('empathy: a remedy demanded of 你们', () => {
  it('你们说怎么办 / 谁来赔 owe an acknowledgement', () => {
    for (const said of ['行李箱被摔坏了，你们说怎么办', '航班取消的损失谁来赔']) expect(verdict(said), said).toBe(false);
  });

  it('advice asked is none', () => {
    for (const said of ['你说怎么办理比较快', '我想问问这个怎么办理']) expect(verdict(said), said).toBe('na');
  });
});

describe('empathy: the hardship acknowledged in the agent\'s words', () => {
  it('确实 + what the customer goes through acknowledges; a bare promise does not', () => {
    expect(verdict('楼上漏水一个礼拜了，都没人来', '一个礼拜都这样，确实挺遭罪的，我马上派单')).toBe(true);
    expect(verdict('楼上漏水一个礼拜了，都没人来', '来回跑确实不容易，我这边加急')).toBe(true);
    expect(verdict('楼上漏水一个礼拜了，都没人来', '好的，我马上派单')).toBe(false);
  });
});

describe('empathy: charged twice and the cold shoulder', () => {
  // (round 5: a double charge counts with the customer's stance on it — 莫名其妙 / 又 / 怎么回事; reported plainly,
  // 一张停车费扣了两次, it is the fault the call is about: empathy-each-complaint.test.ts)
  it('each owes an acknowledgement', () => {
    for (const said of ['一张停车费莫名其妙扣了两次', '上回那个客服爱答不理的', '刚说两句就挂我电话', '问了三个人都是一问三不知', '你这解释说了等于没说']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a single charge, a call to be hung up by the customer, a plain 没说 are none', () => {
    for (const said of ['这个月只扣了一次对吧', '我先挂电话，等您回电', '他没说要带什么材料']) expect(verdict(said), said).toBe('na');
  });
});

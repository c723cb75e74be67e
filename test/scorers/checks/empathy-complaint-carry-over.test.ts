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

describe('empathy: fault imputed, the service called useless, loss, names, threats', () => {
  it('fault or intent imputed to 你们 as a question owes an acknowledgement', () => {
    for (const said of ['这个月燃气费翻倍，你们是不是读错表了', '押金一直不退，你们是想赖账吗', '你们是不是故意拖着不发货']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a neutral question to 你们 is none', () => {
    for (const said of ['你们是不是周末也上班', '你们是不是在人民路有个网点']) expect(verdict(said), said).toBe('na');
  });

  it('the service called useless, money lost, the company named, a threat of what is coming', () => {
    for (const said of ['你们那个在线报修就是个摆设', '你们这个会员到底有什么用', '机票没改成，酒店押金亏了好几百', '充值的钱全打水漂了', '真是黑心商家', '行，你们等着瞧', '我已经给市场监管写了封信']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a thing named, a refund received, an ordinary 店 or a wait asked for are none', () => {
    for (const said of ['客厅那个摆件是赠品吗', '你们上次赔了我两百，已经到账了', '我在无锡的店里买的', '你等着，我去拿一下卡']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: hardship, bullying, "is this how", a claim thrown back, effort in vain', () => {
  it('each owes an acknowledgement', () => {
    for (const said of ['停水三天，饭店都没法开了', '为了这个证明腿都跑断了', '这不是刁难老百姓吗', '你们就这么送货的？', '你们官网不是写着包邮吗', '热线打了老半天打不进去', '这个挂号系统永远挂不上', '理赔交上去一点进度都没有', '我跑了四家网点都说不行']) {
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

describe('empathy: expectation and disbelief', () => {
  it('a charge disputed, a remedy demanded, a rule called unreasonable, regret, a let-down, indignant surprise', () => {
    for (const said of ['就两个人住，怎么可能用了那么多电', '行李箱被摔坏了，你们说怎么办', '航班取消的损失谁来赔', '押金不退，这是什么道理', '早知道就不办这张卡了', '从来没见过这样的售后', '本以为换了新表会好，结果更不准了', '居然还收我上门费']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('advice asked, a pleasant surprise, a pleasant outcome are none', () => {
    for (const said of ['你说怎么办理比较快', '居然这么快就到了，想再问个事', '本来以为要排队，结果很快就办好了']) expect(verdict(said), said).toBe('na');
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
  it('each owes an acknowledgement', () => {
    for (const said of ['一张停车费扣了两次', '上回那个客服爱答不理的', '刚说两句就挂我电话', '问了三个人都是一问三不知', '你这解释说了等于没说']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a single charge, a call to be hung up by the customer, a plain 没说 are none', () => {
    for (const said of ['这个月只扣了一次对吧', '我先挂电话，等您回电', '他没说要带什么材料']) expect(verdict(said), said).toBe('na');
  });
});

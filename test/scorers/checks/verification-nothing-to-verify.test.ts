/**
 * verification in a scenario that requires it, when the agent never asked for identity: N/A when the agent
 * neither disclosed nor acted on the customer's own record (general rules, prices, procedures, a referral —
 * nothing to verify, the lead's round-6 reading of "before the agent discloses or acts on the customer's own
 * account/order/policy"), fail when it did. The disclosures here are the forms that decide it in other words:
 * the look-up's result reported (查到了，…), an operation done (已改好 / 给您约好了), the record pointed at by a
 * demonstrative (这笔… / 这个账号…), a read-off report about someone on the record, the customer's booking read
 * back as a past fact. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const answered = (said: string) =>
  chat([
    ['agent', '您好，健身会所客服，请问有什么可以帮您', 1000],
    ['customer', '我的私教课想改个时间', 2000],
    ['agent', said, 3000],
    ['customer', '好的', 4000],
    ['agent', '感谢来电，再见', 5000],
  ]);
const verdict = (said: string) => only(verification(answered(said), needs, rubric)).pass;

describe('verification: nothing to verify', () => {
  it('is N/A when only rules, prices, procedures or a referral were given', () => {
    for (const said of [
      '私教课提前24小时改期不收费，在小程序里就能改',
      '改期每次收二十元手续费',
      '这个要找前台的会籍顾问办理，电话是总机转8',
      '我查一下，您稍等',
      '查到了，您稍等一下我再看看',
      '您这个问题得问教练本人',
    ]) {
      const f = only(verification(answered(said), needs, rubric));
      expect(f.pass, said).toBe('na');
      expect(f.reason, said).toContain('无需核实');
    }
  });

  it('fails when the record was read or acted on without any check', () => {
    for (const said of [
      '查到了，您是周六上午十点的课，教练姓陈',
      '我看了一下您的会员卡，您是年卡会员',
      '已改好',
      '好的，给您约好了下周三晚上七点',
      '改好了',
      '这笔是上个月12号扣的',
      '这个会员卡昨天刚续过费',
      '我看到教练是下午3点签的到',
      '您之前在万达店报了十节私教课',
      '您这个课程是去年办的',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('look-alikes: a promise, a question, a rule, the customer\'s message, a note', () => {
    for (const said of [
      '我帮您申请一下改期',
      '已经记录了，会有专人联系您',
      '看到您的留言了，马上帮您处理',
      '这单可以退的',
      '这笔是哪天扣的',
      '您之前在哪个店报的名',
      '已经说过了，改期要提前一天',
    ]) {
      expect(verdict(said), said).toBe('na');
    }
  });

  it('a request to the customer (麻烦您拍一张 / 请您发两张) reads nothing off the record, unlike 给您添麻烦了 before a read-off', () => {
    expect(verdict('麻烦您拍一张教练签到表的照片发给我')).toBe('na');
    expect(verdict('请您发两张截图过来')).toBe('na');
    expect(verdict('给您添麻烦了 我看到您账户上个月扣了三百块')).toBe(false);
  });

  it('reads a reassurance run into the read-off by ASR as no instruction', () => {
    const i = call([
      ['agent', '您好，健身会所客服', 1000, 2000],
      ['customer', '我的押金怎么还没退', 3000, 4000],
      ['agent', '您先别急 系统里押金800元 状态是待审核', 5000, 7000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(false);
  });
});

describe('verification: a case opened in the customer\'s name', () => {
  it('a reference number given for the matter acts on it: fails with no check, N/A still for the agent\'s own staff number', () => {
    expect(verdict('已经给您登记了退费申请，受理单号是TF20251203889，三个工作日内有专人回电')).toBe(false);
    expect(verdict('好的，工单号是WX7730021，维修师傅明天上午联系您')).toBe(false);
    // the agent's own number in its introduction is no case opened
    const i = chat([
      ['agent', '您好，我是客服专员小周，编号61690，请问有什么可以帮您', 1000],
      ['customer', '私教课改期要收费吗', 2000],
      ['agent', '提前24小时改期不收费', 3000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe('na');
  });

  it('passes when the check came before the reference', () => {
    const i = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', '我要申请退课', 2000],
      ['agent', '为了核实身份，请提供会员姓名和手机号后四位', 3000],
      ['customer', '王芳，5521', 4000],
      ['agent', '核对无误，已为您提交退课申请，受理号是TK88120563', 5000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(true);
  });
});

describe('verification: the record looked up', () => {
  it('asking for the record\'s key or announcing the look-up opens the record: with no check it fails', () => {
    for (const said of ['麻烦您把订单号报一下，我帮您查一下', '您的会员卡号是多少？', '好的，我这边帮您查一下', '我先看一下您的预约记录']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a rule, a price or a referral opens nothing: still N/A', () => {
    for (const said of ['改期在小程序里就能操作，提前一天免费', '这个您可以打总机问一下前台']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

/**
 * verification in a scenario that requires it: an agent that never checks identity fails (the scenario makes the
 * customer's own record the business of the call); an agent that checks AFTER reading or acting on the record fails
 * too, with the disclosure as evidence. The disclosures here are the forms that decide it in other words: the
 * look-up's result reported (查到了，…), an operation done (已改好 / 给您约好了), the record pointed at by a
 * demonstrative (这笔… / 这个账号…), a read-off report about someone on the record, the customer's booking read back
 * as a past fact, a case opened in the customer's name (a 受理单号 given). Look-alikes — a promise, a question, a
 * rule, a request to the customer — disclose nothing, so a check after them is in time. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
/** The agent says `said`, then checks identity. */
const saidThenChecked = (said: string) =>
  chat([
    ['agent', '您好，健身会所客服，请问有什么可以帮您', 1000],
    ['customer', '我的私教课想改个时间', 2000],
    ['agent', said, 3000],
    ['customer', '好的', 4000],
    ['agent', '为了核实身份，请提供会员姓名和手机号后四位', 5000],
    ['customer', '王芳，5521', 6000],
    ['agent', '核对无误，感谢来电，再见', 7000],
  ]);
const verdict = (said: string) => only(verification(saidThenChecked(said), needs, rubric)).pass;

describe('verification: never checked', () => {
  it('fails, whatever the agent said', () => {
    const i = chat([
      ['agent', '您好，健身会所客服，请问有什么可以帮您', 1000],
      ['customer', '我的私教课想改个时间', 2000],
      ['agent', '私教课提前24小时改期不收费，在小程序里就能改', 3000],
    ]);
    const f = only(verification(i, needs, rubric));
    expect(f.pass).toBe(false);
    expect(f.evidence.length).toBeGreaterThan(0);
  });
});

describe('verification: the record read or acted on before the check', () => {
  it('fails', () => {
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
      '给您添麻烦了 我看到您账户上个月扣了三百块',
      '已经给您登记了改期申请，受理单号是TF20251203889，三个工作日内有专人回电',
      // unpunctuated speech: 主要是 is no condition (要是) — the read-off stands
      '查到了 您这张年卡是去年三月办的 续费要补一百块差价 主要是价格调整了',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('look-alikes disclose nothing: a promise, a question, a rule, the customer\'s message, a note, a request to the customer, the agent\'s own number', () => {
    for (const said of [
      '我帮您申请一下改期',
      '已经记录了，会有专人联系您',
      '看到您的留言了，马上帮您处理',
      '这单可以退的',
      '这笔是哪天扣的',
      '您之前在哪个店报的名',
      '已经说过了，改期要提前一天',
      '麻烦您拍一张教练签到表的照片发给我',
      '请您发两张截图过来',
      '我是客服专员小周，编号61690，改期要提前一天',
    ]) {
      expect(verdict(said), said).toBe(true);
    }
  });

  it('reads a reassurance run into the read-off by ASR as no instruction', () => {
    const i = call([
      ['agent', '您好，健身会所客服', 1000, 2000],
      ['customer', '我的押金怎么还没退', 3000, 4000],
      ['agent', '您先别急 系统里押金800元 状态是待审核', 5000, 7000],
      ['customer', '哦', 7500, 8000],
      ['agent', '为了核实身份 请提供会员姓名和手机号后四位', 9000, 11000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { recordReference, requiredInfo, surveyOffered } from '../../../scorers/checks/completeness.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

describe('required-info', () => {
  const S = scenario({
    requiredInfo: [
      { key: 'id', label: '身份证后四位', patterns: ['身份证.{0,6}后(四|4)位'] },
      { key: 'phone', label: '联系电话', patterns: ['(手机|联系)(号码|电话)'] },
    ],
  });

  it('one finding per item: asked → pass, not asked → fail', () => {
    const i = chat([['agent', '请您提供身份证号码的后四位', 1000]]);
    const [id, phone] = requiredInfo(i, S, rubric);
    expect(id).toMatchObject({ pass: true, details: { key: 'id' } });
    expect(phone).toMatchObject({ pass: false, details: { key: 'phone' } });
  });

  it('matches ASR text (spaces, digits for 四)', () => {
    const i = call([['agent', '麻烦 报一下 身份证 后4位 还有 您的 手机 号码', 1000, 5000]]);
    expect(requiredInfo(i, S, rubric).map((f) => f.pass)).toEqual([true, true]);
  });

  it('only the agent asking counts', () => {
    const i = chat([['customer', '我的手机号码是13800000000', 1000]]);
    expect(requiredInfo(i, S, rubric).map((f) => f.pass)).toEqual(['na', 'na']);
    const j = chat([
      ['customer', '我的手机号码是13800000000', 1000],
      ['agent', '好的', 3000],
    ]);
    expect(requiredInfo(j, S, rubric).map((f) => f.pass)).toEqual([false, false]);
  });

  it('is N/A without required info', () => {
    expect(only(requiredInfo(chat([['agent', '您好', 1000]]), scenario(), rubric)).pass).toBe('na');
  });
});

describe('record-reference', () => {
  const S = scenario({ requires: { reference: true } });

  it('is N/A unless required', () => {
    expect(only(recordReference(chat([['agent', '您好', 1000]]), scenario(), rubric)).pass).toBe('na');
  });

  it('passes on 工单号 + number', () => {
    const f = only(recordReference(chat([['agent', '已为您提交，工单号是20261123001，请留意短信', 1000]]), S, rubric));
    expect(f).toMatchObject({ pass: true, details: { reference: '20261123001' } });
  });

  it('passes on a spoken number with a homophone keyword (公单号)', () => {
    const f = only(recordReference(call([['agent', '您的公单号是幺三五七九二', 1000, 5000]]), S, rubric));
    expect(f).toMatchObject({ pass: true, details: { reference: '135792' } });
  });

  it('passes on an alphanumeric 受理号', () => {
    expect(only(recordReference(chat([['agent', '受理号：A2026X', 1000]]), S, rubric)).pass).toBe(true);
  });

  it("fails on the customer's own order, contract or member number: it identifies the order, not the service record", () => {
    for (const said of ['您的订单编号是20261203889，我看一下', '您的会员编号8812345已经查到了', '合同编号HT20261203在页面上']) {
      expect(only(recordReference(chat([['agent', said, 1000]]), S, rubric)).pass, said).toBe(false);
    }
  });

  it('a hotline number after the ticket word is no reference (已为您登记工单，请拨打热线95588)', () => {
    expect(only(recordReference(chat([['agent', '已为您登记工单，请拨打热线95588查询进度', 1000]]), S, rubric)).pass).toBe(false);
  });

  it('fails without a number, or with too short a number', () => {
    expect(only(recordReference(chat([['agent', '已经给您登记了工单', 1000]]), S, rubric)).pass).toBe(false);
    expect(only(recordReference(chat([['agent', '编号12', 1000]]), S, rubric)).pass).toBe(false);
  });
});

describe('survey-offered', () => {
  it('passes when the agent invites an evaluation', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['agent', '稍后请您对我的服务做出评价，感谢您的来电', 5000],
    ]);
    expect(only(surveyOffered(i, scenario(), rubric))).toMatchObject({ pass: true, evidence: [{ turn: 1 }] });
  });

  it('passes ASR text (满意度 without punctuation)', () => {
    const i = call([['agent', '挂机后会有满意度调查请您打分', 1000, 4000]]);
    expect(only(surveyOffered(i, scenario(), rubric)).pass).toBe(true);
  });

  it('passes the rating verbs split by a measure word (评个价, 打个星) given to the service or to us', () => {
    for (const said of ['方便的话给今天的服务打几颗星', '麻烦您按键给我们评个价', '稍等给本次服务点个评哦']) {
      expect(only(surveyOffered(chat([['agent', said, 1000]]), scenario(), rubric)).pass, said).toBe(true);
    }
    // the * key, or appraising the customer's goods, is no rating
    for (const said of ['请按星号键返回上一级', '我先给您的旧手机评个价', '回收这边我们评个价再说']) {
      expect(only(surveyOffered(chat([['agent', said, 1000]]), scenario(), rubric)).pass, said).toBe(false);
    }
  });

  it('fails without an invitation', () => {
    expect(only(surveyOffered(chat([['agent', '再见', 1000]]), scenario(), rubric)).pass).toBe(false);
  });

  it('is N/A when the scenario opts out', () => {
    expect(only(surveyOffered(chat([['agent', '再见', 1000]]), scenario({ requires: { survey: false } }), rubric)).pass).toBe('na');
  });
});

describe('record-reference in real forms', () => {
  const S = scenario({ requires: { reference: true } });
  const says = (text: string) => chat([['agent', text, 1000]]);

  it('finds references after the common keywords, in digits or words, also after a clause break', () => {
    for (const said of ['这边已经生成受理编号，号码是HT202602741714', '您的报案号是AK2026889642', '投诉单号幺三五七九二四六', '您的工单号是 2024 0512 001']) {
      expect(only(recordReference(says(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('does not take amounts, phone numbers, order numbers or the agent\'s own staff number for a reference', () => {
    for (const said of ['单号已发送到您尾号5678的手机', '您的订单号是20241130220156', '你好呀我是小吴编号4338请问有什么可以帮您', '工单号稍后短信发给您，费用是2000元']) {
      expect(only(recordReference(says(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

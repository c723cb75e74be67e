/**
 * record-reference in forms the basics do not cover: an id split by ASR breaks is one id, but a count opening the
 * next clause is not part of it; a booking's number (预约号) receipts the booking.
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const agentSays = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);

describe('record-reference and the clause after the id', () => {
  it('an id followed by a clause that opens with a duration or an amount is still an id', () => {
    for (const said of ['已登记，受理号KX20481937，两个工作日内回复您', '维修单号是7730，2168，3天内上门', '工单号RT5521，五十元押金会退回']) {
      const f = only(recordReference(agentSays(said), S, rubric));
      expect(f.pass, said).toBe(true);
    }
    expect((only(recordReference(agentSays('已登记，受理号KX20481937，两个工作日内回复您'), S, rubric)).details as { reference: string }).reference).toBe('kx20481937');
  });

  it('a duration or amount alone after the keyword is still no id', () => {
    for (const said of ['工单号稍后短信发您，3个工作日内处理', '受理号是12，3天内回电']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

describe('record-reference and a booking number', () => {
  it('the number of a booking made for the customer is its receipt', () => {
    for (const said of ['给您约好了周三上午，预约号MT7730418，到了报这个号', '预约编号是幺三九五二七，请您记一下']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('asking for it, or a booking without a number, receipts nothing', () => {
    for (const said of ['请问您的预约号是多少？', '已经给您预约上了，周三上午九点']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

describe('record-reference and a confirmation number', () => {
  it('the confirmation number of a booking, cancellation or change is its receipt', () => {
    for (const said of ['改期办好了，确认号是HX5520817，您保存一下', '退订已受理，确认码幺五七三二八六零', '机位保留成功，确认单号KP99031']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('确认 as a verb, or a one-time code, receipts nothing', () => {
    for (const said of ['请您确认号码是否正确，6222 0012 3456', '确认码已经发到您手机了，六位数字', '麻烦确认一下号码，尾号8812']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

/**
 * record-reference, round 18 (checks/issued-code.ts): a number under a name no keyword list holds is a receipt when the
 * agent hands it over to be kept or quoted back, or announces it as the record just made; not the customer's number read
 * back, a phone number, an order number, nor a number given before the customer spoke. Our own wordings (a boiler repair).
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const later = (line: string, customer = '我家壁挂炉一直报故障码') =>
  only(
    recordReference(
      chat([
        ['agent', '您好，很高兴为您服务', 500],
        ['customer', customer, 1500],
        ['agent', line, 2500],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('record-reference: a number issued under any name', () => {
  it('handed over to be kept or quoted back', () => {
    for (const line of ['已经报上去了，进度码BG7731520，后面咨询报这个就行', '派修码RX20268815，方便的话截个图', '维修批次是HX88123456，请您记一下']) {
      expect(later(line), line).toBe(true);
    }
  });
  it('announced as the number of the record just made', () => {
    expect(later('维修申请已经创建好了，号码是WX20261130，两天内上门')).toBe(true);
  });
});

describe('record-reference: numbers that are not issued', () => {
  it('a phone, an order number, a number the customer gave, a number before the customer spoke', () => {
    expect(later('有问题拨打热线40088123456，请您记一下')).toBe(false);
    expect(later('您的订单号DD20261130，请您记一下')).toBe(false);
    expect(later('BG7731520这个码，请您记一下', '我的条码是BG7731520')).toBe(false);
    const before = chat([
      ['agent', '您好，派修码RX20268815，请您记一下', 500],
      ['customer', '好的', 1500],
    ]);
    expect(only(recordReference(before, S, rubric)).pass).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { digitRuns, normaliseCustomerText, readCustomer } from '../../../../mocks/centre/agent/intents.js';
import { BROADBAND, CARD_LOSS, RETURN_COMPLAINT } from '../../../../mocks/centre/knowledge-base.js';

describe('readCustomer', () => {
  it('folds full-width characters and spaces', () => {
    expect(normaliseCustomerText('１０００Ｍ 宽带　多少钱？')).toBe('1000m宽带多少钱?');
    expect(digitRuns('尾号是 ０８１７，手机 138 0013 8000')).toEqual(['0817', '13800138000']);
    expect(digitRuns('后四位零八一七')).toContain('0817');
  });

  it('recognises each topic with varied wording', () => {
    expect(readCustomer('我的信用卡丢了', null).topics).toEqual(['card-loss']);
    expect(readCustomer('卡被偷了怎么办', null).topics).toEqual(['card-loss']);
    expect(readCustomer('想办个光纤，千兆的', null).topics).toEqual(['broadband']);
    expect(readCustomer('我要投诉，收到的东西是坏的', null).topics).toEqual(['return-complaint']);
    expect(readCustomer('今天天气不错', null).topics).toEqual([]);
  });

  it('finds identity details, order numbers and a chosen plan', () => {
    const id = readCustomer('身份证后四位是0817，预留手机号是13800138000', CARD_LOSS);
    expect(id).toMatchObject({ idLast4: '0817', phone: '13800138000' });
    expect(id.orderNumber).toBeUndefined();
    expect(readCustomer('订单号：3609 5521 8874', RETURN_COMPLAINT).orderNumber).toBe('360955218874');
    expect(readCustomer('那我办1000M的吧', BROADBAND).chosenPlan).toBe('1000M');
    expect(readCustomer('1000M的多少钱？', BROADBAND).chosenPlan).toBeUndefined();
  });

  it('reads which facts are asked about in the current topic', () => {
    const keys = (text: string, topic = CARD_LOSS) => readCustomer(text, topic).askedFacts.map((f) => f.key);
    expect(keys('补卡要收费吗？新卡大概多久能寄到？')).toEqual(['replacement-fee', 'new-card-delivery']);
    expect(keys('挂失要手续费吗')).toEqual(['loss-fee']);
    expect(keys('安装需要多长时间？要收安装费吗？', BROADBAND)).toEqual(['install-time', 'install-fee']);
    expect(keys('退款多久到账？运费谁出？', RETURN_COMPLAINT)).toEqual(['return-shipping', 'refund-time']);
  });

  it('tells goodbye from thanks and a bare greeting', () => {
    expect(readCustomer('好的，谢谢，再见。', null)).toMatchObject({ goodbye: true, thanks: true });
    expect(readCustomer('谢谢你', null)).toMatchObject({ goodbye: false, thanks: true });
    expect(readCustomer('你好！', null).greetingOnly).toBe(true);
    expect(readCustomer('你好，我信用卡丢了', null).greetingOnly).toBe(false);
  });
});

/**
 * empathy (round 18): the customer's feeling understood in more words (我明白您现在很恼火 / 又急又气 / 听得出您很无奈 /
 * 心里肯定不舒服), the formal apology (向您致歉 / 表示歉意), the customer told not to feel sorry (您不用不好意思: no apology),
 * a service getting worse (越来越差) and the matter taken to the firm's higher office (向上级部门反映 / 反映到你们总部).
 * Wordings are our own (a gym, a water utility, a bicycle shop).
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const grievance = '健身房的淋浴坏了一个月，太过分了';
const next = '请问您的会员卡号是多少';

describe('empathy: the feeling understood in other words (round 18)', () => {
  it('明白/知道/听得出 + the feeling named acknowledges', () => {
    for (const said of ['我明白您现在很恼火，我马上登记', '我知道您又急又气，这就帮您催', '听得出您很无奈，这个我记下了', '我明白您很失望，麻烦报一下卡号', '淋浴一直坏着，心里肯定不舒服，我这边马上派人']) {
      expect(empathyAfter(grievance, said, next), said).toBe(true);
    }
  });
  it('the formal apology acknowledges', () => {
    for (const said of ['我代表门店向您致歉，麻烦报一下卡号', '对此向您表示歉意，我们今天安排维修']) {
      expect(empathyAfter(grievance, said, next), said).toBe(true);
    }
  });
  it('the customer told not to feel sorry is no apology, 特别抱歉 still is', () => {
    expect(empathyAfter(grievance, '您不用不好意思，有问题就说，卡号是多少', next)).toBe(false);
    expect(empathyAfter(grievance, '特别抱歉，今天就安排师傅', next)).toBe(true);
  });
});

describe('empathy: complaints (round 18)', () => {
  it('a service getting worse and the matter taken higher are complaints', () => {
    for (const said of ['你们自来水公司的服务是越来越差了', '这事我会向你们上级部门反映的', '我要反映到你们总部去', '水表的事被你们这样折腾了一个月']) {
      expect(empathyAfter(said, '请问您的户号是多少', '好的我记下了'), said).toBe(false);
    }
  });
  it('asking where one would raise it is not a threat', () => {
    expect(empathyAfter('请问要向上级部门反映的话找哪里', '请问是哪方面的事', '好的')).toBe('na');
  });
});

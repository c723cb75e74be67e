/**
 * forbidden-words' unsoftened prohibition to the customer (checks/rude-structures.ts): a whole clause 别/少/不要 + what the
 * customer should stop doing, with no softener. Wordings of our own (a ferry, a bakery, a gym); the look-alikes that look
 * after the customer or the call, and the courteous form, stay clean.
 */
import { describe, expect, it } from 'vitest';
import { isBareProhibition } from '../../../scorers/checks/rude-structures.js';
import { forbiddenCategories } from '../helpers.js';

describe('命令训斥: an unsoftened prohibition aimed at the customer', () => {
  it('finds the bare prohibition in any verb', () => {
    for (const said of ['船票的事就这样，你别一直追着问。', '少跟我扯这些，蛋糕做好了会通知。', '健身卡的事，别老在群里刷屏']) {
      expect(forbiddenCategories(said, '船票能改吗？'), said).toContain('命令训斥');
    }
  });
  it('passes reassurance, holding the line, care instructions and the courteous form', () => {
    for (const said of ['您别着急，我马上帮您查。', '你先别挂，我看一下船期。', '蛋糕先别放冰箱，常温就行。', '请不要重复提交订单，我这边已经收到了。', '别的时间段也可以约。']) {
      expect(forbiddenCategories(said, '蛋糕怎么存放？'), said).toEqual([]);
    }
  });
  it('reads one clause, not a prohibition inside a longer instruction', () => {
    expect(isBareProhibition('别一直追着问')).toBe(true);
    expect(isBareProhibition('您别一直追着问')).toBe(false);
    expect(isBareProhibition('不要把健身卡借给别人使用以免被停卡')).toBe(false);
    // round 12: diet advice is care; 少等 is a mistyped 稍等
    expect(isBareProhibition('别喝冰饮料')).toBe(false);
    expect(isBareProhibition('少等我翻一下记录')).toBe(false);
    expect(isBareProhibition('少管闲事')).toBe(true);
    // round 15: the device-safety warning (don't take it apart yourself) looks after the customer
    expect(isBareProhibition('不要自己拆开烤箱')).toBe(false);
    expect(isBareProhibition('别私自改装电路')).toBe(false);
    expect(isBareProhibition('不要自行更换滤芯')).toBe(false);
    // round 16: the delay the customer is spared after advice to act (…请尽快去维修点，别耽误了) is care
    expect(isBareProhibition('别耽误了')).toBe(false);
    expect(isBareProhibition('别错过换季保养')).toBe(false);
    expect(forbiddenCategories('刹车失灵的话请马上停车送修 别耽误', '刹车有点软怎么办？')).toEqual([]);
    // round 18: aftercare instructions (don't take this medicine, don't press on the wound, keep it dry) look after the customer
    expect(isBareProhibition('不要服用感冒药')).toBe(false);
    expect(isBareProhibition('别压到伤口')).toBe(false);
    expect(isBareProhibition('别沾水')).toBe(false);
    expect(isBareProhibition('别抓破了')).toBe(false);
  });
});

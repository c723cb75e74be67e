/**
 * Requests to wait said in other words (issue 10, carry-over round): the time asked of the customer
 * (给我几分钟), the line kept open (请保持通话 / 在线稍候), the wait said twice (您等等), "I'll be right back",
 * the look-up done "now" (我这就去查), a doubled look-up verb (我翻翻记录) and a transfer; and the
 * look-alikes that hand the contact back instead — a callback or a result promised for a later time.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** An agent line, a 20 s silence (over the voice hold and dead-air thresholds), then the agent is back. */
const heldAfter = (before: string) =>
  call([
    ['agent', '您好，燃气服务热线，请讲', 1000, 3000],
    ['customer', '我家燃气表充值了没到账', 4000, 6000],
    ['agent', before, 7000, 10000],
    ['agent', '感谢您的耐心等待，充值已经到表了', 30000, 34000],
  ]);
const kindAfter = (before: string) => accountSilences(heldAfter(before), rubric).silences.map((s) => s.kind);

describe('silence accounting: requests to wait in other words', () => {
  it('the time asked, the line kept open, the wait said twice, "right back" announce the wait', () => {
    for (const before of [
      '给我三分钟好吗，我把充值记录调出来',
      '您给我点时间，我核对一下',
      '麻烦您保持通话，我这边看下表号',
      '请在线稍候',
      '您再等等啊',
      '我去表务那边问一声，马上回来',
    ]) {
      expect(kindAfter(before), before).toEqual(['announced-hold']);
      expect(only(deadAir(heldAfter(before), S, rubric)).pass, before).toBe(true);
    }
  });

  it('the look-up done now, with a doubled verb, or a transfer announces the wait', () => {
    for (const before of ['我这就去查一下', '我现在就去核实', '我翻翻缴费记录', '容我查一查', '正在为您转接表务组', '我帮您转到抄表班组']) {
      expect(kindAfter(before), before).toEqual(['announced-hold']);
    }
  });

  it('look-alikes: a wait for the result, someone else coming back', () => {
    for (const before of [
      '您等等看吧，一般会自己到账',
      '师傅一会儿就回来了，到时候我让他联系您',
    ]) {
      expect(kindAfter(before), before).toEqual(['unannounced']);
    }
  });

  it('a callback or a result promised for a later time hands the contact back: no wait announced', () => {
    for (const before of ['那我稍后给您回个电话', '稍后给您打电话说明情况', '我帮您申请一下，两个工作日内给您回复', '我去核实，明天给您回电']) {
      expect(kindAfter(before), before).toEqual(['unannounced']);
      expect(only(deadAir(heldAfter(before), S, rubric)).pass, before).toBe(false);
    }
  });

  it('a look-up with a return inside the contact still announces the wait', () => {
    for (const before of ['我帮您查一下，查到马上告诉您', '稍等，我核实一下，一分钟就好']) {
      expect(kindAfter(before), before).toEqual(['announced-hold']);
    }
  });
});

/**
 * Requests to wait in their everyday forms (stay on the line / do not close the window / wait for my word /
 * 等待片刻 / a glance, a check-against or a transfer announced), and the look-alikes that hand the contact
 * back instead (稍后给您回电: a callback, not a wait). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** An agent line, a 20 s silence (over the voice hold and dead-air thresholds), then the agent is back. */
const heldAfter = (before: string, back = '感谢您的耐心等待，您的包裹明天上午送到') =>
  call([
    ['agent', '您好，物流服务热线，请讲', 1000, 3000],
    ['customer', '我的包裹三天没动了', 4000, 6000],
    ['agent', before, 7000, 10000],
    ['agent', back, 30000, 34000],
  ]);
const kindAfter = (before: string) => accountSilences(heldAfter(before), rubric).silences.map((s) => s.kind);

describe('silence accounting: requests to wait in everyday words', () => {
  it('stay on the line / keep the window open / wait for my word / 等待片刻 / 稍微等 announce the wait', () => {
    for (const before of [
      '我去仓库那边问一声，您先别挂',
      '你千万别挂电话啊，我马上帮你催',
      '您别走开，我把单子调出来',
      '我去找组长商量一下，您等我消息',
      '请不要关闭聊天窗口，我这边核实物流信息',
      '好的，请等待片刻',
      '您稍微等一下哈',
    ]) {
      expect(kindAfter(before), before).toEqual(['announced-hold']);
      expect(only(deadAir(heldAfter(before), S, rubric)).pass, before).toBe(true);
    }
  });

  it('a glance, a check against the records or a transfer with its target announce the wait', () => {
    for (const before of ['我看一眼哈', '我核对一下您的寄件记录', '那我给您查查哈', '您别挂机，我给您转接一下仓储那边先核实个情况']) {
      expect(kindAfter(before), before).toEqual(['announced-hold']);
    }
  });

  it('look-alikes announce nothing: 挂号/挂失, a callback or message promised for later', () => {
    for (const before of ['您别挂失了，卡还能用', '那您就别挂号了，直接去门诊', '好的，我记下了，稍后给您回电', '稍后我会把处理结果短信发给您', '我给您登记一下，稍后会有专员联系您']) {
      expect(kindAfter(before), before).toEqual(['unannounced']);
      expect(only(deadAir(heldAfter(before), S, rubric)).pass, before).toBe(false);
    }
  });

  it('请稍后 alone is still a request to wait (稍后 heard for 稍候)', () => {
    expect(kindAfter('请稍后，我帮您查询一下')).toEqual(['announced-hold']);
  });
});

describe('hold-etiquette: the apology or thanks for the wait in short and spoken forms', () => {
  const before = '请您稍等，我查一下';
  it('不好意思久等 / 久等啦 / 辛苦您等待 / 谢谢你啊等了这么久 thank the customer', () => {
    for (const back of ['不好意思久等，包裹明天上午送到', '亲久等啦，包裹明天上午送到', '辛苦您等待，包裹明天上午送到', '辛苦你等了这么久，包裹明天上午送到', '谢谢你啊等了这么久，包裹明天上午送到']) {
      expect(only(holdEtiquette(heldAfter(before, back), S, rubric)).pass, back).toBe(true);
    }
  });

  it('thanks or hardship that is not for the wait do not', () => {
    for (const back of ['辛苦您了，包裹明天上午送到', '谢谢您，包裹明天等快递员联系您', '包裹明天上午送到，您不用久等']) {
      expect(only(holdEtiquette(heldAfter(before, back), S, rubric)).pass, back).toBe(false);
    }
  });
});

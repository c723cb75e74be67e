/**
 * hold-etiquette / dead-air (round 18): thanks for a wait over in more spoken and written forms (久候了 / 您久等 /
 * 劳烦您久等 / 辛苦您…候着了 / 谢谢您…守着 / 您等好久了 / 等候这么久，谢谢), a request with what the customer does
 * meanwhile between (您在线等等我 / 您拿着手机等我下), the customer's consent to a wait asked as a question (好，我等着)
 * and an aside after the request (请稍候。对了，我是…) that is no answer. Wordings are our own (a bicycle-rental desk).
 */
import { describe, expect, it } from 'vitest';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (ask: string, back: string, reply = '好') =>
  call([
    ['agent', '您好，共享单车客服，请讲', 1000, 3000],
    ['customer', '我的押金什么时候退', 4000, 6000],
    ['agent', ask, 7000, 10000],
    ['customer', reply, 10500, 11000],
    ['agent', back, 40000, 44000],
  ]);

describe('hold-etiquette: round 18 forms', () => {
  it('thanks for the wait in spoken and written forms', () => {
    for (const back of [
      '久候了，押金两天内原路退回',
      '您久等，押金两天内原路退回',
      '劳烦您久等，押金两天内原路退回',
      '劳驾您等了这么一会儿，押金两天内原路退回',
      '辛苦您一直候着了，押金两天内原路退回',
      '辛苦您拿着手机等着，押金两天内原路退回',
      '谢谢您一直守着，押金两天内原路退回',
      '谢谢您在线候着，押金两天内原路退回',
      '您等好久了，押金两天内原路退回',
      '等待这么久，谢谢您，押金两天内原路退回',
    ]) {
      expect(only(holdEtiquette(held('请稍等', back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('…not a new request to wait (辛苦您稍等) nor a later time (您等我下午回电)', () => {
    expect(only(holdEtiquette(held('请稍等', '辛苦您再稍等一下，押金两天内原路退回'), S, rubric)).pass).toBe(false);
    expect(accountSilences(held('您等我下午回电', '押金两天内原路退回'), rubric).silences.map((s) => s.kind)).toEqual(['unannounced']);
  });
  it('a request with what the customer does meanwhile between announces the wait', () => {
    for (const ask of ['系统有点卡，您在线等等我可以吗', '这个要调记录，您拿着手机等我下']) {
      expect(accountSilences(held(ask, '感谢您的耐心等待，押金两天内原路退回'), rubric).silences.map((s) => s.kind), ask).toEqual(['announced-hold']);
    }
  });
  it("the customer's consent to a wait asked as a question keeps it announced (no dead air, no late reply)", () => {
    const c = held('查询要一点时间，您等我一下好吗', '谢谢您等我，押金两天内原路退回', '行，我等着');
    expect(only(deadAir(c, S, rubric)).pass).toBe(true);
    expect(only(responseLatency(c, scenario({ sla: { responseLatencyMs: 12000 } }), rubric)).pass).not.toBe(false);
    expect(only(holdEtiquette(c, S, rubric)).pass).toBe(true);
    // …a real answer to it still spends the request: the silence after it is the agent's
    const answered = held('查询要一点时间，请问您的手机尾号是？', '押金两天内原路退回', '尾号五五八一');
    expect(only(deadAir(answered, S, rubric)).pass).toBe(false);
  });
  it('an aside after the request (对了，我是…) is no answer to the look-up', () => {
    const c = held('我这边调一下您的订单，请您稍候。对了，我是八号客服小吴，后续有事找我就行', '感谢您的耐心等待，押金两天内原路退回');
    expect(accountSilences(c, rubric).silences.map((s) => s.kind)).toEqual(['announced-hold']);
    expect(only(deadAir(c, S, rubric)).pass).toBe(true);
  });
});

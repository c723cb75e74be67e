/**
 * A look-up announced and answered in the same turn (我看一下，您这张卡现在是正常状态) announces no wait after
 * that turn: a silence the agent owes next is unannounced. A request to wait at the end of the turn, or a
 * promise to come back (查到了马上告诉您), still announces one.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const after = (agentTurn: string) =>
  call([
    ['agent', '您好，工号3307为您服务', 1000, 2000],
    ['customer', '我想问一下我的卡能不能用', 3000, 5000],
    ['agent', agentTurn, 6000, 10_000],
    ['customer', '好的', 11_000, 11_500],
    ['agent', '请问还有别的问题吗', 35_000, 37_000],
  ]);

describe('a look-up answered in its own turn', () => {
  it('announces no later wait', () => {
    for (const said of ['我看一下，您这张卡现在是正常状态，可以直接使用', '我帮您查一下，系统里这张卡上周已经激活成功了']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a request at the end of the turn or a promise to come back still announces one', () => {
    for (const said of ['好的，我帮您查一下，请您稍等', '我帮您查一下，这个可能需要几分钟，您别挂机', '我去问一下技术同事，有结果马上回复您']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a request to wait followed by whom the agent goes to ask is no answer, however long the team name', () => {
    for (const said of ['请稍等，我去跟仓储物流调度中心核实一下', '稍候，我这就去向区域运营值班主管确认']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('the look-up said for the customer, or a check with someone still to make, after the request is no answer', () => {
    for (const said of ['稍等，帮您看看这张卡最近一个月的交易流水', '请稍等，我这边跟发卡行的风控部门核实一下冻结原因', '稍候，我和网点柜台确认一下这张卡的状态']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('asking the customer to check with someone is not a look-up the agent makes', () => {
    for (const said of ['请稍等，您跟网点柜台确认一下卡片状态就可以用了', '稍等，这张卡是正常状态，您可以直接去网点使用']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a check already made with someone, then the answer, still answers the turn', () => {
    for (const said of ['请稍等，我跟仓储那边确认过了，您的包裹明天一早派送', '稍等，向主管确认过，这张卡已经解冻可以用了']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a look-up run straight into what it is to find (an indirect question) is still ahead, not the answer', () => {
    for (const said of ['卡是去年办的。请稍等，我查查这张卡上周有没有被冻结过', '麻烦等一下嗯 我核对下这笔交易是不是本人操作的']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(true);
    }
    // after a break the same words are the answer (…，这张卡最近一个月都没有被冻结过)
    expect(only(deadAir(after('稍等，我查一下，这张卡最近一个月都没有被冻结过'), S, rubric)).pass).toBe(false);
  });
});

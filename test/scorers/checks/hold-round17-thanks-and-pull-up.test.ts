/**
 * hold-etiquette (round 17): thanks with the customer addressed by role (谢谢车主耐心等候), the past wait owned with
 * 耽误您一会儿了 / a 久等 clause on coming back, and a request to wait that goes on to what the agent pulls up
 * with 把 (请稍等，我把维修记录调出来) still announces the wait. Wordings are our own (a car-wash line).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (ask: string, back: string) =>
  call([
    ['agent', '您好，洗车服务热线，请讲', 1000, 3000],
    ['customer', '我的洗车卡还能用吗', 4000, 6000],
    ['agent', ask, 7000, 9000],
    ['customer', '好', 9500, 10000],
    ['agent', back, 40000, 44000],
  ]);

describe('hold-etiquette: round 17 forms', () => {
  it('thanks with a role between, the wait owned on coming back', () => {
    for (const back of ['谢谢车主耐心等候，卡里还有五次', '耽误您一会儿了，卡里还有五次', '好的，久等，卡里还有五次']) {
      expect(only(holdEtiquette(held('请您稍等', back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('…not a new request to wait after the thanks', () => {
    expect(only(holdEtiquette(held('请您稍等', '谢谢，请耐心等待，卡里还有五次'), S, rubric)).pass).toBe(false);
  });
  it('a wait asked for what the agent pulls up with 把 is announced', () => {
    expect(only(holdEtiquette(held('请稍等，我把您的洗车记录调出来', '感谢您的耐心等待，卡里还有五次'), S, rubric)).pass).toBe(true);
  });
  it('a wait asked for where the agent will look, eight characters on (我去会员档案系统里面翻翻), is announced', () => {
    expect(only(holdEtiquette(held('请您稍等，我去会员档案系统里面翻翻', '感谢您的耐心等待，卡里还有五次'), S, rubric)).pass).toBe(true);
  });
});

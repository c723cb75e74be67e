/**
 * survey-offered (round 11): the agent's own number (我的服务编号是…) is no service to rate, even heard by sound next to
 * the line's name; an invitation run without a pause into the wrap-up question (…做个评价 还有别的需要帮您处理的吗) is
 * still one — by sound 有 is 由, and it must not read as who runs the ratings. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { survey: true } });
const offered = (said: string) => only(surveyOffered(call([['agent', '您好，请讲', 500, 1500], ['customer', '我问下钢琴课', 2000, 3000], ['agent', said, 3500, 6000]]), S, rubric)).pass;

describe('survey-offered: round 11', () => {
  it('the agent\'s own 服务编号 invites nothing', () => {
    for (const said of ['您好，欢迎致电琴韵。我的服务编号是K3310，您请讲', '喂，琴行您好。我的服务工号是5521']) expect(offered(said), said).toBe(false);
  });
  it('an invitation run into the wrap-up question is one', () => {
    for (const said of ['等会请您对本次服务做个评价 请问还有别的需要帮您处理的吗', '稍后请对我的服务做个评价 还有其他要办理的吗']) expect(offered(said), said).toBe(true);
  });
  it('who runs the ratings, as written, still invites nothing', () => {
    expect(offered('回访由第三方机构负责')).toBe(false);
  });
});

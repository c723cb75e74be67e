/**
 * 激将投诉 round 3 (carry-over, issue 10): the dare as a bare permission — the customer's threat waved through with
 * "as you please" standing as its own clause, or "complain, then" closed by 呀. Wordings of our own (a kennel, a
 * driving school); the look-alikes offer a free choice or file the complaint for the customer. Also 推诿's look-alike
 * of self-service offered as what the customer is able to do (您自己…也能查).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { agentReplies, forbiddenCategories, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const afterThreat = (said: string) => agentReplies(said, '你们驾校再不退学费我就去消协');
const categoriesOf = (said: string) => forbiddenCategories(said, '你们驾校再不退学费我就去消协');

describe('激将投诉: the threat waved through', () => {
  it('finds a bare "as you please" and "complain then" with 呀 — rude too', () => {
    for (const said of ['随意。消协电话网上都有', '那您请便', '悉听尊便', '你举报呀']) {
      expect(categoriesOf(said), said).toContain('激将投诉');
    }
    expect(only(politeness(afterThreat('你举报呀'), S, rubric)).pass).toBe(false);
  });
  it('passes a free choice and the complaint filed for the customer', () => {
    for (const said of ['教练您可以随意选，下周都有空位', '我帮您登记投诉，三个工作日内回复您', '请随意挑一个时间段']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('推诿 look-alike: self-service offered as what the customer is able to do', () => {
  it('passes 您自己…也能查 with the ability after 自己, and still finds the bare dump', () => {
    for (const said of ['您自己在小程序里也能查：首页点“课时”就有', '您自己也可以在官网改预约时间，我这边也帮您改好了']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
    expect(categoriesOf('你自己去小程序查吧')).toContain('推诿');
  });
});

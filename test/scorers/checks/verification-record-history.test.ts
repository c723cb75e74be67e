/**
 * verification disclosures: the record's last event dated (上次巡检是上个月 / 最近一次充值是3号), and a look-up's result
 * run on after a clause ending in 了 on an unpunctuated call (好我记下了看到了您的…) are read off the record before any
 * check; the customer as the object of what befell them (耽误了您两天) and their own last call are not.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });
const discloseThenCheck = (line: string) =>
  call([
    ['agent', '您好，工号5120为您服务', 500, 2000],
    ['customer', '我家热水器又不出热水了', 2500, 4000],
    ['agent', line, 4500, 7000],
    ['customer', '对', 7500, 8000],
    ['agent', '为了核实身份，请说一下机主姓名和手机后四位', 8500, 10000],
    ['customer', '李华 3381', 10500, 11500],
  ]);

describe('the record\'s history read before the check', () => {
  it('the last event dated, or a look-up result after 了, is a disclosure', () => {
    for (const line of ['好的，上次上门检修是上个月十号，换了温控器', '嗯收到了看到了您的机器在保修期内最近一次检修是去年五月']) {
      expect(only(verification(discloseThenCheck(line), S, rubric)).pass, line).toBe(false);
    }
  });
  it('the customer\'s lost days or their own last call are not', () => {
    for (const line of ['耽误了您两天实在抱歉，这个我们马上处理', '您上次来电是反映漏水吧，这次是不出热水对吗']) {
      expect(only(verification(discloseThenCheck(line), S, rubric)).pass, line).toBe(true);
    }
  });
});

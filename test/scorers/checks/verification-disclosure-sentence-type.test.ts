/**
 * verification: a disclosure is the customer's record STATED — the same account words in a question, a
 * condition, an instruction, a rule or a remark about what the customer sent disclose nothing; and, by
 * structure, any statement whose subject is the customer's own record with a state, an amount or a date
 * read off it is one, in any domain. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const saidBeforeCheck = (said: string) =>
  chat([
    ['agent', '您好，工号2716为您服务', 1000],
    ['customer', '帮我看看我的情况', 2000],
    ['agent', said, 3000],
    ['customer', '嗯', 4000],
    ['agent', '为了您的账户安全，请报一下身份证后四位', 5000],
    ['customer', '8812', 6000],
    ['agent', '好的，核对无误', 7000],
  ]);
const passes = (said: string) => only(verification(saidBeforeCheck(said), needs, rubric)).pass;

describe('verification: the sentence type of a disclosure', () => {
  it('account words asked, supposed, ruled or echoed disclose nothing', () => {
    for (const said of [
      '您的电话卡是不是欠费了？',
      '您如果想看余额，可以登录网上营业厅',
      '您的燃气卡余额可以在自助机上查',
      '您名下的车辆需要本人来办过户',
      '您的包裹要是显示已签收，可以先问问门卫',
      '一般来说，欠费满两个月就会停机',
      '好的，已经看到您的留言了',
      '您已经等了挺久了，真不好意思',
    ]) {
      expect(passes(said), said).toBe(true);
    }
  });

  it('the customer\'s own record stated with a state, an amount or a date fails the check', () => {
    for (const said of [
      '您的电动车保险是去年6月买的，已经过期了',
      '您孩子的游泳课还剩4节',
      '您的会员账号上周被冻结了',
      '您家的水表本月走了18吨',
      '您的退税申请正在审核中',
      '我这边已经帮您把自动续费关掉了',
      '查到了，您的话费是128元',
    ]) {
      expect(passes(said), said).toBe(false);
    }
  });
});

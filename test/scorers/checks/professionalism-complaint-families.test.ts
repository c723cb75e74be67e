/**
 * Complaint families that make empathy apply: a plainly told promise broken since, "X time and still
 * nothing", hardship put back to the agent, "not a penny", unanswered phones, "trying to swallow my money";
 * with look-alikes (a conditional, a plain fact) that do not.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (customer: string) =>
  chat([
    ['agent', '您好，工号3307为您服务', 500],
    ['customer', customer, 1000],
    ['agent', '好的，我帮您看一下', 2000],
    ['agent', '已经给您登记了', 3000],
  ]);

describe('complaint families', () => {
  it('are complaints: the unanswered ones fail empathy', () => {
    for (const said of ['之前也说会派人来修，结果拖到今天也没人来', '保证金半个月没退了', '钱全扣光了，让我怎么过', '充值的钱一分都没到账', '售后电话一直没人接', '你们是不是想赖掉这笔赔偿']) {
      expect(only(empathy(says(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('look-alikes are not', () => {
    for (const said of ['要是三天没收到的话我再打过来', '上次说要带户口本，我这次带了', '我两周没在本地，今天刚回来', '电话号码换了，我报一下新的']) {
      expect(only(empathy(says(said), S, rubric)).pass, said).toBe('na');
    }
  });
});

describe('more grievance families', () => {
  it('are complaints', () => {
    for (const said of ['退款申请了十天，到现在一分都没有', '这个小程序什么玩意，点了没反应', '我弄了半天都弄不好', '上次师傅把地弄脏了，这次可别再这样', '这违约金也太苛刻了', '你们这就是坑钱的', '开卡时说不限次数，结果现在又说要加钱', '为这事我都请了两次假了']) {
      expect(only(empathy(says(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('look-alikes are not', () => {
    for (const said of ['您说的这个现在又可以办了吗', '找了半天没找到入口，在哪里', '这是什么东西，能介绍一下吗', '别再寄到老地址就行，新地址是滨江路8号']) {
      expect(only(empathy(says(said), S, rubric)).pass, said).toBe('na');
    }
  });
});


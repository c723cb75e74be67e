/**
 * Verification beyond "was an identity question asked": a check the agent itself calls an afterthought
 * comes after the service; an ID card to bring or a "which number did you register with" checks no one.
 * Wordings are our own, across trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });

describe('verification: afterthought checks', () => {
  it('fails a check the agent calls forgotten, after it already answered', () => {
    const i = chat([
      ['agent', '您好，燃气客服，请问有什么可以帮您', 1000],
      ['customer', '我家燃气表显示余量不足，能查一下吗', 2000],
      ['agent', '好的，这个月用量偏高，下周会抄表', 3000],
      ['agent', '不好意思，刚才忘了核实一下您的身份，户主姓名是？', 4000],
      ['customer', '张某', 5000],
    ]);
    const f = only(verification(i, needs, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('事后');
    expect(f.evidence.length).toBe(2);
  });

  it('fails "by the way, are you the holder?" after an answer', () => {
    const i = chat([
      ['agent', '您好，驾校服务台，请讲', 1000],
      ['customer', '我想问下科目三约到哪天了', 2000],
      ['agent', '看了下，排在下个月初', 3000],
      ['agent', '对了，您是学员本人吗？学员姓名和身份证后四位报一下', 4000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(false);
    const j = chat([
      ['agent', '您好，驾校服务台，请讲', 1000],
      ['customer', '我想问下科目三约到哪天了', 2000],
      ['agent', '看了下，排在下个月初', 3000],
      ['agent', '噢对了，你是本人吧？身份证后四位说一下', 4000],
    ]);
    expect(only(verification(j, needs, rubric)).pass).toBe(false);
  });

  it('passes the same check asked before any answer, even with the words 忘了/对了 elsewhere', () => {
    const i = chat([
      ['agent', '您好，燃气客服，忘了说，我是客服小吴', 1000],
      ['customer', '我家燃气表显示余量不足，能查一下吗', 2000],
      ['agent', '好的，请问户主姓名和预留手机号后四位是？', 3000],
      ['customer', '张某，6612', 4000],
      ['agent', '核对上了，您这个月用量偏高，下周会抄表', 5000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(true);
  });
});

describe('verification: what checks no one', () => {
  it('an ID card to bring, whoever holds it, asks nothing', () => {
    const i = chat([
      ['agent', '您好，物业服务中心，请讲', 1000],
      ['customer', '车位卡丢了怎么补', 2000],
      ['agent', '补卡收工本费三十元，带车主身份证到服务中心办理就可以', 3000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(false);
  });

  it('"which number did you register with" locates the account; the holder\'s data checks them', () => {
    const locate = chat([
      ['agent', '您好，网校客服，请讲', 1000],
      ['customer', '我想退课', 2000],
      ['agent', '好的，您报名用的是哪个注册手机号？', 3000],
      ['customer', '13800001111', 4000],
      ['agent', '查到您的课程已经学了两节，还可以退', 5000],
    ]);
    expect(only(verification(locate, needs, rubric)).pass).toBe(false);
    const check = chat([
      ['agent', '您好，网校客服，请讲', 1000],
      ['customer', '我想退课', 2000],
      ['agent', '好的，请提供一下注册手机号后四位和学员姓名', 3000],
      ['customer', '1111，李某', 4000],
      ['agent', '查到您的课程已经学了两节，还可以退', 5000],
    ]);
    expect(only(verification(check, needs, rubric)).pass).toBe(true);
  });
});

describe('verification: account details read back in other trades', () => {
  const before = (reply: string) =>
    chat([
      ['agent', '您好，请讲', 1000],
      ['customer', '我想问下我的情况', 2000],
      ['agent', reply, 3000],
      ['agent', '另外核实一下，机主姓名是？', 4000],
    ]);
  it('fails when the record is read back before the check', () => {
    for (const reply of ['查到了，您订的是明天早上八点的航班，目前显示延误两小时', '您预约的是周三上午王主任的号', '您这台车上次保养是在八月份', '您家这个季度的物业费还没交，一共一千二', '孩子的课时还剩十二节', '您报名的是周末班，下周六开课']) {
      expect(only(verification(before(reply), needs, rubric)).pass, reply).toBe(false);
    }
  });
  it('a question about the record, or general information, discloses nothing', () => {
    for (const reply of ['请问您预约的是哪天', '保养一次大概六百元', '一般情况下快递三天能到']) {
      expect(only(verification(before(reply), needs, rubric)).pass, reply).toBe(true);
    }
  });
});

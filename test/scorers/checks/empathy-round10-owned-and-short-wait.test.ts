/**
 * empathy (issue 10, round 10): the fault owned as the cleft 是我们 + the failing function + 没…好, the customer's anger
 * named as what we caused (让您急成这样); "not yet" counted from yesterday or earlier today is where the matter stands,
 * not a wait held against the service; what someone said back then set against the agent's value disputes a fact.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const after = (reply: string) => empathyAfter('热水器装了两个礼拜了还漏水，太过分了', reply, '请提供一下您的安装单号');
const heard = (said: string) => empathyAfter(said, '好的，我这边看一下', '请提供一下您的手机号');

describe('empathy: the cleft fault with the function named, the anger we caused', () => {
  it('acknowledges', () => {
    for (const reply of ['是我们调度没安排好，我马上改派', '这次是我们售后没跟进到位', '让您急成这样，我先跟您说声抱歉吧']) {
      expect(after(reply), reply).toBe(true);
    }
  });
  it('a denial or a status does not', () => {
    for (const reply of ['不是我们调度没安排好，是厂家缺货', '我们师傅还没处理好，您再等等']) expect(after(reply), reply).toBe(false);
  });
});

describe('empathy: "not yet" after a short time, a value disputed', () => {
  it('is no complaint', () => {
    for (const said of ['我今早交的材料，到现在还没审核', '我昨天报的修到现在还没有排上', '不对吧，客服当时跟我说的不是这样']) {
      expect(heard(said), said).toBe('na');
    }
  });
  it('a longer wait, or a promise that was broken, still is', () => {
    for (const said of ['我上个月交的材料，都一个月了还没审核', '当时说好的包安装，现在又要收钱']) expect(heard(said), said).toBe(false);
  });
});

describe('empathy: 说法 asked for by when', () => {
  it('is a deadline question, no complaint', () => {
    for (const said of ['那大概多久能给个说法', '什么时候能给我个说法？']) expect(heard(said), said).toBe('na');
  });
  it('a demand for it still is one', () => {
    for (const said of ['再不给个说法我就去投诉', '你们今天必须给个说法']) expect(heard(said), said).toBe(false);
  });
});

describe('empathy: a press right after a non-answer, a question when', () => {
  const pressed = (press: string, before: string) =>
    only(
      empathy(
        chat([
          ['agent', '您好，请问有什么可以帮您', 1000],
          ['customer', '会员积分能换停车券吗？', 2000],
          ['agent', before, 3000],
          ['customer', press, 4000],
          ['agent', '可以换，一百分换一小时。', 5000],
        ]),
        scenario(),
        rubric,
      ),
    ).pass;
  it('asks for the withheld answer, no complaint', () => {
    for (const press of ['那就没人管了？', '那总得给个说法吧']) expect(pressed(press, '这个我说不准。'), press).toBe('na');
  });
  it('after an answer it is still a grievance', () => {
    expect(pressed('那就没人管了？', '积分只能抵现金。')).toBe(false);
  });
  it('a question asking when it will be told is none', () => {
    expect(heard('什么时候告诉我审核结果？')).toBe('na');
  });
});

describe('empathy: a "not yet" put as an enquiry', () => {
  it('asks why, no complaint', () => {
    for (const said of ['我寄的包裹五天没到，想查一下怎么回事', '工资卡这个月还没到账，是不是漏了']) expect(heard(said), said).toBe('na');
  });
  it('with a grievance beside it, still one', () => {
    expect(heard('包裹五天没到，你们太慢了')).toBe(false);
  });
});

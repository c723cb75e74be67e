/**
 * round 25: the record read once its key was given, by the order of turns (checks/keyed-result.ts). The agent asks for
 * what locates the customer's matter, the customer gives it, and the agent's next floor states a value of the case — a
 * date, a clock time, an amount, a headcount, a place in a queue — plainly: a check after it comes too late. Not after the
 * offer of help, not when the customer's reply asks something, and not a rule, a fee, a period, a range, a threshold or a
 * staff number stated there. Wordings are our own (a piano tuner's booking desk, a swimming school, a print shop).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (ask: string, reply: string, value: string, between: [string, string][] = []) =>
  chat([
    ['agent', '您好，琴韵调律服务台，请讲', 1000],
    ['customer', '我约过调琴，想确认一下师傅哪天来', 2000],
    ['agent', ask, 3000],
    ['customer', reply, 4000],
    ...between.map(([speaker, text], n) => [speaker, text, 4500 + n * 100] as [string, string, number]),
    ['agent', value, 5000],
    ['customer', '好的', 6000],
    ['agent', '麻烦报一下预约手机的后四位，我核实一下身份', 7000],
    ['customer', '六六零八', 8000],
    ['agent', '核实好了，还有别的需要吗', 9000],
  ] as [('agent' | 'customer'), string, number][]);
const pass = (ask: string, reply: string, value: string, between: [string, string][] = []) =>
  only(verification(contact(ask, reply, value, between), needs, rubric)).pass;

describe('verification: a value of the case stated after its key was given discloses', () => {
  it('a date, a clock time, an amount, a headcount, a queue place after the key, before the check: fails', () => {
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '调律师傅定在下周二上午九点过去')).toBe(false);
    expect(pass('麻烦说一下预约单号', 'TL5521', '那边登记的是十月十八号')).toBe(false);
    expect(pass('您报的是哪个班？', '少儿蛙泳班', '您目前排在候补第三位')).toBe(false);
    expect(pass('请问是哪一家单位订的？', '星河小学', '名单上一共三十二人')).toBe(false);
    expect(pass('麻烦说一下缴费单号', 'JF2093', '这一单实收四百六十元')).toBe(false);
  });

  it('the customer waiting or checking the line meanwhile keeps the reply the key (我等着 / 在吗)', () => {
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '调律师傅定在下周二上午九点过去', [['agent', '好的，我看一下，您稍等'], ['customer', '行，我等着']])).toBe(false);
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '调律师傅定在下周二上午九点过去', [['customer', '在吗？']])).toBe(false);
  });

  it('a rule, a fee, a period, a range, a threshold or a staff number after the key discloses nothing', () => {
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '上门调律一次收三百元')).toBe(true);
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '调完一般保持六个月')).toBe(true);
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '师傅上门时间是早上9点到下午5点')).toBe(true);
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '超过二十人算团体')).toBe(true);
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '改期要在上门前2天说')).toBe(true);
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '我是3307号调度员')).toBe(true);
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '好的，那边离我们的站点不远')).toBe(true);
  });

  it('after the offer of help, or a reply that asks something, the answer is general information', () => {
    expect(pass('您好，请问有什么可以帮您？', '你们周末几点开门', '周六早上9点开门')).toBe(true);
    expect(pass('琴放在哪个小区？', '翠湖花园，你们周末上门吗？', '周六也上门，早上九点开始')).toBe(true);
  });

  it('a value the agent asks about is a question, not the record read', () => {
    expect(pass('琴放在哪个小区？', '翠湖花园七栋', '您约的是十月十八号吗？')).toBe(true);
  });

  it('in a call too: key, then the value, then the check', () => {
    const c = call([
      ['agent', '您好 印务中心 请讲', 1000, 2000],
      ['customer', '我那批名片印好了吗', 3000, 4000],
      ['agent', '麻烦说一下下单的公司名称', 5000, 6000],
      ['customer', '蓝鲸设计', 7000, 8000],
      ['agent', '嗯 那批是周四下午三点出货', 9000, 11000],
      ['customer', '好', 12000, 12500],
      ['agent', '请说一下下单手机号后四位 我核实身份', 13000, 15000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(false);
  });
});

/**
 * round 26: the return after a look-up opens with a clause of its own that thanks or apologises for the wait, in any
 * wording (…等久了，谢谢。/ 感谢您耐心等我翻完。/ 抱歉让您等着。): the statement read off the record is the clause after it,
 * and a check after that comes too late. A thanks clause holding a number, or one that is the whole turn, is no opening.
 * Wordings are our own (a bicycle repair shop, a library's reservation desk).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (lookup: string, back: string) =>
  chat([
    ['agent', '您好，轮轴单车维修点，请讲', 1000],
    ['customer', '我那辆变速车修好了没有', 2000],
    ['agent', lookup, 3000],
    ['customer', '好', 4000],
    ['agent', back, 5000],
    ['agent', '麻烦报一下登记手机后四位', 6000],
    ['customer', '三七零二', 7000],
    ['agent', '好的，还有别的需要吗', 8000],
  ]);
const pass = (lookup: string, back: string) => only(verification(contact(lookup, back), needs, rubric)).pass;

describe('verification: a thanks clause opening the return hides no result', () => {
  it('the result after a thanks or apology clause, before the check, fails', () => {
    expect(pass('您稍等，我翻一下维修登记本', '等久了，谢谢。登记本上写的是后轮辐条已经换好了')).toBe(false);
    expect(pass('请稍等，我查一下维修单', '感谢您耐心等我翻完。系统显示车子目前在等配件')).toBe(false);
    expect(pass('请稍等，我查一下维修单', '抱歉让您一直等着。记录显示11月3日已经修好')).toBe(false);
  });

  it('nothing read after the thanks, or the thanks the whole turn: no disclosure', () => {
    expect(pass('请稍等，我查一下维修单', '感谢您耐心等我翻完')).toBe(true);
    expect(pass('请稍等，我查一下维修单', '谢谢您等我。请问您车架上的编号是多少？')).toBe(true);
    expect(pass('请稍等，我查一下维修规定', '谢谢您等我。规定是修好后保管七天')).toBe(true);
  });
});

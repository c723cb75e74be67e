/**
 * round 22: the look-up's result read by the order of turns. The agent announces a look-up (请稍等，我问一下门店), the
 * customer only waits, and the agent's next turn states what it found about the actual case — a state reached or
 * pending, what the record shows, what the customer chose — whatever the nouns: the record is read back, and a check
 * after it comes too late. Not a rule found in a rulebook, a general limit, a question, the look-up's failure, the
 * check itself, nor an answer to something new the customer asked meanwhile. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (lookup: string, meanwhile: string, back: string) =>
  chat([
    ['agent', '您好，云朵洗衣客服，请讲', 1000],
    ['customer', '我上周送洗的羊绒大衣好了没有', 2000],
    ['agent', lookup, 3000],
    ['customer', meanwhile, 4000],
    ['agent', back, 5000],
    ['agent', '麻烦报一下预留手机后四位', 6000],
    ['customer', '五五一二', 7000],
    ['agent', '好的，还有别的需要吗', 8000],
  ]);
const pass = (lookup: string, meanwhile: string, back: string) => only(verification(contact(lookup, meanwhile, back), needs, rubric)).pass;

describe('verification: the look-up result stated after a wait discloses', () => {
  it('the result about the actual case, before the check, fails', () => {
    expect(pass('请稍等，我问一下门店', '好的', '谢谢您等我。那件大衣目前已洗好，在门店待取')).toBe(false);
    expect(pass('您稍等，我调一下收衣单', '行，我等着', '不好意思久等了，最新进度是昨天下午送到了熨烫组')).toBe(false);
    expect(pass('请稍等，我联系一下洗衣工厂', '还在吗', '好了 嗯 谢谢您等我 就是 工厂那边显示后天出厂')).toBe(false);
    expect(pass('请稍等，我查一下', '嗯', '送洗时您选的是精洗，加急费二十元')).toBe(false);
  });

  it('a rule, a limit, a question, a failure or the check itself after the wait discloses nothing', () => {
    expect(pass('请稍等，我翻一下价目表', '好的', '谢谢等待，羊绒大衣现在干洗是八十元一件')).toBe(true);
    expect(pass('请稍等，我查一下', '好的', '久等了，精洗最长七天内完成')).toBe(true);
    expect(pass('请稍等，我查一下', '好的', '谢谢等待，您是哪天送洗的')).toBe(true);
    expect(pass('请稍等，我查一下', '好的', '抱歉，暂时没查到这件大衣的记录')).toBe(true);
    expect(pass('请稍等，我查一下', '好的', '谢谢等待，为了您的账户安全，请说一下预留手机后四位')).toBe(true);
  });

  it('the customer asking something new meanwhile: the next turn answers that, not the look-up', () => {
    expect(pass('请稍等，我问一下门店', '对了，你们门店周末开到几点', '周末已经改成开到晚上九点')).toBe(true);
  });
});

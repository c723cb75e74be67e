/** empathy: "don't worry" soothes; "calm down" (您先别激动) alone judges the customer's reaction. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const after = (reply: string) => empathyAfter('快递丢了三天都没人管，太过分了', reply, '请提供一下运单号');

describe('empathy: soothing versus "calm down"', () => {
  it('您先别着急 / 别担心 still acknowledge', () => {
    for (const reply of ['您先别着急，我马上查', '您别担心，包裹会找到的']) expect(after(reply), reply).toBe(true);
  });

  it('a bare 别着急啊 / 别急别急 (no 您) only asks the customer to wait', () => {
    for (const reply of ['别着急啊，我查一下', '别急别急，单号多少']) expect(after(reply), reply).toBe(false);
  });

  it('您先别激动 / 你不要激动 alone do not', () => {
    for (const reply of ['您先别激动，我查一下', '你不要激动，慢慢说']) expect(after(reply), reply).toBe(false);
  });
});

describe('empathy: grievances in other words, and the filed complaint asked after', () => {
  const opening = (complaint: string, reply: string) =>
    only(
      empathy(
        chat([
          ['agent', '您好，请问有什么可以帮您', 1000],
          ['customer', complaint, 2000],
          ['agent', reply, 3000],
          ['agent', '请提供一下订单号', 4000],
        ]),
        S,
        rubric,
      ),
    ).pass;

  it('就这服务 / 这不是坑客户吗 / 到现在连个短信都没有 / 迟迟不发货 owe empathy (a bare reply fails)', () => {
    for (const complaint of ['我在你们店买了五年了，就这服务', '涨价也不说一声，这不是坑客户吗', '说好三天回复，到现在连个短信都没有', '付款一周了迟迟不发货']) {
      expect(opening(complaint, '好的'), complaint).toBe(false);
    }
  });

  it('asking after a complaint already filed is no grievance; 这件事确实是我们的疏忽 is an apology', () => {
    expect(opening('我想问问我之前那个投诉', '好的')).toBe('na');
    expect(opening('付款一周了迟迟不发货', '这件事确实是我们的疏忽')).toBe(true);
    expect(opening('路边那个坑什么时候填', '好的')).toBe('na');
  });
});

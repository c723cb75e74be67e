/**
 * resolution: "我也不知道啊。<answer>" is answered after all (the 忌语 is forbidden-words' business) — but not
 * when what follows is the way to complain (如果您对处理不满意，可以打…反映) or an apology for an earlier
 * explanation that goes on to repeat it (可能我刚才没说明白，我再给您讲一遍…): neither answers what the customer
 * just asked. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const replyTo = (reply: string) =>
  chat([
    ['customer', '打印机上门修好以后会通知我吗？', 1000],
    ['agent', reply, 2000],
  ]);

describe('resolution: what follows a dismissal without answering', () => {
  it('fails a complaint route or a repeated explanation after the not-knowing', () => {
    for (const reply of [
      '这个不知道。您要是对处理不满意，也可以打我们的投诉电话反映',
      '会不会通知不清楚。抱歉，可能我刚才没说明白，您的单子已经提交了',
      '这个不知道。我再给您讲一遍，师傅周三上门，单子已经提交了',
    ]) {
      expect(only(resolution(replyTo(reply), scenario(), rubric)).pass, reply).toBe(false);
    }
  });

  it('an answer after the not-knowing still answers', () => {
    const i = replyTo('这个我也不知道啊。修好以后师傅会当场让您试打一张，系统也会发短信');
    expect(only(resolution(i, scenario(), rubric)).pass).toBe(true);
  });
});

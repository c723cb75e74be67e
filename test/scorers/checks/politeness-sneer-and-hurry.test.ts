/**
 * Rude by construction, whatever the address form: a remark opened by a mocking interjection (哟 / 呵呵 / 啧啧) and
 * aimed at the customer, and a hurry-up tacked on as its own clause (…，快点儿). Wordings are our own (a gym, a
 * campus card office), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));
const courteous = (line: string) => agentSays('您好，健身房客服，请问有什么可以帮您？', line, '好的，谢谢您，祝您生活愉快。');

describe('politeness: the mocking interjection', () => {
  it('哟 opening a remark about the customer is a sneer, even said with 您', () => {
    const f = only(politeness(courteous('哟，您这会儿才想起来续卡啊。'), S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('哟');
  });

  it('呵呵 before a remark to the customer is a sneer', () => {
    expect(only(politeness(courteous('呵呵，您还想免费延期呢。'), S, rubric)).pass).toBe(false);
  });

  it('哎哟 before an apology is surprise, not a sneer', () => {
    expect(only(politeness(courteous('哎哟，不好意思，您稍等，我刚才看错了。'), S, rubric)).pass).toBe(true);
  });

  it('an interjection that says nothing of the customer is no sneer (哟，系统更新了)', () => {
    expect(only(politeness(courteous('哟，系统刚好更新好了，请您再刷新一下。'), S, rubric)).pass).toBe(true);
  });
});

describe('politeness: the hurry-up clause', () => {
  it('an order closed by its own 快点儿 is impatient', () => {
    expect(only(politeness(courteous('把卡号发过来，快点儿。'), S, rubric)).pass).toBe(false);
  });

  it('hurrying the customer to say or decide is impatient (赶紧选一个 / 快点儿想好)', () => {
    for (const line of ['两个套餐赶紧选一个吧。', '你快点儿想好要哪个。']) expect(only(politeness(courteous(line), S, rubric)).pass, line).toBe(false);
  });

  it("the agent's own haste is no hurry-up (我们会赶快说明 / 我赶紧讲一下)", () => {
    for (const line of ['我们会赶快说明情况，请您放心。', '我赶紧讲一下办理流程，您记一下。']) expect(only(politeness(courteous(line), S, rubric)).pass, line).toBe(true);
  });

  it('a promise of speed is no hurry-up (尽快 / 很快 / 快的话)', () => {
    expect(only(politeness(courteous('我们会尽快给您处理，很快的，快的话今天就好。'), S, rubric)).pass).toBe(true);
  });
});

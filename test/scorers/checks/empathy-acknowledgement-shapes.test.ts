/**
 * empathy (issue 10, round 6): acknowledgements recognised by their shape — the fault owned with the failing function
 * named, the wrong the customer suffered named and judged, the customer's effort or ordeal recognised, the customer's
 * feeling called natural — and a denial of fault, which has the owning sentence's shape with a negation, is none.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const after = (reply: string) => empathyAfter('洗衣机修了两次还是漏水，太过分了', reply, '请提供一下您的报修单号');

describe('empathy: the fault owned with what failed named; the wrong judged', () => {
  it('acknowledges', () => {
    for (const reply of ['这次是我们售后失职，我来跟进', '属于我司派单环节的疏忽', '让您白白等了一上午，实在不应该', '让您等这么长时间，我马上查']) {
      expect(after(reply), reply).toBe(true);
    }
  });

  it('a denial, a rule or a promise not to keep the customer waiting is none', () => {
    for (const reply of ['这不是我们的责任，是厂家的', '并不是我们售后的问题', '这是我们的规定', '不会让您等这么久的，放心']) {
      expect(after(reply), reply).toBe(false);
    }
  });
});

describe("empathy: the customer's effort recognised, the feeling called natural", () => {
  it('acknowledges', () => {
    for (const reply of ['您为这台机器跑了好几趟，辛苦了，我看一下', '您也真不容易', '实在不容易啊，我这就派单', '您着急是应该的', '你有意见完全可以理解']) {
      expect(after(reply), reply).toBe(true);
    }
  });

  it('a task said to be hard, a fault called normal, 辛苦 asking for an action is none', () => {
    for (const reply of ['这个配件不容易买到', '这种情况很正常，换个阀门就好', '辛苦您把机身编号发我', '您担心的话可以先断电']) {
      expect(after(reply), reply).toBe(false);
    }
  });
});

describe('empathy: the ordeal judged with 真是, the agent feeling for the customer', () => {
  it('acknowledges', () => {
    for (const reply of ['等了一整天真是太折腾了，我马上派师傅', '真遭罪啊，师傅下午就到', '心疼您，这就给您加急']) expect(after(reply), reply).toBe(true);
  });

  it('a good outcome said with 真是 is none', () => {
    for (const reply of ['真是太好了，配件到了', '真快啊，师傅已经出发了']) expect(after(reply), reply).toBe(false);
  });
});

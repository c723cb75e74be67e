/**
 * empathy (issue 10, round 4): what makes an agent's line empathic — the fault owned as "we failed to do it well",
 * the colloquial 赔不是, the customer's feeling named as what they must be going through, "I can feel it" said bare,
 * "anyone who met this would be upset". Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const after = (reply: string) => empathyAfter('热水器装了两个礼拜了还漏水，太过分了', reply, '请提供一下您的安装单号');

describe('empathy: the fault owned in other words', () => {
  it('"we failed to do it well" and 赔不是 acknowledge', () => {
    for (const reply of ['这次是我们没安排好，我马上派人', '我们确实没跟进到位', '先给您赔个不是，师傅下午就到', '我替同事向你赔不是']) {
      expect(after(reply), reply).toBe(true);
    }
  });

  it('a status (还没处理好) or 赔 followed by 不是… is none', () => {
    for (const reply of ['我们还没处理好，您再等等', '要不要赔不是我们说了算的', '我们没有安排师傅的权限']) expect(after(reply), reply).toBe(false);
  });
});

describe('empathy: the feeling named for the customer', () => {
  it('您…肯定/一定 + a feeling, 我能体会, 谁遇上都… acknowledge', () => {
    for (const reply of ['您现在肯定很着急', '您心里一定不踏实，我这就查', '我能体会，我们马上处理', '谁遇上这种事都上火', '这事放在谁身上都闹心']) {
      expect(after(reply), reply).toBe(true);
    }
  });

  it('a feeling word without the customer, or a forecast, is none', () => {
    for (const reply of ['师傅肯定下午到', '您一定记得带发票', '您可以体会一下我们的新服务', '谁遇上都得排队']) expect(after(reply), reply).toBe(false);
  });
});

describe('empathy: the feeling heard with its cause, "I get you", meeting this upsets; blame thrown back, a slip apologised', () => {
  it('acknowledge', () => {
    for (const reply of ['看得出来您为这个漏水折腾得挺窝火的', '我懂您的心情', '遇上这种情况谁都会着急']) expect(after(reply), reply).toBe(true);
  });

  it('blame thrown back, an apology for the agent\'s own slip do not', () => {
    for (const reply of ['你自己没关阀门还赖我们', '不好意思，刚才我说错了，是周三上门', '抱歉我看错了，单号是另一个']) {
      expect(after(reply), reply).toBe(false);
    }
  });
});

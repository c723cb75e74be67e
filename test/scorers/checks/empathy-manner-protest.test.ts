/**
 * empathy (round 26): the customer protests at the agent's own manner of speaking, said to 你 / 您 — the tone questioned
 * (您这是什么语气), how the agent talks to them (你怎么这样跟我讲话), the agent's temper named (你吼什么 / 至于那么冲吗) — is a
 * complaint and an escalation: said after an earlier grievance was acknowledged, it still needs its own apology. The
 * line's quality, the agent falling silent and a bare "what do you mean" are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const verdict = (said: string) => empathyAfter(said, '嗯，这个我记到工单里了', '请问您的车牌号是多少');

describe('empathy: a protest at the agent’s manner', () => {
  it('is a complaint owed an acknowledgement', () => {
    for (const said of ['我就问一句，您这是什么语气', '你刚才那语气什么意思', '你怎么这样跟我讲话', '我又没说什么，你吼什么', '问个价格而已，至于那么冲吗', '你怎么对老人说话的？']) {
      expect(verdict(said), said).toBe(false);
    }
  });
  it('an apology answers it', () => {
    expect(empathyAfter('你这是什么语气啊', '实在抱歉，刚才是我语气不好', '请问您的车牌号是多少')).toBe(true);
  });
  it('the line, silence or a clarification is not one', () => {
    for (const said of ['您怎么说话断断续续的，信号不好吗', '你怎么不说话了？', '你这什么意思，我没太听懂', '停车场那个保安说话挺客气的']) {
      expect(verdict(said), said).toBe('na');
    }
  });
  it('said after an earlier grievance was acknowledged, it needs its own apology', () => {
    const contact = (reply: string) =>
      chat([
        ['agent', '您好，物业服务中心，请讲', 500],
        ['customer', '电梯停了两天都没人修，太耽误事了', 1000],
        ['agent', '非常抱歉给您添麻烦了，我这边催一下维修', 2000],
        ['customer', '那什么时候能修好', 3000],
        ['agent', '不知道，等着吧', 4000],
        ['customer', '你怎么跟业主说话的？', 5000],
        ['agent', reply, 6000],
        ['agent', '还有别的事吗', 7000],
      ]);
    expect(only(empathy(contact('嗯，您说的我记下了'), S, rubric)).pass).toBe(false);
    expect(only(empathy(contact('对不起，是我刚才态度不好'), S, rubric)).pass).toBe(true);
  });
});

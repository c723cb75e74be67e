/**
 * empathy (round 23): a broken promise in its two-clause frame — a past occasion + who said + what (前天说…), or 说 + the
 * time promised (说好周五…), then in the next clause its breach: 没 (没人) + a verb of delivering or acting, after 又 / 压根 /
 * 到现在 or bare — is a complaint and an escalation; a worry about the future (…的话怎么办) and a question about a
 * requirement (…没带会怎么样) are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const verdict = (said: string) => empathyAfter(said, '好的，请提供一下您的姓名和电话', '我这边登记一下');

describe('empathy: a promise recalled and broken in the next clause', () => {
  it('is a complaint owed an acknowledgement', () => {
    for (const said of ['前天说周末能修好，又没修！', '上回说好派人来看，压根没人来', '之前讲好给我退差价，到现在也没退', '我上午打过电话，说好今天给我答复，又没回', '那天你们答应帮我查，没人查']) {
      expect(verdict(said), said).toBe(false);
    }
  });
  it('a worry or a question about a requirement is not', () => {
    for (const said of ['上次说要带户口本，没带会怎么样？', '前天说好明天送，没送到的话怎么办', '之前说过要提前预约，没预约能进吗']) {
      expect(verdict(said), said).toBe('na');
    }
  });
  it('said after an apology was already given, it escalates and needs its own', () => {
    const contact = (reply: string) =>
      chat([
        ['agent', '您好，工号3301为您服务', 500],
        ['customer', '热水器又坏了，太耽误事了', 1000],
        ['agent', '非常抱歉给您添麻烦了，我帮您登记', 2000],
        ['customer', '嗯', 3000],
        ['agent', '请问型号是多少', 4000],
        ['customer', '上回说好第二天派师傅，压根没人来', 5000],
        ['agent', reply, 6000],
        ['agent', '还有其他需要吗', 7000],
      ]);
    expect(only(empathy(contact('好的，型号是多少'), S, rubric)).pass).toBe(false);
    expect(only(empathy(contact('实在对不起，让您白等了'), S, rubric)).pass).toBe(true);
  });
});

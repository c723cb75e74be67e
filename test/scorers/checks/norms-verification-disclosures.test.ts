/** verification: what the agent found on the customer's account, said with its state or amount, is a disclosure. */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });
const thenVerifies = (said: string) =>
  chat([
    ['agent', '您好，工号3307为您服务', 500],
    ['customer', '帮我看看我的账户', 1000],
    ['agent', said, 2000],
    ['agent', '麻烦报一下身份证后四位', 3000],
    ['customer', '5521', 4000],
  ]);

describe('disclosures found on the account', () => {
  it('said before the identity check they fail it', () => {
    for (const said of ['我查到您上周充的三百元，还没到账', '我看到您的次卡还剩4次', '您这张卡，现在状态是已冻结', '系统显示您这个月欠费58元']) {
      expect(only(verification(thenVerifies(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a question about the account or a remark about what the customer sent discloses nothing', () => {
    for (const said of ['请问您的订单状态是什么？', '我看到您刚才发的截图了', '您说的状态是哪个页面显示的']) {
      expect(only(verification(thenVerifies(said), S, rubric)).pass, said).toBe(true);
    }
  });
});

describe('what the system holds, and identity asked by holder or phone tail', () => {
  it('what the system holds for the customer, with a state or an amount, is a disclosure', () => {
    for (const said of ['系统里您的会员卡已经过期了', '后台里保证金1500元', '您账户下有两张未使用的券']) {
      expect(only(verification(thenVerifies(said), S, rubric)).pass, said).toBe(false);
    }
    for (const said of ['系统里需要您先上传照片', '系统里查不到，请问您的订单号']) {
      expect(only(verification(thenVerifies(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('the holder\'s name (签约人, 会员, 汇款人 …) or the phone tail asked verifies identity', () => {
    for (const ask of ['麻烦说一下承租人姓名', '请提供一下会员姓名', '麻烦报一下手机尾号']) {
      const i = chat([
        ['agent', '您好，工号3307为您服务', 500],
        ['customer', '帮我看看我的账户', 1000],
        ['agent', ask, 2000],
        ['customer', '张华', 3000],
        ['agent', '系统显示您的余额是300元', 4000],
      ]);
      expect(only(verification(i, S, rubric)).pass, ask).toBe(true);
    }
  });
});

describe("the customer's record pulled up", () => {
  it('saying the record is open before the identity check fails it', () => {
    for (const said of ['我这边调出您的租赁档案了，押金一直没退', '您的保单我已经调出来了', '调到了你的借阅记录']) {
      expect(only(verification(thenVerifies(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a look-up still to come, or a record the customer holds, discloses nothing', () => {
    for (const said of ['我帮您调取一下记录', '您手里的合同找得到吗', '调出记录之前需要先核实身份']) {
      expect(only(verification(thenVerifies(said), S, rubric)).pass, said).toBe(true);
    }
  });
});

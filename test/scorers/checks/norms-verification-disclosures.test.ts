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

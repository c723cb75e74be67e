/**
 * verification: an amount read off the record — a long subject (您现在网银的单笔缴费上限是…) or an order pointed at
 * (这单实付…) — is a disclosure.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });

describe('amounts read off the record', () => {
  const discloseThenVerify = (said: string) =>
    chat([
      ['agent', '您好，工号5120为您服务', 500],
      ['customer', '帮我看看这笔钱', 1000],
      ['agent', said, 2000],
      ['agent', '麻烦报一下身份证后四位', 3000],
      ['customer', '5521', 4000],
    ]);
  it('said before the check they fail it', () => {
    for (const said of ['您现在网银的单笔缴费上限是三千元', '您这个账号本季度累计的积分是一千二百分', '好的，这单实收二百零五元', '那笔扣了五十九块']) {
      expect(only(verification(discloseThenVerify(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('what an order would cost, what may be refunded or a question discloses nothing', () => {
    for (const said of ['这单需要补十元差价', '这笔可以退五十元', '这单多少钱呢？', '您办理以后一般三天生效']) {
      expect(only(verification(discloseThenVerify(said), S, rubric)).pass, said).toBe(true);
    }
  });
});

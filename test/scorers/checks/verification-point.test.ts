/** verification (round 15): a name asked alone is the check only while no stronger check follows it. */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

type Line = Parameters<typeof chat>[0][number];

const S = scenario({ requires: { verification: true } });

const nameThenRecord = (nameAsk: string, later?: string) =>
  chat([
    ['agent', '您好，工号7314为您服务', 500],
    ['customer', '我想问问我那张健身卡的情况', 1000],
    ['agent', nameAsk, 2000],
    ['customer', '周明远', 3000],
    ['agent', '系统显示您的卡目前已经冻结了', 4000],
    ['customer', '嗯', 5000],
    ...(later ? [['agent', later, 6000] as Line, ['customer', '2290', 7000] as Line] : []),
  ]);

describe('a name asked alone', () => {
  it('is the check when nothing stronger follows', () => {
    expect(only(verification(nameThenRecord('请说一下会员的姓名'), S, rubric)).pass).toBe(true);
  });
  it('only found the record when the agent asks a tail after disclosing', () => {
    expect(only(verification(nameThenRecord('请说一下会员的姓名', '另外请报一下预留手机号后四位'), S, rubric)).pass).toBe(false);
  });
  it('stays the check when the agent frames it as one', () => {
    expect(only(verification(nameThenRecord('为了核实您的身份，请说一下会员的姓名', '另外请报一下预留手机号后四位'), S, rubric)).pass).toBe(true);
  });
  it('a name asked with a tail is the check at once', () => {
    expect(only(verification(nameThenRecord('请说一下会员姓名和手机尾号', '另外请报一下预留手机号后四位'), S, rubric)).pass).toBe(true);
  });
});

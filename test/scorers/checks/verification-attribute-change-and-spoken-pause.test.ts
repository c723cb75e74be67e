/**
 * verification, round 10 disclosures [S22 5.3.3.2 身份识别 before 查询告知]: an attribute of the customer's record stated as
 * what it is (您的会员等级是银卡 / 您这张卡的额度为两万); a change read off the record in the passive (您账号的登录密码上周被修改了);
 * and a record read off in an unpunctuated call where a pause in speech, not a comma, parts it from a rule said next
 * (您卡上还剩3节 就是 只要提前一天约就行) — the rule after the pause is a sentence of its own. Look-alikes: a question about the
 * attribute, a condition, a rule run straight on with no pause. Our own wordings (a swimming club, a phone carrier).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const saidThenChecked = (said: string) =>
  only(
    verification(
      call([
        ['agent', '您好，泳馆会员服务，请问有什么可以帮您', 1000, 3000],
        ['customer', '我想问问我的卡', 4000, 5000],
        ['agent', said, 6000, 9000],
        ['customer', '好的', 10000, 11000],
        ['agent', '为了核实身份，请提供会员姓名和手机号后四位', 12000, 15000],
        ['customer', '李娜，3307', 16000, 17000],
        ['agent', '核对无误', 18000, 19000],
      ]),
      needs,
      rubric,
    ),
  ).pass;

describe('verification: read off the record before the check', () => {
  it('an attribute, a passive change, a record before a pause', () => {
    for (const said of ['您的会员等级是银卡', '您这张卡的额度为两万', '您账号的登录密码上周被修改了', '您卡上还剩3节 就是 只要提前一天约就行']) {
      expect(saidThenChecked(said), said).toBe(false);
    }
  });
});

describe('verification: nothing read off', () => {
  it('a question, a condition, a rule run straight on', () => {
    for (const said of ['您的会员等级是什么', '如果您的额度是两万的话可以升级', '您卡上还剩的课时只要提前一天约就行']) {
      expect(saidThenChecked(said), said).toBe(true);
    }
  });
});

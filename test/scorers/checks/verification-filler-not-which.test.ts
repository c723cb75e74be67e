/**
 * verification (round 20): the hesitation filler 那个 (nà ge) before a holder datum is no interrogative 哪个 (nǎ ge, "which"):
 * 那个 绑定手机尾号是多少 asks the phone's tail, a check [S21 核实是客户本人]; only 哪个手机号注册的 — which number the account was
 * opened with — asks for a key that finds the record and checks no one (the `verification` exception). The two sound alike, so
 * the exception is read as written, not by sound. Our own wordings (a bicycle rental).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });

const contact = (ask: string, reply: string) =>
  chat([
    ['agent', '您好，轻骑单车客服，请问有什么可以帮您？', 1000],
    ['customer', '我的月卡怎么扣了两次钱？', 2000],
    ['agent', ask, 4000],
    ['customer', reply, 6000],
    ['agent', '您的月卡本月扣了两次，各十五元，多扣的一笔三天内退回。', 9000],
  ]);

describe('verification: a filler 那个 is not the question word 哪个', () => {
  it('那个 + the bound phone’s tail asked: the check comes first (pass)', () => {
    expect(only(verification(contact('呃 那个 绑定手机的尾号是多少', '尾号6602'), needs, rubric)).pass).toBe(true);
    expect(only(verification(contact('好 那个 手机后四位是多少？', '6602'), needs, rubric)).pass).toBe(true);
  });
  it('哪个 asks which number the account is under: a key, no check before the record (fail)', () => {
    expect(only(verification(contact('您是用哪个手机号注册的？', '13900006602'), needs, rubric)).pass).toBe(false);
  });
  it('那个 before a request that names no holder datum is still no check (fail)', () => {
    expect(only(verification(contact('那个 您稍等一下，我看一下', '好'), needs, rubric)).pass).toBe(false);
  });
});

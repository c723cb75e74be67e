/**
 * round 22: what the scenario lists as the case's own data to collect (requiredInfo — the card a refund goes to, the
 * pet's name) is asked as a lookup key is: it finds and completes the case and checks no one, unless the agent treats
 * it as the check (says it checks, confirms the match) or asks more beside it. The same ask in a scenario that does
 * not list it keeps its reading. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const refundCard = { key: 'refund-card', label: '退款银行卡尾号', patterns: ['(退款|收款).{0,4}卡.{0,6}(尾号|后4位)'] };
const petName = { key: 'pet-name', label: '宠物名字', patterns: ['(宠物|狗狗|猫咪)(的)?(名字|叫什么)'] };
const listing = (...items: (typeof refundCard)[]) => scenario({ requires: { verification: true }, requiredInfo: items });
const plain = scenario({ requires: { verification: true } });

const contact = (ask: string, laterCheck?: string) =>
  chat([
    ['agent', '您好，宠物医院客服，请讲', 1000],
    ['customer', '上周寄养的押金说好退的，到现在还没退', 2000],
    ['agent', ask, 3000],
    ['customer', '六二一八', 4000],
    ['agent', '您这笔寄养押金目前已经退回，状态是银行处理中', 5000],
    ...(laterCheck ? ([['agent', laterCheck, 6000], ['customer', '三三九一', 7000]] as const) : []),
    ['agent', '还有其他需要吗', 8000],
  ] as Parameters<typeof chat>[0]);

const cardAsk = '退款要退到的那张收款卡尾号报一下';

describe('verification: the case data the scenario lists are lookup keys', () => {
  it('a listed datum asked plainly checks no one: the record told before any check fails', () => {
    expect(only(verification(contact(cardAsk), listing(refundCard), rubric)).pass).toBe(false);
    expect(only(verification(contact(cardAsk, '为了您的账户安全，请报一下预留手机后四位'), listing(refundCard), rubric)).pass).toBe(false);
    expect(only(verification(contact('狗狗的名字叫什么', '请报一下预留手机后四位'), listing(petName), rubric)).pass).toBe(false);
  });

  it('the same ask in a scenario that does not list it keeps its reading (a card paid with is held data)', () => {
    expect(only(verification(contact(cardAsk), plain, rubric)).pass).toBe(true);
  });

  it('a listed datum the agent treats as the check, or asked with holder data beside it, is the check', () => {
    expect(only(verification(contact(`为了您的账户安全，${cardAsk}`), listing(refundCard), rubric)).pass).toBe(true);
    expect(only(verification(contact('麻烦报一下收款卡尾号和预留手机后四位'), listing(refundCard), rubric)).pass).toBe(true);
  });

  it('a check asked before the listed datum stays the check', () => {
    const c = chat([
      ['agent', '您好，宠物医院客服，请讲', 1000],
      ['customer', '押金还没退', 2000],
      ['agent', '请报一下预留手机后四位', 3000],
      ['customer', '三三九一', 4000],
      ['agent', cardAsk, 5000],
      ['customer', '六二一八', 6000],
      ['agent', '您这笔寄养押金目前已经退回，状态是银行处理中', 7000],
    ]);
    expect(only(verification(c, listing(refundCard), rubric)).pass).toBe(true);
  });
});

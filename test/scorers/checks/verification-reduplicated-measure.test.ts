/**
 * round 26 (reading, scorers/text/numerals.ts): 一 + a measure word said twice (一次次 / 一遍遍 / 一天天 / 一个个) is "one
 * after another", not a count of one — an apology for the customer's repeated calls (您一趟趟跑 / 您一遍遍打电话) reads no
 * count off their record. A count of one (您一次 / 一天) still reads. Wordings are our own (a housing-fund desk).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { normaliseText } from '../../../scorers/text/numerals.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const norm = (s: string) => normaliseText(s).norm;
const needs = scenario({ requires: { verification: true } });

describe('一次次 / 一遍遍: reduplicated measure words are no count', () => {
  it.each([
    ['您一次次来问', '您一次次来问'],
    ['让您一遍遍打电话', '让您一遍遍打电话'],
    ['孩子一天天长大', '孩子一天天长大'],
    ['材料一个个核', '材料一个个核'],
  ])('%s stays words', (text, want) => expect(norm(text)).toBe(want));

  it.each([
    ['您一次就办好了', '您1次就办好了'],
    ['一天两次', '1天2次'],
    ['一号楼', '1号楼'],
  ])('%s still reads the count', (text, want) => expect(norm(text)).toBe(want));

  it('an apology for calling again and again before the check discloses nothing', () => {
    const c = chat([
      ['agent', '您好，公积金服务热线，请讲', 1000],
      ['customer', '我的提取申请怎么还没到账，我都问了好几回了', 2000],
      ['agent', '让您一次次打电话，真是抱歉。请问您是在哪个网点提交的？', 3000],
      ['customer', '城东网点', 4000],
      ['agent', '麻烦报一下登记手机号后四位，我核实一下身份', 5000],
      ['customer', '七二六八', 6000],
      ['agent', '核对上了。您的申请已经审批通过，三个工作日内到账', 7000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(true);
  });
});

/**
 * round 23: where the record is kept, read straight with the verb of entry left out — a store (…记录里 / 系统里 / 课包里 /
 * 账户上) + 是 / 还有 / 还剩 + a value (a number, or a state: 已 / 待 / 完成 / 通过) — is the record's content read out, and
 * before the check it discloses. Look-alikes: a question about the store (…里还有多少 / …里是什么), a rule or a
 * possibility (…里可以改), 是这样的 with no value. Wordings are our own (a swimming school, a housing fund, a library).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const says = (line: string) =>
  only(
    verification(
      chat([
        ['agent', '您好，浪花游泳馆前台，请讲', 1000],
        ['customer', '我想问问我家孩子的课', 2000],
        ['agent', line, 3000],
        ['customer', '哦', 4000],
        ['agent', '麻烦报一下家长手机尾号，我核对一下', 5000],
        ['customer', '七零四一', 6000],
        ['agent', '好的，核对无误', 7000],
      ]),
      needs,
      rubric,
    ),
  ).pass;

describe('verification: the store read straight before the check discloses', () => {
  it('store + 是 / 还有 / 还剩 + a number or a state', () => {
    for (const line of ['签到记录里是十二次', '系统里是审核通过待缴费', '账户里没用的还有三张体验券', '缴存台账上还剩四百二十元']) {
      expect(says(line), line).toBe(false);
    }
  });
  it('a question, a rule or no value discloses nothing', () => {
    for (const line of ['系统里还有多少课时您知道吗', '记录里是什么时间您记得吗', '系统里可以改到周末班', '系统里是这样的，您稍等']) {
      expect(says(line), line).toBe(true);
    }
  });
});

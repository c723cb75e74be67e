/**
 * round 26 (reading, checks/verification-point.ts): a match by sound must not start on the second syllable of a word — 户
 * of 账户 / 客户 / 用户 — so 账户明细 / 客户名单 are those words, not 户名 (the account holder's name) misheard, and a look-up
 * of the account's statement asks no one anything. 户名 itself, or 户明 asked on its own, still is the ask. Wordings are
 * our own (a parking-card desk).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (lookup: string) =>
  call([
    ['agent', '您好 停车卡服务 请讲', 1000, 2000],
    ['customer', '我的月卡怎么被扣了两次钱', 3000, 4000],
    ['agent', lookup, 5000, 6000],
    ['customer', '好', 7000, 7500],
    ['agent', '让您久等了 系统里确实重复扣了您二百元', 30000, 32000],
  ]);
const pass = (lookup: string) => only(verification(contact(lookup), needs, rubric)).pass;

describe('verification: no sound-alike read from the tail of a word', () => {
  it('a look-up of the account statement is no check: the amount read after it fails', () => {
    expect(pass('您稍等 我调一下账户明细')).toBe(false);
    expect(pass('您稍等 我翻一下用户明细')).toBe(false);
  });
  it('the holder name asked, heard or written, is the check', () => {
    expect(pass('请说一下户名 我核实一下')).toBe(true);
    expect(pass('请说一下开卡的户明 我核实一下')).toBe(true);
  });
});

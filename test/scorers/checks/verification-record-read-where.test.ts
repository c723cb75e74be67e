/**
 * verification (round 12): the customer's own record named with where it was read (系统里您的… / 后台上你的…) is a disclosure,
 * whatever verb follows (在 / 是): the record is open and being reported. Our own wordings (a swimming-pool membership line).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (said: string) =>
  chat([
    ['agent', '您好，碧波游泳馆客服，请问有什么可以帮您？', 1000],
    ['customer', '我的次卡还能用到什么时候？', 2000],
    ['agent', said, 3000],
    ['customer', '陈明，尾号2214。', 4000],
    ['agent', '好的，核对无误。', 5000],
  ]);

describe('verification: the record read off where it is kept', () => {
  it('系统里您的次卡在东区馆办的 before the check: fail', () => {
    expect(only(verification(contact('系统里您的次卡在东区馆办的。为了核实身份，请说一下姓名和手机尾号。'), needs, rubric)).pass).toBe(false);
  });
  it('the check first, the system named without the record (系统里可以查到): pass', () => {
    expect(only(verification(contact('系统里可以查到，为了核实身份，请先说一下姓名和手机尾号。'), needs, rubric)).pass).toBe(true);
  });
});

/**
 * verification (round 13): the record itself named as what shows the customer's data (记录显示这张卡… / 显示您家的…) is a
 * read-off report, as 系统显示 is. Our own wordings (a swimming-pool membership line).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (said: string) =>
  chat([
    ['agent', '您好，碧波游泳馆客服，请问有什么可以帮您？', 1000],
    ['customer', '我的次卡还能用几次？', 2000],
    ['agent', said, 3000],
    ['customer', '陈明，尾号2214。', 4000],
  ]);

describe('verification: 记录显示 reads the record', () => {
  it('记录显示这张卡上月用了六次, before the check: fail', () => {
    expect(only(verification(contact('记录显示这张卡上月用了六次。为了核实身份，请说一下姓名和手机尾号。'), needs, rubric)).pass).toBe(false);
  });
  it('查到您家的次卡还剩三次, before the check: fail', () => {
    expect(only(verification(contact('查到您家的次卡还剩三次。为了核实身份，请说一下姓名和手机尾号。'), needs, rubric)).pass).toBe(false);
  });
  it('the check first: pass', () => {
    expect(only(verification(contact('为了核实身份，请先说一下姓名和手机尾号，我再看记录。'), needs, rubric)).pass).toBe(true);
  });
});

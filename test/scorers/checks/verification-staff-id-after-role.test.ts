/**
 * round 25 (reading): a number right after a staff role (坐席3305 / 工号6612) is the agent's own id; a unit heard after it by
 * sound (…接听: 接 heard as the measure word 节) does not make it a count on the customer's record. Our own wordings (a
 * florist's order line); the same number said as the customer's still discloses.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (opening: string) =>
  call([
    ['agent', opening, 1000, 4000],
    ['customer', '我订的花篮想改一下送达时间', 5000, 7000],
    ['agent', '麻烦说一下下单手机号后四位 我核实一下身份', 8000, 10000],
    ['customer', '七七幺八', 11000, 12000],
    ['agent', '核实好了 您想改到什么时候', 13000, 15000],
  ]);
const pass = (opening: string) => only(verification(contact(opening), needs, rubric)).pass;

describe('verification: the agent\'s own number after its role is no record value', () => {
  it('坐席 / 工号 + the number, a sound-alike unit after it: the check is in time', () => {
    expect(pass('您好 花语鲜花为您服务 坐席三三零五接听 请讲')).toBe(true);
    expect(pass('您好 花语鲜花为您服务 工号六六幺二接听 请讲')).toBe(true);
  });
  it('the same count said of the customer\'s own order still discloses before the check', () => {
    expect(pass('您好 花语鲜花 您的订单还剩3节课')).toBe(false);
  });
});

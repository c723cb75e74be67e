/**
 * round 22 (a reading bug): a number + 号 that numbers a staff role (今天为您服务的是3071号话务员 / 5526号客服专员小严) is
 * the agent's staff id, not a date or a count read off the customer's record; the same 您…N号 with no role after it
 * (您的包裹15号已经送达 / 您约的是20号上午) still discloses. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (before: string) =>
  chat([
    ['agent', '您好，城南燃气客服', 1000],
    ['customer', '我家上个月的燃气费好像多扣了', 2000],
    ['agent', before, 3000],
    ['agent', '麻烦报一下户主姓名和预留手机后四位', 4000],
    ['customer', '周宁，四四八一', 5000],
    ['agent', '核对无误。您上个月的燃气费是二百一十元', 6000],
  ]);
const pass = (before: string) => only(verification(contact(before), needs, rubric)).pass;

describe('verification: a staff number is no record read', () => {
  it('the agent numbering itself before the check discloses nothing', () => {
    expect(pass('今天为您服务的是3071号话务员')).toBe(true);
    expect(pass('您好，为您服务的是5526号客服专员小严')).toBe(true);
  });

  it('a date or a count on the record with no role after it still discloses', () => {
    expect(pass('您家的燃气卡15号已经充值到账')).toBe(false);
    expect(pass('您约的抄表是20号上午')).toBe(false);
  });
});

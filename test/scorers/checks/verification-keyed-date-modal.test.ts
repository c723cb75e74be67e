/**
 * round 26 (reading): a calendar date with 可以 right after it (十一月三号可以取 / 预计15日可以开通) says when the case's own
 * thing becomes possible — the date read off the record — not a rule's permission (可以 elsewhere in the clause: 周末也可以来取
 * / 每月5号可以… / 15号以后可以… stay general information). Wordings are our own (an optician's order desk).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (value: string) =>
  chat([
    ['agent', '您好，明眸眼镜订单服务，请讲', 1000],
    ['customer', '我配的眼镜什么时候能好', 2000],
    ['agent', '麻烦说一下配镜单号', 3000],
    ['customer', 'PJ6620', 4000],
    ['agent', value, 5000],
    ['customer', '好的', 6000],
    ['agent', '请报一下登记手机后四位，我核实一下身份', 7000],
    ['customer', '八零一五', 8000],
    ['agent', '好的，还有别的需要吗', 9000],
  ]);
const pass = (value: string) => only(verification(contact(value), needs, rubric)).pass;

describe('verification: a date with 可以 after it is the date of the case', () => {
  it('the date the case becomes possible, after its key and before the check: fails', () => {
    expect(pass('镜片厂那边回复十一月三号可以到店')).toBe(false);
    expect(pass('预计下月15日可以取镜')).toBe(false);
  });

  it('可以 that is not right after a calendar date stays a rule', () => {
    expect(pass('每月5号可以免费清洗一次')).toBe(true);
    expect(pass('15号以后可以来店里调整')).toBe(true);
    expect(pass('早上9点以后都可以来取')).toBe(true);
  });
});

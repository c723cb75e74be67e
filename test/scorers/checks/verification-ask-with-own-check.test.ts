/**
 * verification, round 21: a datum of the customer's asked and the agent's own check of it said in the same turn —
 * the ask and the checking verb together (请讲一下开户时留的邮箱，我这边核对一下 / 核实下，报名时留的监护人叫什么？ /
 * 麻烦说下持证人全名，我跟系统比对), whatever the datum is called — is the identity check. A record's number asked
 * with the same verb, someone else's name, or the verb with no ask is none. Wordings are our own (a gym, a library).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const askThenDisclose = (ask: string) =>
  chat([
    ['agent', '您好，健身中心前台，工号4410', 1000],
    ['customer', '我想问下我的私教课还剩几节', 2000],
    ['agent', ask, 3000],
    ['customer', '林晓，邮箱是linxiao开头的', 4000],
    ['agent', '您的私教课还剩6节，下个月15号到期', 5000],
  ]);
const passes = (ask: string) => only(verification(askThenDisclose(ask), needs, rubric)).pass;

describe('verification: an ask and the agent\'s own check in one turn', () => {
  it('is the check', () => {
    for (const ask of [
      '请讲一下开卡时留的邮箱，我这边核对一下',
      '核实下，办卡时留的紧急联系人叫什么？',
      '麻烦说下持卡人全名，我跟系统比对一下',
      '您把办卡人的名字说一下，我和记录核对',
    ]) {
      expect(passes(ask), ask).toBe(true);
    }
  });

  it('is none for a record number, a third party or the verb alone', () => {
    for (const ask of [
      '请报一下会员卡号，我核对一下',
      '教练的名字叫什么？我核实一下',
      '好的，我核对一下',
      '麻烦讲一下您的问题',
    ]) {
      expect(passes(ask), ask).toBe(false);
    }
  });
});

/**
 * record-reference (round 25, readings): the number the agent calls its own (我的编号是… / 我的值班员编号…), anywhere in the
 * contact, is its staff number, not a receipt — a number given as the record's (您的受理编号… / 我给您登记的编号) still is; and a
 * phone number written in groups (区号-号码) is one number, so its last group is no code of its own after a phone word.
 * Our own wordings (a boiler repair line, a swimming pool desk).
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const contact = (later: string) =>
  chat([
    ['agent', '您好，暖居锅炉报修热线，请讲', 500],
    ['customer', '家里锅炉一直报故障码E4', 1500],
    ['agent', '好的，这边已经给您安排师傅上门', 2500],
    ['customer', '那你是哪位', 3500],
    ['agent', later, 4500],
  ]);

describe('record-reference: the agent\'s own number', () => {
  it('my number, with or without a title, is the agent\'s', () => {
    for (const later of ['我的编号是6158，有事可以找我', '我的值班员编号是A7702。', '好的，我的服务编号是5531']) {
      expect(only(recordReference(contact(later), S, rubric)).pass, later).toBe(false);
    }
  });
  it('a number given as the record\'s is a receipt', () => {
    for (const later of ['您的受理编号是GX20261208，请保存', '我给您登记的编号是GX20261208，请保存']) {
      expect(only(recordReference(contact(later), S, rubric)).pass, later).toBe(true);
    }
  });
});

describe('record-reference: a phone number written in groups', () => {
  it('the last group after a phone word and a hyphen is no code', () => {
    for (const later of ['泳池预约不归我们管，场馆前台电话是0731-86402250，请您记一下', '换票请拨打售票热线 021-55306618，请您记下来']) {
      expect(only(recordReference(contact(later), S, rubric)).pass, later).toBe(false);
    }
  });
  it('a code handed over to be kept is still a receipt', () => {
    expect(only(recordReference(contact('报修跟踪号GR55306618，请您记一下'), S, rubric)).pass).toBe(true);
  });
});

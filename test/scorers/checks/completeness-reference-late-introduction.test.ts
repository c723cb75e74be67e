/**
 * record-reference (round 26, a reading): the staff number said straight after the agent's own introduction is the agent's
 * wherever the introduction comes — an agent who introduces itself late (我是售后窗口的小秦，编号4471) gives its own id, not
 * a record opened for the customer. A number announced as the record just made is still one. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const lateIntro = (intro: string) =>
  chat([
    ['agent', '您好，燃气服务热线，请讲。', 500],
    ['customer', '我家燃气表不走字了，上个月就报过。', 6000],
    ['agent', '请报一下用户号后四位。', 12000],
    ['customer', '3381', 18000],
    ['agent', '好的，信息对上了。', 24000],
    ['agent', intro, 30000],
    ['agent', '表具检修安排在下周二上午。', 40000],
  ]);

describe('record-reference: an introduction said late', () => {
  it('the number after the late introduction is the agent\'s: no reference given', () => {
    for (const intro of ['我是售后窗口的小秦，编号4471。', '我是表务班的老何，编号5208，有事可以找我。']) {
      expect(only(recordReference(lateIntro(intro), S, rubric)).pass, intro).toBe(false);
    }
  });
  it('a number announced as a record made, or one named as the record\'s, is a reference', () => {
    for (const intro of ['已经给您登记了，编号20261205。', '我是小秦，已为您登记报修，编号GD2612055。', '您的受理编号是2026120577。']) {
      expect(only(recordReference(lateIntro(intro), S, rubric)).pass, intro).toBe(true);
    }
  });
});

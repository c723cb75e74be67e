/**
 * empathy (issue 10, round 3): who the complaint is aimed at — a case filed against a third party is the
 * business of the call, not a grievance at the service. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** The verdict after a bare reply: false when the turn is a complaint, 'na' when it is not. */
const verdict = (said: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', said, 2000],
        ['agent', '好的，请提供一下您的姓名和电话', 3000],
        ['agent', '我这边登记一下', 4000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: a complaint filed against a third party', () => {
  it('投诉 + an indefinite third party (一家 / 一个 / 某家) is the case brought, no grievance at the service', () => {
    for (const said of ['我要投诉，一家培训机构收了学费关门了', '我想投诉一个网店卖假货', '我要投诉某家洗衣店']) {
      expect(verdict(said), said).toBe('na');
    }
  });

  it('投诉 aimed at 你们, or a grievance besides the filing, still owes an acknowledgement', () => {
    for (const said of ['我要投诉你们一家分店', '我要投诉你们', '我要投诉，一家网店卖假货，你们平台也不管，太过分了']) {
      expect(verdict(said), said).toBe(false);
    }
  });
});

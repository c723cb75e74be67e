/**
 * empathy (round 21): the customer opens the contact sighing that the line was reached at last, the end closing the
 * effort's own clause (…打了好几次才接通 / …等了半天终于打进来了): a greeting's sigh before the matter, no grievance owed
 * an apology. Said later, after the request, with the firm named in its clause, or exclaimed, it is still a complaint.
 * Wordings are our own (a courier, a gas company).
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const reply = '请问您的运单号是多少';
const next = '好的我记下了';

describe('empathy: the sigh of getting through, opening the contact (round 21)', () => {
  it('the effort closed by the line reached at last is no grievance', () => {
    for (const said of ['喂您好，打了好几次才接通。我想寄个快递', '您好，打了半天终于通了，我想问下燃气开户']) {
      expect(empathyAfter(said, reply, next), said).toBe('na');
    }
  });
  it('with the firm named in the clause, or exclaimed, it is a complaint', () => {
    for (const said of ['打你们电话打了好几次才接通，我想寄个快递', '您好，打了半天才打通！我想问下燃气开户']) {
      expect(empathyAfter(said, reply, next), said).toBe(false);
    }
  });
  it('the effort without the line reached, or a wait on hold, is still held against the service', () => {
    expect(empathyAfter('您好，打了半天都没人接，我想寄个快递', reply, next)).toBe(false);
    expect(empathyAfter('您好，等了差不多四十分钟才接通，我想问下燃气开户', reply, next)).toBe(false);
  });
  it('said after the request, not opening the contact, it is a complaint', () => {
    const contact = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', '我想寄个快递', 2000],
      ['customer', '客服电话打了好几次才打通', 2500],
      ['agent', reply, 3000],
      ['agent', next, 4000],
    ]);
    expect(only(empathy(contact, scenario(), rubric)).pass).toBe(false);
  });
});

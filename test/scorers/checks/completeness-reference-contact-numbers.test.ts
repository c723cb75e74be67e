/**
 * record-reference: the number the contact-centre system gives the session, the call, the queue place or the recording
 * identifies the contact, not a service record opened for the customer; a 受理编号 said in the same breath still is one.
 * Our own wordings (a harbour office, a library).
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const agentSays = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);

describe("record-reference: the contact's own numbers", () => {
  it('a session, call or queue number is no reference', () => {
    for (const said of ['您好，本次会话编号58214，您说', '您的通话编号是6620173，请稍候', '您当前排队号A0216']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a 受理编号 given later in the turn still receipts the request', () => {
    expect(only(recordReference(agentSays('本次会话编号58214。已为您登记，受理编号2026120588431，凭此查询进度'), S, rubric)).pass).toBe(true);
  });
});

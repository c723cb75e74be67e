/** record-reference: a service request's number (请求号) receipts it; the number may follow an announced reading (…我给您念一下). Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const agentSays = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);
const given = (said: string) => only(recordReference(agentSays(said), S, rubric)).pass;

describe('record-reference: request numbers and an announced reading', () => {
  it('counts them', () => {
    for (const said of ['已为您提交服务请求，请求号是40917735', '报修单号除了短信我这边再读一遍 58302716', '受理单号我给您报一遍 7 3 0 5 1 9 2 6']) {
      expect(given(said), said).toBe(true);
    }
  });

  it('still not a phone number, an amount, or a reading with no number', () => {
    for (const said of ['受理单号稍后短信发您，热线号码我念一下：95566', '工单号我等下念一下给您', '受理单号我念一下，金额是300元']) {
      expect(given(said), said).toBe(false);
    }
  });
});

/** record-reference: an id split by ASR breaks is one id, but a count opening the next clause is not part of it. */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const agentSays = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);

describe('record-reference and the clause after the id', () => {
  it('an id followed by a clause that opens with a duration or an amount is still an id', () => {
    for (const said of ['已登记，受理号KX20481937，两个工作日内回复您', '维修单号是7730，2168，3天内上门', '工单号RT5521，五十元押金会退回']) {
      const f = only(recordReference(agentSays(said), S, rubric));
      expect(f.pass, said).toBe(true);
    }
    expect((only(recordReference(agentSays('已登记，受理号KX20481937，两个工作日内回复您'), S, rubric)).details as { reference: string }).reference).toBe('kx20481937');
  });

  it('a duration or amount alone after the keyword is still no id', () => {
    for (const said of ['工单号稍后短信发您，3个工作日内处理', '受理号是12，3天内回电']) {
      expect(only(recordReference(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

/**
 * required-info by sound in speech (scorers/checks/completeness.ts, round 13): a recogniser's homophone of the ask
 * (定单号 for 订单号) still finds it on a call, not in typed chat, and not where the deictic 那 was heard as 哪. Our own
 * wordings (a stationery shop, a ferry pier).
 */
import { describe, expect, it } from 'vitest';
import { requiredInfo } from '../../../scorers/checks/completeness.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const ORDER = scenario({ requiredInfo: [{ key: 'order', label: '订单号', patterns: ['(订单号|订单编号)'] }] });
const DAY = scenario({ requiredInfo: [{ key: 'day', label: '乘船日期', patterns: ['(哪天|什么日期)的船票'] }] });

describe('required-info: the ask by sound on a call', () => {
  it('a homophone of the ask counts in speech', () => {
    expect(only(requiredInfo(call([['agent', '好的 麻烦把您那个定单编号念一下', 1000, 4000]]), ORDER, rubric)).pass).toBe(true);
  });
  it('typed text is read as written', () => {
    expect(only(requiredInfo(chat([['agent', '好的，麻烦把您那个定单编号发一下', 1000]]), ORDER, rubric)).pass).toBe(false);
  });
  it('the deictic 那 is no question word', () => {
    expect(only(requiredInfo(call([['agent', '停航那天的船票都能全额退', 1000, 4000]]), DAY, rubric)).pass).toBe(false);
    expect(only(requiredInfo(call([['agent', '请问您买的是哪天的船票', 1000, 4000]]), DAY, rubric)).pass).toBe(true);
  });
});

/**
 * empathy (round 13): 您先别着急 going straight on to what does not address the grievance — the agent introducing itself,
 * disowning the matter or the data, a general rule, a bare go-ahead, or its own next step done for the customer (我帮您查)
 * — acknowledges nothing; a reassurance about the grievance, 我马上查, or a receipt after it still does. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const after = (reply: string) => empathyAfter('热水器装好才三天就漏水，地板都泡了，太让人窝火了', reply, '好的，我记下了');

describe('empathy: 别着急 moving on', () => {
  it('is no acknowledgement', () => {
    for (const reply of [
      '您先别着急，我是售后专员小周，工号3307。',
      '您先别着急，这个型号的安装不归我们负责。',
      '您先别着急，我手头没有安装记录。',
      '您先别着急，一般师傅会提前一天电话联系。',
      '您先别着急。可以，我给您转到安装部。',
      '您先别着急，我帮您查一下安装记录。',
    ])
      expect(after(reply), reply).toBe(false);
  });
  it('a reassurance about the grievance, the agent looking, or a receipt still is', () => {
    for (const reply of ['您先别着急，师傅今天下午就上门处理漏水。', '您先别着急，我马上查。', '您先别着急，好的，情况我记下了。']) expect(after(reply), reply).toBe(true);
  });
});

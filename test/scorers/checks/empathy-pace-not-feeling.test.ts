/**
 * empathy (round 11): 您别着急 that goes on to the pace it asks for — step by step, slowly, not hanging up — slows the
 * customer down and acknowledges nothing; the same reassurance said on its own or beside an acknowledgement still
 * counts. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const after = (reply: string) => empathyAfter('热水器装好第二天就坏了，太离谱了', reply, '请提供一下您的安装单号');

describe('empathy: 别着急 about the pace', () => {
  it('is no acknowledgement', () => {
    for (const reply of ['您别着急，我们一步步核对，安装单号是多少', '您先别着急 呃 我慢慢给您查', '您先别着急挂，我再问一句型号']) {
      expect(after(reply), reply).toBe(false);
    }
  });

  it('a reassurance about the grievance, or one beside an apology, still is', () => {
    for (const reply of ['您先别着急，师傅今天下午就上门', '您别着急，一步一步来，给您添麻烦了']) {
      expect(after(reply), reply).toBe(true);
    }
  });
});

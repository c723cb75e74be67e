/**
 * empathy (round 26): understanding what the customer means (我明白您的意思了 / 理解您的意思 / 懂你的意思) takes in the
 * message — a receipt, as resolution reads it — and acknowledges no grievance; understanding their feeling (我明白您的心情 /
 * 懂您的感受) does. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const said = '洗衣机修了三次还漏水，太气人了';

describe('empathy: a receipt of the meaning is no acknowledgement', () => {
  it('understanding the meaning alone fails', () => {
    for (const reply of ['嗯，我明白您的意思了', '好的，理解您的意思', '懂你的意思，我记一下']) {
      expect(empathyAfter(said, reply, '请问您的地址是哪里'), reply).toBe(false);
    }
  });
  it('understanding the feeling passes', () => {
    for (const reply of ['我明白您现在很恼火', '懂您的感受，换谁都着急', '理解您的心情']) {
      expect(empathyAfter(said, reply, '请问您的地址是哪里'), reply).toBe(true);
    }
  });
});

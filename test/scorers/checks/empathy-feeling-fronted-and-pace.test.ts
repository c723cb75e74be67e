/**
 * empathy (round 16): the customer's feeling fronted and then understood with 体谅 / 感受到 (您这份焦虑我们能体谅 / 你的失望我
 * 感受得到) acknowledges; 别上火 / 别生气 going on to the pace it asks for (咱们一件件来) slows the customer down, as 别着急 does.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const after = (reply: string) => empathyAfter('空调装好第二天就不制冷了，师傅电话也打不通，太让人窝火了', reply, '好的，我记下了');

describe('empathy: the feeling fronted, and the pace', () => {
  it('the feeling named first and then understood acknowledges', () => {
    for (const reply of ['您这份焦虑我们能体谅，我马上安排师傅。', '你的失望我感受得到，这就给您登记。', '您的不满我完全可以体谅。'])
      expect(after(reply), reply).toBe(true);
  });
  it('别上火 / 别生气 going on to the pace acknowledges nothing', () => {
    for (const reply of ['您先别上火，咱们一件件来。', '您别生气，我们一项项对一下。', '您先别上火，咱们一步一步来。'])
      expect(after(reply), reply).toBe(false);
  });
});

/**
 * empathy (round 12b): 您先别着急 going straight on to ask the customer for the case's details — a question (…是哪一天？ /
 * 型号是多少 / 发票还在吗) or a request for data (请把发票号告诉我) — gets on with the form and acknowledges nothing; a
 * receipt between them (好的，…) or an apology beside it keeps it an acknowledgement. Also: the pace forms 一件一件 / 一项一项
 * are seen in the numeral view (1件1件), so they slow the customer down like 一步一步. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const after = (reply: string) => empathyAfter('空调装好第二天就不制冷了，太让人窝火了', reply, '好的，我记下了');

describe('empathy: 别着急 going on to ask for the details', () => {
  it('is no acknowledgement', () => {
    for (const reply of ['您先别着急，安装是哪一天做的？', '您先别着急 那个空调型号是多少', '您先别着急，发票您还留着吗？', '您先别着急，请把发票号告诉我'])
      expect(after(reply), reply).toBe(false);
  });

  it('after a receipt, or beside an apology, it still is', () => {
    for (const reply of ['您先别着急，好的，安装是哪一天做的？', '真是对不起，您先别着急，安装是哪一天做的？']) expect(after(reply), reply).toBe(true);
  });

  it('一件一件 / 一项一项 slow the customer down', () => {
    for (const reply of ['您先别着急，咱们一件一件来', '您先别着急，我一项一项跟您讲']) expect(after(reply), reply).toBe(false);
  });
});

describe('empathy: 没人接 asked by when', () => {
  it('asks the staffed hours, no complaint', () => {
    expect(empathyAfter('你们门店电话周日几点以后就没人接了？', '周日是五点下班。', '还有别的问题吗')).toBe('na');
  });
  it('the unanswered line held against the service still is one', () => {
    expect(empathyAfter('我打了一下午都没人接，你们怎么回事', '周日是五点下班。', '还有别的问题吗')).toBe(false);
  });
});

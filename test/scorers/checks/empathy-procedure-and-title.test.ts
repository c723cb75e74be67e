/**
 * empathy (round 12): 您先别着急 that goes straight on to the procedure — the customer's next step (您把…), what the
 * case needs (需要…) or the channel it takes (…走…流程) — tells the customer to wait for the process and acknowledges
 * nothing; and the head of the place called for by title with 你们 (找你们站长) is an escalation like 找你们领导,
 * while a title without 你们 only names whom the customer wants. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const after = (reply: string) => empathyAfter('洗衣机修了三次还是漏水，太离谱了', reply, '请提供一下您的报修单号');

describe('empathy: 别着急 going on to the procedure', () => {
  it('is no acknowledgement', () => {
    for (const reply of ['您先别着急，您把漏水的视频发给我', '您别着急 需要先派师傅上门看一下', '您先别着急，换机走厂家审核流程']) {
      expect(after(reply), reply).toBe(false);
    }
  });

  it('said about the grievance, or beside an apology, it still is', () => {
    for (const reply of ['您先别着急，师傅今天下午就上门', '给您添麻烦了，您先别着急，您把视频发给我']) {
      expect(after(reply), reply).toBe(true);
    }
  });
});

describe('empathy: the head of the place called for', () => {
  it('with 你们 is a complaint', () => {
    for (const said of ['我要找你们站长，这事没完', '叫你们馆长出来跟我说']) {
      expect(empathyAfter(said, '请问您贵姓', '请稍等'), said).toBe(false);
    }
  });

  it('a title without 你们 names whom the customer wants', () => {
    expect(empathyAfter('我想找一下李站长，约个时间', '请问您贵姓', '请稍等')).not.toBe(false);
  });
});

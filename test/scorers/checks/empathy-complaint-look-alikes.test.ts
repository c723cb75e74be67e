/** empathy: look-alikes of a complaint — asking how to complain, a joke taken back, the customer's own apology. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const verdict = (said: string) => empathyAfter(said, '好的，我这边看一下', '请提供一下您的手机号');

describe('empathy: complaint look-alikes', () => {
  it('asking how, where or what-if about complaining voices no grievance', () => {
    for (const said of ['请问在哪里可以投诉外卖骑手', '如果我要投诉一家药店，要准备什么', '想问一下如何投诉违规停车']) expect(verdict(said), said).toBe('na');
  });

  it('a complaint taken back as a joke in the same turn is none; 你们开玩笑的吧 still is one', () => {
    expect(verdict('我要投诉你们！逗你玩的，我想改个地址')).toBe('na');
    expect(verdict('我要投诉，开玩笑的，问下营业时间')).toBe('na');
    expect(verdict('你们开玩笑的吧，我要投诉')).toBe(false);
  });

  it("the customer's own apology is none; a real demand for compensation still is one", () => {
    for (const said of ['我刚刚语气有点冲，您别往心里去', '我把你们的门禁刷坏了，实在不好意思', '我要陪我爸去复查，几点开门']) expect(verdict(said), said).toBe('na');
    expect(verdict('快递摔碎了，我要你们赔我损失')).toBe(false);
  });

  it('a conditional threat to complain is still one', () => {
    expect(verdict('再不退款我就要投诉了')).toBe(false);
  });
});

describe('empathy: a filed complaint asked after, and more rhetorical forms', () => {
  it('a filed complaint referred to as a record is no new grievance; a repeated one still is', () => {
    for (const said of ['我投诉的那件事现在有进展吗', '前天投诉过一次，想查下回复', '帮我看看投诉的处理结果']) expect(verdict(said), said).toBe('na');
    expect(verdict('我投诉过好几次了，到现在没人理')).toBe(false);
  });

  it('"is there anyone who treats people like this", no justice left, praise in quotes, worn out by repeats', () => {
    for (const said of ['有这样给老人办事的吗', '还有没有天理了', '你们可真是“专业”', '三番五次叫我重新上传']) expect(verdict(said), said).toBe(false);
    for (const said of ['有这种颜色的手机壳吗', '你们真是专业，谢谢啦']) expect(verdict(said), said).toBe('na');
  });
});

describe('empathy: cheated again, how business is done, the late hour', () => {
  it('owe an acknowledgement; asking the time does not', () => {
    for (const said of ['你们又忽悠我，说好今天送', '你们这是怎么做的生意的', '都半夜一点了还没人来修']) expect(verdict(said), said).toBe(false);
    expect(verdict('现在都五点了吗，营业厅还开着吗')).toBe('na');
  });
});

describe('empathy: paid for nothing, a near-quarrel, a scare-quoted complaint', () => {
  it('paid for nothing and a near-quarrel owe an acknowledgement; a check that the charge is fine does not', () => {
    for (const said of ['会员费扣了，会员却没有开通', '排队时差点和人打起来']) expect(verdict(said), said).toBe(false);
    expect(verdict('钱扣了没问题吧，我再确认下')).toBe('na');
  });

  it('a complaint word in scare quotes is not meant literally; plain 我要投诉 still counts', () => {
    expect(verdict('我想“投诉”一下，你们的客服小姐姐太耐心了')).toBe('na');
    expect(verdict('我要投诉，你们的快递三天没动')).toBe(false);
  });
});

describe('empathy: who is evaluated — the customer, a condition, a thing that crashed', () => {
  it('the customer\'s own manner, dissatisfaction as a condition, a crashed app voice no grievance', () => {
    for (const said of ['我刚才语气不好，你别往心里去', '要是穿着不满意能退吗', '不满意包退吗', '我手机上那个软件一直闪退崩溃，怎么重装']) {
      expect(verdict(said), said).toBe('na');
    }
  });

  it('the staff\'s manner, dissatisfaction said, the customer at the end of their tether still are', () => {
    for (const said of ['你们那个师傅说话太冲了', '我对这个处理很不满意', '我真的要被你们逼疯了']) expect(verdict(said), said).toBe(false);
  });
});

/**
 * forbidden-words round 8 (issue 10): constructions read off dev11a / dev11b / dev12a and found in three older sets —
 * the customer sent to another party as an order AND our side saying it cannot (in either order, any "cannot" verb),
 * the topic handed off with the order alone, and the matter put off with no time or step as the whole reply. Wordings
 * are our own (a ski resort, a piano tuner, a ferry line), not corpus lines; each rule with the look-alike it leaves clean.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenCategories } from '../helpers.js';

describe('推诿: sent elsewhere as an order, and our side cannot', () => {
  it('finds the order with any "cannot" verb, in either order, with or without 你', () => {
    for (const said of ['雪具您去租赁店换，我们这边换不了。', '索道的事你直接找景区管委会，我们这儿定不了', '缆车票问题你直接找代理商协商，平台不处理', '调音的事找琴行，客服管不了。']) {
      expect(forbiddenCategories(said, '能帮我换一副雪板吗？'), said).toContain('推诿');
    }
  });
  it('leaves the offered referral and the one with help clean', () => {
    for (const said of ['雪具是租赁店的，我们这边换不了，您可以找店里的前台，电话是六六八八一二三四。', '这个不归我们雪场管，不过我可以把租赁店的电话发给您', '您找一下订单页面，我这边看不了截图', '这个事您直接找我就行，我这边处理不了的会转给主管']) {
      expect(forbiddenCategories(said, '能帮我换一副雪板吗？'), said).not.toContain('推诿');
    }
  });
});

describe('推诿: the topic handed off with the order alone', () => {
  it('finds 问去 after the topic, "phone them yourself then", a bare 你去问X, "we are the service line, not …"', () => {
    for (const said of ['船票的事您直接找码头售票员问去 对了 您几点的船', '调音您自己找个琴行吧。', '你自己打给调音师吧', '怎么退你去问售票处，钱是他们收的。', '怎么去你自己导航，我们这是客服不是问路的。']) {
      expect(forbiddenCategories(said, '调音多少钱？'), said).toContain('推诿');
    }
  });
  it('leaves a referral with its number and an ask for a look-up clean', () => {
    for (const said of ['您自己联系一下调音师吧，电话是13900001111', '你去问一下前台，我这边也帮您登记了', '我们这是客服热线，可以帮您登记']) {
      expect(forbiddenCategories(said, '调音多少钱？'), said).not.toContain('推诿');
    }
  });
});

describe('敷衍答复: the matter put off with no time or step, as the whole reply', () => {
  it('finds 知道了，回头再说 and 这个明天再打过来问吧', () => {
    for (const said of ['嗯，知道了，回头再说', '嗯 知道了 回头再说', '这个明天再打过来问吧']) {
      expect(forbiddenCategories(said, '船晚点了能退票吗？'), said).toContain('敷衍答复');
    }
  });
  it('leaves the put-off with its reason and the closing offer clean', () => {
    for (const said of ['系统明天恢复，您明天再打过来试试', '好的，有问题您明天再打过来', '回头再说吧，再见']) {
      expect(forbiddenCategories(said, '船晚点了能退票吗？'), said).not.toContain('敷衍答复');
    }
  });
});

describe('否定拒绝: the decision pinned on the company, then "I can\'t"; the whole reply a refusal with 不给', () => {
  it('finds 公司统一定的，我这边改不了 and 这种不给退的', () => {
    for (const said of ['缆车涨价是公司统一定的，我这边改不了，年卡是八百', '呃 这种不给退的']) {
      expect(forbiddenCategories(said, '年卡能便宜点吗？'), said).toContain('否定拒绝');
    }
  });
  it('leaves the decision with help after it and 不给您添麻烦 clean', () => {
    for (const said of ['价格是总部定的，我这边改不了，不过可以帮您申请学生优惠', '不给您添麻烦了，我来处理']) {
      expect(forbiddenCategories(said, '年卡能便宜点吗？'), said).not.toContain('否定拒绝');
    }
  });
});

describe('look-alikes of round 8: the apology right after 没办法, 自己 in a condition', () => {
  it('这个确实没办法，抱歉 is the published refusal form; 没办法。alone stays a 忌语', () => {
    expect(forbiddenCategories('这个确实没办法，抱歉。', '能提前进场吗？')).toEqual([]);
    expect(forbiddenCategories('没办法。', '能提前进场吗？')).toContain('否定拒绝');
  });
  it('除非您自己要求换 is a condition, 您自己去换吧 the order', () => {
    expect(forbiddenCategories('教练是固定的，除非您自己要求换', '教练会换人吗？')).not.toContain('推诿');
    expect(forbiddenCategories('您自己去换吧', '教练会换人吗？')).toContain('推诿');
  });
});

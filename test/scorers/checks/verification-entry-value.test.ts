/**
 * round 24: the entry's value read out with the record's noun left out — a verb of entry or scheduling + 的 (+ what was
 * entered) + 是 + a date, a time or a number (登记的押金是… / 师傅那边排的是周四下午 / 约的是…号), and a date or time said to
 * be fixed (搬家日期定在了… / 复诊时间约在…) — is what the customer's record holds, and before the check it discloses.
 * Look-alikes: the same frames asked (约的是周几 / 时间定在几号), a rule or a promise's wording (规则里写的是… / 服务承诺写的是…),
 * a date fixed in general (复诊日期一般定在术后一周). Wordings are our own (a moving company, a dental clinic).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const says = (line: string) =>
  only(
    verification(
      chat([
        ['agent', '您好，顺达搬家客服，请讲', 1000],
        ['customer', '我想问问我约的搬家', 2000],
        ['agent', line, 3000],
        ['customer', '嗯', 4000],
        ['agent', '麻烦报一下下单手机尾号，我核对一下', 5000],
        ['customer', '六六一九', 6000],
        ['agent', '好的，核对无误', 7000],
      ]),
      needs,
      rubric,
    ),
  ).pass;

describe('verification: the entry value read out before the check', () => {
  it('a verb of entry + 的 + 是 + a value, or a date fixed', () => {
    for (const line of ['登记的押金是三百块', '师傅那边排的是周四下午两点', '搬家日期定在了10月3日', '复诊时间已经约在下周二上午']) {
      expect(says(line), line).toBe(false);
    }
  });
  it('asked, ruled or general: nothing read out', () => {
    for (const line of ['您约的是周几来着', '时间定在几号合适', '规则里写的是三天内免费改期', '我们的服务承诺写的是两小时上门', '复诊日期一般定在术后一周']) {
      expect(says(line), line).toBe(true);
    }
  });
});

/**
 * round 24: 查到 + a count in a measure word of papers and entries (查到了8页 / 一共查到3份 / 查到两条) reads the look-up's result,
 * as 查到 + a count of 件 / 笔 does (round 20). Not 没查到, nor a question (查到几页了吗). Wordings are our own (a notary office).
 */
describe('verification: 查到 + a count of pages or entries before the check', () => {
  const read = (line: string) =>
    only(
      verification(
        chat([
          ['agent', '您好，公证处查询热线，请讲', 1000],
          ['customer', '我想问问我那份公证材料', 2000],
          ['agent', line, 3000],
          ['customer', '嗯', 4000],
          ['agent', '麻烦报一下申请人身份证后四位，我核对一下', 5000],
          ['customer', '三零二一', 6000],
          ['agent', '好的，核对无误', 7000],
        ]),
        needs,
        rubric,
      ),
    ).pass;
  it('a count of pages, copies or entries found', () => {
    for (const line of ['您的公证卷宗一共查到了9页', '存档目前查到三份', '查到两条往来记录']) expect(read(line), line).toBe(false);
  });
  it('nothing found, or asked', () => {
    for (const line of ['目前还没查到材料', '您知道大概能查到几页吗']) expect(read(line), line).toBe(true);
  });
});

/**
 * round 24: the customer's present transaction pointed at by 这次 / 本次 with its money amount (这次退押金两百元 / 您这次可以
 * 报销的金额是…元) is the case's own figure read out. Not a promotion (这次活动满200减30元), a rule (本次一般…), nor asked
 * (这次退款多少元). Wordings are our own (a gym membership desk).
 */
describe('verification: 这次 + a money amount before the check', () => {
  const read = (line: string) =>
    only(
      verification(
        chat([
          ['agent', '您好，动力健身会籍顾问，请讲', 1000],
          ['customer', '我的年卡退了没有', 2000],
          ['agent', line, 3000],
          ['customer', '嗯', 4000],
          ['agent', '麻烦报一下会员手机尾号，我核对一下', 5000],
          ['customer', '五五零八', 6000],
          ['agent', '好的，核对无误', 7000],
        ]),
        needs,
        rubric,
      ),
    ).pass;
  it('the transaction and its amount', () => {
    for (const line of ['这次退押金两百元，三天到账', '您这次能退的费用是1260元']) expect(read(line), line).toBe(false);
  });
  it('a promotion, a rule or a question', () => {
    for (const line of ['这次活动满200减30元，您可以看看', '本次一般退款在3个工作日内', '这次退款多少元您还记得吗']) expect(read(line), line).toBe(true);
  });
});

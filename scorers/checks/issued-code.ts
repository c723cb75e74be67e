/**
 * Round 18: a reference issued under a name no keyword list holds (跟踪号 / 处理号 / 事项编码 / 单子…号码是) [S13 凭证 — the
 * record the customer follows the matter up with], recognised by what the agent does with the number rather than by
 * what it calls it:
 *   - the agent tells the customer to keep it or quote it back (…，有问题报这个就行 / 方便的话截图保存 / 请您记一下): a
 *     number handed over to be kept is the record's, whatever the trade calls it;
 *   - the agent announces it as the number of a record it has just made (单子已经建好，号码是… / 已经给您登记了，编号…).
 * The code is letters + digits or a long digit run (not an amount, a date or a phone number), and it is no number of the
 * customer's, the agent's or the line's: not after a phone, order, card or staff word, not one the customer said before.
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { clauseTextOf } from '../text/patterns.js';
import { LINE_TEST, lineTest, quoteOf, type TextView } from '../text/view.js';

/** A code: up to three letters + digits (≥ `min` characters in all, a digit among them), or eight digits and more. */
const CODE = /(?<![0-9a-z])(?:[a-z]{1,3}\d{4,}|\d{8,})(?![0-9a-z.:%])/gu;
/** The number handed over to be kept or quoted back, right after it (within a clause or two). */
const KEEP_IT =
  /^[^0-9a-z]{0,8}?(?:(?:报|提供|说|出示|提)(?:这个|此|该)(?:号|编号|号码|单号|码)?(?:就行|就可以|即可)|截图保存|截个图|(?:请您|请|您)(?:先)?记(?:一下|好|下来|下)|(?:请|您)(?:妥善)?保存好)/u;
/** Announced as the number of the record just made: a verb of making it, then 号码/编号 + 是 right before the code. */
const MADE_THEN_NUMBER = /(?:建好|生成|创建|提交|登记|建了|开好|录好)[^0-9a-z]{0,8}?(?:号码|编号|单号)(?:是|为)?:?\|?$/u;
/** Words before the code that make it the customer's, the agent's or the line's (phone, order, card, staff number …). */
const OTHERS_LEAD = /(?:手机|电话|热线|拨打|致电|尾号|订单|运单|快递|物流|卡号|账号|帐号|身份证|保单|会员|工号|客户号|合同|发票|车牌|金额|费用)[^|]{0,8}$/u;
const MOBILE = /^1[3-9]\d{9}$/u;
/** Digit groups ending right before a code, each closed by a break (…电话是0574|87305599: the hyphen's break). */
const DIGIT_GROUPS_BEFORE = /(?:\d+\|)+$/u;

/** Four digits in a row in a line's norm, decided once per line (view.ts lineTest). */
const fourDigits = (view: TextView): boolean => /\d{4}/u.test(view.norm);

/** The issued code in agent turn `t` and its quote, or null. */
export function issuedCode(p: PreparedTranscript, t: PreparedTurn, min: number): { quote: string; reference: string } | null {
  const norm = t.view.norm;
  if (!lineTest(t.view, LINE_TEST.fourDigits, fourDigits)) return null;
  const ct = clauseTextOf(t.view);
  CODE.lastIndex = 0;
  for (let m = CODE.exec(ct.text); m; m = CODE.exec(ct.text)) {
    const code = m[0];
    if (code.length < min || MOBILE.test(code)) continue;
    const before = ct.text.slice(Math.max(0, m.index - 20), m.index);
    // round 25 (reading): a number written in groups (0571-8820 0000: the clause text breaks at the hyphen) is one number —
    // its lead is the first group's, so the last group is no code of its own after a phone word
    if (OTHERS_LEAD.test(before) || (DIGIT_GROUPS_BEFORE.test(before) && OTHERS_LEAD.test(before.replace(DIGIT_GROUPS_BEFORE, '')))) continue;
    const end = m.index + code.length;
    if (!KEEP_IT.test(ct.text.slice(end, end + 24)) && !MADE_THEN_NUMBER.test(before)) continue;
    // a number the customer said before is theirs (read back), and nothing is issued before the customer has spoken
    const first = p.customer[0];
    if (!first || t.index < first.index || p.customer.some((c) => c.index < t.index && c.view.norm.includes(code))) continue;
    return { quote: quoteOf(t.view, ct.normAt[m.index]!, ct.normAt[end] ?? norm.length), reference: code };
  }
  return null;
}

/**
 * Round 24: self-introduction frames the older constructions (self-introduction.ts, intro-forms.ts) read only in part,
 * found on unseen authors' sets [S22 服务人员识别信息 — the person's id or name]:
 *   - 由我 + a name + (来) + 为/给/帮 + 您 + the service verb (今天由我小X为您处理 / 由我老X来给您解答): 由我 names the speaker
 *     as the one doing it and the name between 由我 and the verb stands in apposition to 我 — whatever the verb, as
 *     由我小X为您服务 was already read (the verdict must not flip with 服务 → 处理 / 解答);
 *   - a staff number + 号 + a title whose qualifier runs past four characters + a role head + the offer (8812号公证咨询
 *     服务专员为您服务): the offer says whose the number is, however long the trade's qualifier before the role.
 *   - round 25: an id keyword + a staff code + 的 + any title + the offer (编号X的咨询员为您服务), KEYED_CODE_OFFER.
 * And one misreading: by sound, 客服 found across a customer noun + 服务 (乘客服务 / 顾客服务 — 客 is the customer's) is no
 * role, as round 21 read it on the exact text.
 * Read exactly, never by sound, as the other constructions are.
 */
import { clauseTextOf, type PatternSpan } from '../text/patterns.js';
import type { TextView } from '../text/view.js';
import { FULL_NAME, ROLE_HEAD } from './name-shapes.js';

/** 小X / 老X / 阿X: two characters, not a word that starts so (小组 / 小时 / 老师 / 阿姨 …). */
const NICK = '[小老阿](?!姐|时|额|程|区|号|票|伙|孩|朋友|部分|心|师|板|公|婆|家|乡|百姓|人|年|是|在|姨|哥|弟|妹|组|们)\\p{Script=Han}';
/** 由我 + a name + (来) + 为/给/帮/替 + 您/你 + a verb: the name is the speaker's. Not 由我们 / 由我司 / 由我来 (no name). */
// (round 25: …or 本次 / 这次 / 今天 + 由 + a nickname, 本次由小X为您解答: "this contact" names the one serving it now, as 由我 does —
// and the verb may be any, as the rubric's 由X为您服务 already reads it: the verdict must not flip with 服务 → 解答)
const BY_ME_NAMED = new RegExp(`(?:由我|(?<=本次|这次|今天)由(?=${NICK}))(?:${NICK}|${FULL_NAME.replaceAll('{1,2}', '{1,2}?')})(?:来)?(?:为|给|帮|替)(?:您|你)(?=\\p{Script=Han})`, 'u');

/** Staff code (≥ 3 digits, or letters + digits; not a service line's number [S28]) + 号 + five to eight characters of title ending in a role head + the offer. */
let numberedLongTitle: RegExp | null = null;

/**
 * Round 25: an id keyword + a staff code + 的 + whatever title + the offer (编号X的咨询员为您服务 / 客服编码X的小助手接待您): the
 * offer says the one numbered serves the customer, so the title needs no role head and the keyword may be 编码; not a record's
 * number (订单编号 / 工单编号 … — the thing numbered, not the one serving), nor a service line's [S28].
 */
const KEYED_CODE_OFFER =
  /(?<!订单|工单|运单|合同|会员|账户|账号|设备|产品|商品|快递|物流|车辆|受理|报修|投诉|发票|会话|通话|排队)(?:编号|工号|编码)(?:是|为)?(?!(?:400|800)\d{7}|95\d{3,}|1[0-2]\d{3}(?!\d))(?:[a-z]{0,2}\d{3,}|[a-z]{1,2}\d{2,})(?![\d.])(?:号)?的(?:(?![您你的是会将要能])\p{Script=Han}){1,6}?(?:(?:很高兴|竭诚)?(?:为您|为你)(?:服务|解答|处理)|接待(?:您|你))/u;

export function introductionFrame(view: TextView): PatternSpan | null {
  const n = view.norm;
  if (n.includes('的') && (n.includes('编') || n.includes('工号'))) {
    const ct = clauseTextOf(view);
    const m = KEYED_CODE_OFFER.exec(ct.text);
    if (m) return { start: ct.normAt[m.index]!, end: ct.normAt[m.index + m[0].length] ?? n.length, bySound: false };
  }
  if (n.includes('由')) {
    const ct = clauseTextOf(view);
    const m = BY_ME_NAMED.exec(ct.text);
    if (m) return { start: ct.normAt[m.index]!, end: ct.normAt[m.index + m[0].length] ?? n.length, bySound: false };
  }
  if (n.includes('号') && n.includes('服务')) {
    numberedLongTitle ??= new RegExp(
      `(?<![0-9a-z])(?!(?:400|800)\\d{7}|95\\d{3,}|1[0-2]\\d{3}(?!\\d)|96\\d{3}(?!\\d))(?:[a-z]{0,2}\\d{3,}|[a-z]{1,2}\\d{2,})号(?:(?![您你的在有])\\p{Script=Han}){1,8}?${ROLE_HEAD}(?:很高兴|竭诚)?(?:为您|为你)服务`,
      'u',
    );
    const ct = clauseTextOf(view);
    const m = numberedLongTitle.exec(ct.text);
    if (m) return { start: ct.normAt[m.index]!, end: ct.normAt[m.index + m[0].length] ?? n.length, bySound: false };
  }
  return null;
}

/** A customer noun's 客 before 服务 (乘客 / 顾客 / 游客 / 旅客 / 访客 / 房客): 客服 read there by sound is no role. */
const CUSTOMER_NOUN_CHAR = /[顾乘游旅访房]/u;
export function customerServiceNoun(view: TextView, s: PatternSpan): boolean {
  return s.bySound && s.start > 0 && CUSTOMER_NOUN_CHAR.test(view.norm[s.start - 1]!) && view.norm.startsWith('客服务', s.start);
}

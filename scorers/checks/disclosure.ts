/**
 * What counts as a disclosure for the verification check: a `disclosure` vocabulary hit said as a
 * STATEMENT about the customer's record. The same words (您的余额, 欠费, 您名下, 您的包裹现在…) also make
 * questions (您的号码是不是欠费了), conditions (您的包裹要是显示已签收…), instructions and possibilities
 * (您可以在APP上查看您的余额 / 您名下的卡需要本人办理) and remarks about what the customer sent (看到您的留言了):
 * none of them tells the caller anything read off the account [S22 5.3.3.2 除一般业务信息咨询外，应要求对客户身份
 * 进行识别 — general information needs no check]. The sentence type is read around the hit, inside its clause
 * (ASR may run a whole turn into one clause, so the windows stay short).
 */
import { vocabHits, type CompiledRubric, type PreparedTurn, type VocabMatch } from '../context.js';
import { clauseBounds } from '../text/view.js';

/** Characters before the hit read for a condition, an instruction or a question lead. */
const BEFORE = 10;
/** Characters after the hit read for a question word or particle. */
const AFTER_QUESTION = 6;
/** Characters after the hit read for a question particle (吗/呢/吧 close the asking clause). */
const AFTER_PARTICLE = 8;

/** A question asked about the record: 是不是 / 有没有 / 哪 / 多少 / 什么 / 几号 / 周几 …, or 请问 leading into it. */
const QUESTION_WORD = /是不是|是否|有没有|有无|请问|多少|哪|什么(?!时候)|怎么|几(?:号|点|天|月|时|个|期|次|位)|(?:周|星期|礼拜)几/u;
/** A clause-final (or, unpunctuated, near) question particle: 吗 / 呢 / 吧 / 么 (not 什么/怎么/这么/那么). */
const QUESTION_PARTICLE = /吗|呢|吧|(?<![什怎这那多])么/u;
/** A condition: the record is supposed, not read (如果 / 要是 / 万一 … / …的话). */
const CONDITION = /如果|(?<![主重需想])要是|假如|假设|万一|一旦|只要|若是|的话(?!费|题|筒|术|语|单)/u;
/**
 * An instruction or a possibility before the hit: what the customer can or must do with the record (您可以在APP
 * 查看您的余额 / 您需要…); not the offer to help (有什么可以帮您). 先 in a reassurance run into the clause by ASR
 * (您先别急系统里押金…) calms, it orders nothing about the record. A request right before the customer (麻烦您拍一张照片 /
 * 请您提供两张截图) asks the customer to do something: its count is no amount read off the record.
 */
const INSTRUCTION_BEFORE = /(?:可以|能够|需要|必须|应该|应当)(?!帮|为|给)|(?:您|你)(?:也|还|就|都)?(?:能|要|得|先(?!别|不要|不用)|去|登录|打开|进入)|(?:手机|(?:(?<!\p{Script=Han})|(?<=您|你))那边|页面|屏幕|界面|电脑|app)上?|(?<!添)(?:麻烦|烦请|劳驾)$|(?<![申邀聘])请$/u;
/** A rule about the record right after its name: 您的余额可以通过… / 您名下的卡需要本人… / 您的积分会… */
const RULE_AFTER = /^(?:的\p{Script=Han}{1,2})?(?:也|都)?(?:可以|能|需要|须|必须|应该|会|将|要|一般|通常)/u;
/** A general rule announced just before, possibly in the clause before (一般来说，欠费超过… / 按规定，您的积分…). */
const GENERAL_LEAD = /一般|通常|按规定|根据规定|按照规定|正常来说|正常情况/u;
/** What the customer sent or said, seen by the agent (看到您的留言了 / 您的描述): no record read. */
const CUSTOMER_OWN = /^(?:刚才|之前|上午|下午)?(?:的)?(?:留言|消息|截图|照片|图片|描述|反馈|来电|说|讲|提|发的|发来|问的|反映)/u;

/**
 * Only a masked number's tail read back (系统显示您的账号尾号8836 / 您来电尾号是6618 / 看到您是尾号4933的号码来电): the line or account the call
 * came in on, as a bank's SMS names it (您尾号1234的账户) — it names the account and reads nothing off it; a state,
 * an amount or another number after it still does (…尾号8836的卡已经冻结).
 */
const MASKED_TAIL_ONLY = /^(?:是)?(?:的)?(?:账号|账户|帐号|帐户|银行卡|卡|手机号|手机|号码|电话|来电)?(?:号码)?(?:的)?尾号(?:是|为)?\d{3,4}(?!\d)(?![^]{0,10}?(?:已经|还剩|剩余|欠|余额|状态|到期|逾期|扣|冻结|\d))/u;

/**
 * round 22: a number + 号 that numbers a staff role (为您服务的是2085号客服 / 8380号客服专员小蒋): the agent's staff id, not
 * a date or a count on the customer's record — the role's head word (…员 / …席 / 客服 / 顾问 …) right after 号.
 */
const STAFF_ROLE_AFTER = /^(?:(?!的|了|是)\p{Script=Han}){0,5}?(?:员|席|客服|顾问|专员|医护|护士|医生|老师|管家|代表|师傅)/u;

/**
 * round 25 (reading): a number right after a staff role (坐席2421 / 工号3307 / 话务员5120): the agent's own id, not a count
 * or a date on the customer's record — a unit heard after it by sound (坐席2421接听: 接 heard as 节) changes nothing.
 */
const STAFF_ROLE_BEFORE = /(?:坐席|工号|员工号|编号|客服|话务员|接线员|专员|顾问)(?:号|是|为)?$/u;

/**
 * round 24 (reading): the second syllable of a two-character word the hit begins on — 以 of 可以 / 所以 / 难以, 一 of
 * 统一 / 万一 / 唯一 — heard as the 已 a pattern wants (我可以帮您转到… is no 已帮您转到…, 统一给您改成… no 已给您改成…):
 * a match by sound that starts there reads the word's tail, not the word it sounds like.
 */
const WORD_TAIL = /^(?:[可所难予加得足借用]以|[统唯万第之同单]一)$/u;

/** A hit ending in the copula, its value to follow (…的编号是 / …为). */
const COPULA_END = /(?:是|为)$/u;
/** What follows the copula in the original: a question mark or the end of the line — no value given (not a quote: 是‘…’). */
const SLOT_LEFT_OPEN = /^\s*(?:[？?]|$)/u;

/** True when the hit is said as a statement about the record (not asked, supposed, ruled or echoed). */
export function statesRecord(t: PreparedTurn, m: { start: number; end: number; level?: string }): boolean {
  const norm = t.view.norm;
  if (m.level === 'pattern-sound' && m.start > 0 && WORD_TAIL.test(norm.slice(m.start - 1, m.start + 1))) return false;
  const [from, to] = clauseBounds(t.view, m.start, m.end);
  const before = norm.slice(Math.max(from, m.start - BEFORE), m.start);
  const hit = norm.slice(m.start, m.end);
  const after = norm.slice(m.end, to);
  // round 24 (reading): the copula closing its clause with the value slot empty (您那份申请的编号是？) asks for the value
  if (after.length === 0 && COPULA_END.test(hit) && SLOT_LEFT_OPEN.test(t.view.original.slice(t.view.from[m.end - 1]! + 1))) return false;
  if (QUESTION_WORD.test(before.slice(-8) + hit + after.slice(0, AFTER_QUESTION))) return false;
  if (QUESTION_PARTICLE.test(after.slice(0, AFTER_PARTICLE))) return false;
  // a condition or a rule after a pause in speech (您卡上还剩5次 就是 只要提前取消…) starts a sentence of its own
  const spoken = after.slice(0, pauseAfter(t.view, m.end, to) - m.end);
  if (CONDITION.test(before + hit + spoken.slice(0, AFTER_PARTICLE))) return false;
  if (INSTRUCTION_BEFORE.test(before) || GENERAL_LEAD.test(norm.slice(Math.max(0, m.start - BEFORE), m.start))) return false;
  if (RULE_AFTER.test(spoken) || CUSTOMER_OWN.test(after) || MASKED_TAIL_ONLY.test(after)) return false;
  if (hit.endsWith('号') && /\d号$/u.test(hit) && STAFF_ROLE_AFTER.test(after)) return false;
  const digit = hit.search(/\d/u);
  if (digit >= 0 && STAFF_ROLE_BEFORE.test(norm.slice(Math.max(0, m.start + digit - 4), m.start + digit))) return false;
  return true;
}

/** The first norm index in [from, to) with a pause in speech (whitespace in the original) right before it, else `to`. */
function pauseAfter(v: PreparedTurn['view'], from: number, to: number): number {
  for (let k = Math.max(from, 1); k < to; k++) {
    for (let o = v.from[k - 1]! + 1; o < v.from[k]!; o++) if (WHITESPACE.has(v.original.charCodeAt(o))) return k;
  }
  return to;
}
const WHITESPACE = new Set([0x20, 0x09, 0x3000, 0xa0]);

/** The first disclosure hit of the turn said as a statement about the record, or null. */
export function statedDisclosure(c: CompiledRubric, t: PreparedTurn): VocabMatch | null {
  for (const m of vocabHits(c, 'disclosure', t)) if (statesRecord(t, m)) return m;
  return null;
}

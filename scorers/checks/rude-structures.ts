/**
 * forbidden-words' reading of an unsoftened prohibition aimed at the customer, by its shape rather than by any author's
 * wording (each new author's rude lines are new words; the shape is one): a whole clause that is 别/少/不要 + what the
 * customer should stop doing (别老问了 / 少废话 / 不要打断我 / 你别在这儿闹), with no 您, 请, 麻烦, 可以 or 建议 in it —
 * 多用征询语，不用命令语 [S17 文明用语; S1 禁用语 你别问了]. Not the prohibitions that look after the customer or the call:
 * reassurance (别急 / 别激动 / 不要担心 / 别客气), holding the line (别挂机), safety and care instructions (不要开关电器 / 先别扔 /
 * 别轻信 / 不要透露验证码, 别白跑一趟 — a wasted trip spared; 先别继续用 — a faulty thing not to be used on, round 19; 别耽误 / 别错过 after advice to act, the delay in the customer's own interest (round 16); 不要自己拆机 / 请勿自行维修, the device-safety warning), nor 别的 / 别人 (other things, other people).
 * A 忌语 only: the dev sets split on whether such an order is also rude (politeness precision fell on six sets with it),
 * so politeness is left to its own vocabulary.
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';

/** A clause ends at punctuation or a pause (an ASR line's spaces). */
const CLAUSE_SPLIT = /[，,。.！!？?；;…～~\s]+/u;

/** A softener or the respectful address in the clause: a request in the courteous register, not a bare order. */
const SOFTENED = /您|请|麻烦|劳驾|可以|建议|帮忙|好吗|行吗|谢谢/u;

/** A character that can start a prohibition (a cheap gate before the clause split). */
const PROHIBITION_MARK = /[别少不甭]/u;

/**
 * The clause is a prohibition and nothing more: (你/那你) (就/先) 别/少/不要 + at most eight characters, none of the
 * look-alikes after the negator (see the file comment). Round 12: diet and health advice (别吃油腻的 / 不要熬夜) is care, not
 * conduct corrected (round 18: aftercare too — 不要服用X / 别压到伤口 / 别沾水 / 别抓挠); 少等 is 稍等 mistyped or misheard (少等我查查), a hold request, not "wait less".
 */
const BARE_PROHIBITION = /^(?:你|那你)?(?:就|先)?(?:别|少(?!等)|不要)(?!急|着急|激动|担心|慌|客气|紧|害怕|介意|怕|的|人|挂|了|开|关|放|扔|挤|堵|提前|马上挂|动|碰|随意|轻信|透露|告诉|泄露|点击|相信|转账|忘|白|吃|喝|服用|服药|压到|压着|晒|沾水|抓|挠|揉|熬夜|饮酒|抽烟|剧烈|自己拆|自己修|自行|私自|拆|耽误|耽搁|延误|错过|继续(?:用|使用|骑|开|充|穿|戴))[^|]{1,8}$/u;

function hasProhibition(view: TextView): boolean {
  return PROHIBITION_MARK.test(view.original) && view.original.split(CLAUSE_SPLIT).some(isBareProhibition);
}

/**
 * Round 21 (a reading bug): 不要 + a description + 的 closing the clause names what is not wanted (要求是两寸照，不要反光的 — the
 * ones that …), a specification of the thing, not the customer's conduct forbidden.
 */
const NOT_THE_ONES = /^不要[^|]{1,8}的$/u;

/** Whether one clause (original text, punctuation stripped) is an unsoftened prohibition to the customer. */
export function isBareProhibition(clause: string): boolean {
  return BARE_PROHIBITION.test(clause) && !SOFTENED.test(clause) && !NOT_THE_ONES.test(clause);
}

/** Round 21: the turn announces a reminder (提醒您 / 提醒一下 / 温馨提示; not 我提醒你, a warning): a prohibition after it is care (…别漏了), not conduct forbidden. */
const REMINDER = /提醒(?:您|一下)|温馨提示/u;

/** The agent turns of `p`, once the customer has spoken, holding an unsoftened prohibition (the turn and its clause). */
export function bareProhibitions(p: PreparedTranscript): { turn: PreparedTurn; quote: string }[] {
  const out: { turn: PreparedTurn; quote: string }[] = [];
  const firstCustomer = p.customer[0]?.index ?? Infinity;
  for (const t of p.agent) {
    if (t.index < firstCustomer || !lineTest(t.view, LINE_TEST.bareProhibition, hasProhibition)) continue;
    const quote = t.view.original.split(CLAUSE_SPLIT).find(isBareProhibition);
    if (quote && !afterReminder(t.view.original, quote) && !afterStep(t.view.original, quote)) out.push({ turn: t, quote });
  }
  return out;
}

/** Whether the turn announced a reminder before the prohibition's clause (提醒您 眼药一天两次 别漏了). */
function afterReminder(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  const r = REMINDER.exec(text);
  return r !== null && r.index < at;
}

/**
 * Round 23: a step of a procedure framed by its moment (X后 / X时 / X的时候: 充电时…，不要… / 摔过之后先关机，别…) earlier in the
 * same sentence: the prohibition is that procedure's last step, advice on what to do then, not the customer's conduct
 * corrected (dev24b, dev25a); not a moment of the agent's own (我查的时候，别…). Not the adverbs 稍后 / 然后 / 最后 / 以后 / 随时 / 及时 / 按时 / 暂时 / 同时 / 平时 / 有时 / 小时, and not
 * across a sentence end (。！？).
 */
const STEP_MOMENT = /(?:\p{Script=Han}(?<![稍然最以之随及按暂同平有小准临当顿])(?:后|时|的时候)|\p{Script=Han}(?:之后|以后))[^，,。.！!？?；;\s]{0,12}[，,；;\s]/u;
const SENTENCE_END = /[。.！!？?]/gu;

/** Whether the prohibition's sentence opens, before it, with a clause framed by a moment of the procedure. */
function afterStep(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  if (at <= 0) return false;
  let from = 0;
  for (const m of text.slice(0, at).matchAll(SENTENCE_END)) from = m.index + 1;
  const before = text.slice(from, at);
  return STEP_MOMENT.test(before) && !before.includes('我'); // 我查的时候，别… frames the agent's own moment, not a step
}

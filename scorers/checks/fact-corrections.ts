/**
 * Self-corrections in an agent turn (split from facts.ts): the marker before a value that restates a fact
 * (刚才口误了，应该是… / 我再确认了一下，是… / 不对，我看串行了，…), and whether it says the earlier words were wrong.
 */
import type { PreparedTurn } from '../context.js';

/**
 * The value follows a self-correction (刚才口误了，应该是5个工作日 / 我看错了，是…): it restates a fact
 * already given, so it is tied like an answer in the same turn even when the turn names no cue.
 */
export function correctsEarlier(t: PreparedTurn, m: { start: number }, bubbleBefore?: PreparedTurn): boolean {
  const before = t.view.norm.slice(0, m.start);
  if (restates(before)) return true;
  // round 26 (reading): a chat message read across its bubbles — the marker sent as a bubble of its own (不好意思，刚才记岔了。‖
  // 那款是七五折。) stands before the value as it would in one bubble
  return bubbleBefore !== undefined && t.continues === true && restates(bubbleBefore.view.norm + before);
}
/** Text `before` a value ends with a correction marker within reach, or opens with one (the whole text restates). */
function restates(before: string): boolean {
  return CORRECTION.test(before.slice(Math.max(0, before.length - CORRECTION_REACH))) || OPENS_WITH_CORRECTION.test(before) || OPENS_OWNING_ERROR.test(before);
}
/**
 * A turn that opens by announcing a correction (更正一下，免费保管十八小时，之后每十二小时收0.5元 / 不好意思纠正一下…): the
 * whole turn restates, however many clauses stand between the marker and the value (CORRECTION_REACH is for a marker
 * inside the turn).
 */
// 不对 opening the turn takes back what the agent said before (不对，我看串行了，…) [S20 准确性: a self-correction]
const OPENS_WITH_CORRECTION = /^(?:嗯|呃|啊|哦|那个|就是|不好意思|抱歉|对不起|sorry|补充)*(?:(?:我)?(?:这边)?(?:更正|纠正)|不对)/u;
// (说岔了 is the spoken 说错了; 刚才那个再跟您说一下 / 再跟您说一下 announce the answer said again, not a new one)
// …or re-checked and restated with authority (我再确认了一下，是15天，以这个为准 / 我重新核实了，是…): the
// agent's own second look replaces what it said before, as a 更正 does. A plain re-look counts the same
// when it is the agent's own (我再看一下……哦，应该是…); 您再看一下 asks the customer to look, not a restatement
// — also the misreading said as 看串(行)了 (read the wrong line), what was said owned as 说得不准确 / 说的不对, and the
// second look with 又 (我又看了一下规则，…) or 再对了一下; round 18: a figure "reported wrong" by the agent (刚才报错了，准确的
// 是…) — only with 刚才 / 我 before it: 报错 alone is also an error message (APP一直报错)
// round 20: a value framed as the accurate one (准确的是 / 正确的是 / 准确地说 / 确切来说) presupposes an inaccurate one said
// before: the frame restates and takes back, with or without an error word beside it (我复查了一遍，准确的是…)
const CORRECTION_BODY = String.raw`(?:口误|看漏|报串|(?:说|讲|报)(?:的|得)有误|(?:说|讲|报)(?:得|的)不(?:准确|准|对)|(?:准确|正确|确切)(?:的是|地说|的说|来说|说)|说错|看错|讲错|记错|搞错|说岔|看串|看岔|更正|纠正|(?:刚才|刚刚|我)报错|又(?:看|查|确认|核实|核对|对)了|再对了|(?:刚才(?:那个|的)?|再)(?:再)?(?:跟|给|和)(?:您|你)(?:再)?(?:说|讲)(?:一下|一遍)|(?:再|重新)(?:确认|核实|核对|查)(?:了)?(?:一)?下?|(?<![您你])(?:再|重新)看(?:了)?(?:一)?下|(?<![您你])(?:再|重新)看了)`;
// round 24: a turn that opens by owning an error — its first words, after an apology, say the agent's earlier words were
// wrong (抱歉，前面看漏了，以这个为准。… / 不好意思，上一句报得不对，… / 我把两个单子看串了，…) — restates the fact in the
// whole turn, as an opening 更正 does: the value often comes a sentence later, past 以这个为准. The error is said as a
// verb of saying, looking or noting with a result of error (说错 / 看漏 / 看成了 / 报串), or what was said judged wrong
// (报得不对 / 说的有误); the error is not the customer's (您记错了 is no take-back of the agent's own words).
// round 25: a frame with an open slot — what was said before, named by a demonstrative, judged wrong (刚才那个不对 /
// 刚刚那个数不对 / 前面那个说法有误; not 那样 / 那句话是我, manner, nor 态度 / 口气 / 语气)
const THAT_WAS_WRONG = String.raw`(?:前面|刚才|刚刚|之前|上面)(?:我)?(?:说的|讲的|报的)?那个(?:(?!态度|口气|语气|话|人|师傅)[^不]){0,2}(?:不对|有误|错了)`;
const OWNED_ERROR = String.raw`(?:口误|(?:说|讲|看|记|报|搞|念|写)(?:错|岔|串|漏|反)|看成了|${THAT_WAS_WRONG}|(?:说|讲|报|念|写)(?:得|的)(?:不(?:准确|准|对)|有误)|(?:前面|刚才|刚刚|之前|上面|上一句)(?:的|说的|讲的|报的)?有误)`;
// round 25: the same frame inside the turn, and the answer announced as said anew (重新说 / 重说一下, as 再跟您说一遍)
const CORRECTION = new RegExp(String.raw`(?:${CORRECTION_BODY}|${THAT_WAS_WRONG}|(?<![郑着])重(?:新)?(?:跟您|给您)?说)[^]{0,10}$`, 'u');
const OPENS_OWNING_ERROR = new RegExp(String.raw`^(?:嗯|呃|啊|哦|那个|就是|不好意思|抱歉|对不起|sorry)*(?![^]{0,10}?[您你]${OWNED_ERROR})[^]{0,10}?${OWNED_ERROR}`, 'u');
/** How far back (characters) a correction marker reaches to the value it introduces. */
const CORRECTION_REACH = 16;

/**
 * The correction says the earlier words were wrong (更正 / 说错了 / 口误 / 看串了 / 不对 / 说得不准确) somewhere in its turn
 * before the value: it takes back what was said, not only re-checks it (我再确认了一下 may answer a new question).
 */
export function takesBack(t: PreparedTurn, m: { start: number }): boolean {
  return TAKES_BACK.test(t.view.norm.slice(0, m.start));
}
const TAKES_BACK = /口误|看漏|报串|(?:说|讲|报)(?:的|得)有误|(?:报)(?:得|的)不(?:准确|准|对)|(?:前面|刚才|之前|上一句)(?:的)?有误|(?:准确|正确|确切)(?:的是|地说|的说|来说|说)|说错|看错|讲错|记错|搞错|说岔|看串|看岔|更正|纠正|(?:刚才|刚刚|我)报错|(?<!对)不对|(?:说|讲)(?:得|的)不(?:准确|准)/u;

/**
 * What follows a request to wait in the agent's own words (split from silence.ts, round 23): whether it is the look-up's
 * answer (the wait announced and answered at once) or leaves the look-up still ahead.
 */
import type { PreparedTurn } from '../context.js';
import type { PhraseMatch } from '../text/fuzzy.js';
import { agentActsNext } from './silence-turns.js';
import { anyBubble, messageStart } from '../message.js';
import { spokenPauseBetween, type TextView } from '../text/view.js';

/** The tail opens as an aside (请您稍等。哦对了，我是客服小周…): said while the look-up is still ahead, not its result. */
const ASIDE_OPENS = /^[^]{0,4}?(?:对了|补充一下|补充一句|顺便(?:说|提|讲)一(?:下|句)|顺带(?:说|提)一(?:下|句)|插一句)/u;

/** An indirect question: the object of a look-up (…有没有登记 / …是不是已经发出 / …还剩多少). */
export const LOOKUP_OBJECT_ASKS = /有没有|是不是|是否|能不能|可不可以|对不对|多少|什么|哪/u;

/** Characters after the last request to wait that make the turn its own answer. */
const ANSWERED_TAIL = 12;
/**
 * Words in that tail that still announce a wait or a return (查到了马上告诉您, 大概需要五分钟), or the look-up
 * still ahead — whom the agent goes to ask (请稍候，我去跟值班经理确认一下 / 我这边跟厂家核实一下型号), a transfer
 * (我给您转接一下售后那边), what it checks first (先核实个情况) or the look-up said for the customer (稍等，帮您看看
 * 这期的账单明细) or by the agent where it looks (我到系统里看一下审核环节 / 我去会员档案系统里面翻翻 — up to 8 characters between / 我看看当天的记录): a check the agent is about to make is no answer, however long the name of what it checks. 您确认一下 / 您先确认 ask the customer, so they are not one.
 * So is the look-up said with 把, the record first and the retrieval after it (我把您的申请调出来看看 / 我把号码放到库里比对一下;
 * the tail's own start when the request took the 我: 等一下我|把…), not once done (…调出来了).
 * Round 26: …or whom the agent is about to phone (稍候，我给仓库打个电话 / 我这边给值班室打一个内线): a third party asked, the
 * look-up still ahead — not a call to the customer (给您打个电话: a callback) nor one made (打了个电话).
 */
const WAIT_OR_RETURN = /等|稍候|(?:(?<![您你请])我(?:这边|先|再|马上|这就|现在)?|^)把[^了]{1,12}?(?:(?:调|找|翻|拿|拉)出(?:来)?(?![来了])|调取(?!了)|(?:比对|核对|核实|对|查|看|翻|找|调)(?:一下|下)(?!了)|(?:查查|看看|翻翻|找找|调调)(?!了))|马上|一会|回复|回电|告诉您|告诉你|通知您|通知你|分钟|时间|挂机|别挂|不要挂|查到|转接|(?<![您你请])先(?:确认|核实|核对|了解|问)|(?:帮|为|给|替)(?:您|你)(?:查|看|核实|核对|确认|问|了解)|(?<![您你请])(?:跟|和|与)[^]{0,10}?(?:确认|核实|核对|沟通|联系)一?下|(?<![您你请])我(?:这边|先|再)?(?:到|去|在)?[^，,。]{0,8}?(?:看看|看一下|查查|查一下|翻翻|翻一下)|(?<![您你请])给(?![您你])[^，,。|]{1,10}?打(?:个|[一1]个|一下)?(?:电话|内线)(?!了)|(?<![您你请])(?:去跟|去找|去问|向)[^，,。]{0,12}(?:确认|核实|核对|了解|问|请示|联系)(?:一下|下)?[。！!~～…\s]*$/u;

/**
 * Text said after the last request to wait answers the look-up (so it announces no wait): at least ANSWERED_TAIL
 * characters, with no word of waiting or coming back, no aside opening it, no act of the agent's still ahead.
 */
export function tailAnswers(tail: string): boolean {
  return !(tail.length < ANSWERED_TAIL || WAIT_OR_RETURN.test(tail) || ASIDE_OPENS.test(tail) || agentActsNext(tail));
}

/**
 * Round 23: a chat message sent as bubbles is one turn — a request to wait in an earlier bubble (稍等，我查一下。‖ 对了，…)
 * still stands after the last one, unless the later bubbles answer the look-up (`announce` reads them as the rest of the
 * asking bubble's turn: holdAnnouncement's tail). Returns the bubble that asked, or the last bubble with no announcement.
 */
export function messageAnnouncement(
  ts: readonly PreparedTurn[],
  last: PreparedTurn,
  announce: (t: PreparedTurn, after: string) => PhraseMatch | null,
): { lastAgent: PreparedTurn; announcement: PhraseMatch | null } {
  let after = last.view.norm;
  const i = ts.indexOf(last);
  for (let k = i - 1, start = messageStart(ts, i); k >= start; k--) {
    const bubble = ts[k]!;
    const ask = announce(bubble, after);
    if (ask) return { lastAgent: bubble, announcement: ask };
    after = bubble.view.norm + after;
  }
  return { lastAgent: last, announcement: null };
}

/** Round 23: the chat message of bubble `last` asks the customer something (a question mark in any of its bubbles). */
export function messageAsks(ts: readonly PreparedTurn[], last: PreparedTurn): boolean {
  return anyBubble(ts, ts.indexOf(last), asks);
}
const asks = (b: PreparedTurn): boolean => QUESTION.test(b.turn.text);
const QUESTION = /[?？]/u;

/**
 * Round 25: after the clause holding position `from` (the request to wait's end) the turn says exactly one more clause — a
 * clause break or a pause in speech opens it and none follows; with the turn handing the word over (silence-turns.ts
 * handsOver), that clause is a question put to the customer while the look-up runs, not the look-up's result.
 */
const SPACED = /\S\s+\S/u;
export function oneQuestionAfter(v: TextView, from: number): boolean {
  const n = v.norm.length;
  const spoken = SPACED.test(v.original);
  let opened = false;
  for (let i = Math.max(from, 1); i < n; i++) {
    if (!v.breakBefore[i] && !(spoken && spokenPauseBetween(v, i - 1, i))) continue;
    if (opened) return false;
    opened = true;
  }
  return opened;
}

/**
 * What a single turn says about a silence around it (silence.ts): a line check (喂？在吗？), a question that
 * hands the word over, the customer asking for a moment of their own, a backchannel, a turn said over the
 * customer. Split from silence.ts, which classifies the silences with them.
 */
import { clauseTextOf, heardRegExp, heardText } from '../text/patterns.js';
import { STICKER_SOURCE } from '../text/chat-marks.js';
import { findVocab, vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';

/** A customer line that only checks the connection: it asks for the word the agent owes. */
const LINE_CHECK = /^(?:喂+|哈?喽|hello|hi|你好|您好)?(?:喂+|在吗|还在吗|人呢|有人吗|还在不在|在不在|听得到吗|听得见吗|能听到吗|能听见吗|听到了吗|听见了吗|怎么不说话了?|没声音了?|喂+)[吗呢啊呀]?$/u;
/**
 * Spoken fillers a recogniser keeps around a line check (呃 喂 就是 能听见吗 / 嗯 有人吗 / 这个 喂听得到吗): they add nothing, so the
 * turn is still only the check once they are taken out (a turn of fillers alone is none).
 */
const LINE_CHECK_FILLER = /嗯|呃|额|那个|这个|就是/gu;

/**
 * The agent hands the word over when its turn ends on a question: a question mark, or (speech
 * recognition drops punctuation) a final clause with a question particle or construction.
 */
const QUESTION_MARK = /[?？]\s*$/u;
const QUESTION_CLAUSE = /(?:吗|么|呢|请问|是否|能否|可否|有没有|是不是|对不对|行不行|好不好|可不可以|能不能|要不要|多少|哪[里个些儿天种]?|什么|几[个位号点天]|怎么|如何|请(?:您)?(?:提供|告诉|说|讲|报|输入|确认一下您|核对一下您)|麻烦(?:您)?(?:提供|告诉|说|报))/u;

function lastClause(text: string): string {
  const trimmed = text.replace(/[\s。.!！~～…]+$/u, '');
  const parts = trimmed.split(/[。.!！?？；;，,、\n…]/u);
  return parts[parts.length - 1] ?? trimmed;
}

/** Whether an agent turn hands the word to the customer (memoised on the line's view). */
export function handsOver(t: PreparedTurn): boolean {
  // a field of the view (per text, as the answer is), not a memo Map entry per cached line
  const view = t.view;
  if (view.handsOver < 0) view.handsOver = QUESTION_MARK.test(t.turn.text) || QUESTION_CLAUSE.test(lastClause(t.turn.text)) ? 1 : 0;
  return view.handsOver === 1;
}

/**
 * The customer asks the agent to wait while it looks, thinks or asks someone (稍等我翻一下 / 您等我一下 /
 * 我想想 / 让我找找): the customer owes the next word, in a chat too, however long it takes. Not 我等一下 (the
 * customer accepting the agent's wait) nor 帮我查一下 (asking the agent to look); and only when the request
 * ends the turn — 我想想，订单号是8325… has already given what was being looked for.
 */
const CUSTOMER_OWN_WAIT = /(?:(?<!我)等(?:我|一下|下|会儿?|一会儿?)|稍等|稍候|(?<![帮给替为])(?:我|让我)(?:先|再)?(?:想想|想一下|找找|找一下|翻翻|翻一下|查查|查一下|看看|看一下|问问|问一下|去拿|去找|拿一下))/gu;
/** Longer customer turns say more than a request to wait (a question, a complaint). */
const CUSTOMER_OWN_WAIT_MAX = 16;
/** What may follow the request in its turn: its object (材料, 家里人), not an answer. */
const CUSTOMER_OWN_WAIT_TAIL = 4;

/** Whether a customer turn asks the agent to wait for it (only asked of the turn before a long gap). */
export function customerAsksToWait(t: PreparedTurn): boolean {
  if (t.turn.speaker !== 'customer') return false;
  const norm = t.view.norm;
  if (norm.length > CUSTOMER_OWN_WAIT_MAX || QUESTION_MARK.test(t.turn.text) || /[吗呢]$/u.test(norm)) return false;
  let lastEnd = -1;
  for (const m of norm.matchAll(CUSTOMER_OWN_WAIT)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return false;
  // …or what the customer goes to do meanwhile, said with 我 (稍等，我拿下老花镜 / 等一下，我去车上看看车架号): its own errand,
  // no figure in it (稍等我说错了，是8325 gives the answer)
  return norm.length - lastEnd <= CUSTOMER_OWN_WAIT_TAIL || (norm.startsWith('我', lastEnd) && !/\d/u.test(norm.slice(lastEnd)));
}

export function isLineCheck(t: PreparedTurn): boolean {
  const norm = t.view.norm;
  if (norm.length > 16) return false;
  if (norm.length <= 12 && LINE_CHECK.test(norm)) return true;
  const bare = norm.replace(LINE_CHECK_FILLER, '');
  return bare.length > 0 && bare.length < norm.length && LINE_CHECK.test(bare);
}

/**
 * The agent checking the customer is still there (请问您还在吗？/ 您好，还在线吗？/ 喂，能听到吗), alone or with
 * the idle notice chat desks add (…长时间未回复将结束会话): it is waiting on the customer.
 */
const AGENT_LINE_CHECK = /^(?:喂+|您好|你好)?(?:请问)?(?:您|你)?(?:现在)?(?:还)?(?:在吗|在线吗|在不在|在线上吗|能听到吗|能听见吗|听得到吗|听得见吗|听到了吗)[呢啊呀]?(?:[^]{0,24}?(?:未回复|没有回复|无回复|没回复|未收到|无应答|没有声音|听不到)[^]{0,24})?$/u;

export function isAgentLineCheck(t: PreparedTurn): boolean {
  return t.view.norm.length <= 64 && AGENT_LINE_CHECK.test(t.view.norm);
}

/** Interjections that only show the agent is listening. */
const INTERJECTION = /^(?:嗯|恩|哦|噢|喔|啊|呃|唔|额)+$/u;
/**
 * Short acknowledgements: a backchannel when said over the customer. As heard (round 22): a recogniser's
 * homophone of the word (式的 for 是的, 队 for 对) is the same acknowledgement to a listener.
 */
const ACKNOWLEDGEMENT = heardRegExp(/^(?:嗯|恩|哦|噢|喔|啊|呃|唔|额|是|对|好|行|明白|收到|了|的|嘞)+$/u);

/**
 * A backchannel: an agent turn of interjections only, or a short acknowledgement (≤ 3 characters:
 * 是, 对, 好的) that starts while a customer turn is still going on.
 */
export function isBackchannel(t: PreparedTurn, p: PreparedTranscript): boolean {
  if (t.turn.speaker !== 'agent') return false;
  const norm = t.view.norm;
  const n = norm.length;
  // most turns are sentences: out before any regex (this runs for every dialogue turn)
  if (n > 6) return false;
  if (n === 0 || INTERJECTION.test(norm)) return true;
  return n <= 3 && ACKNOWLEDGEMENT.test(heardText(norm)) && saidOverCustomer(t, p);
}

/**
 * The agent's first `n` turns that take the floor: a backchannel (嗯嗯 / 对对 said over the customer) only shows the
 * agent is listening — it neither announces nor answers — so agent-id does not count it among the opening turns in
 * which the agent should introduce themself [S22 服务人员识别信息].
 */
export function firstAgentTurns(p: PreparedTranscript, n: number): PreparedTurn[] {
  const out: PreparedTurn[] = [];
  // round 23: a chat message sent as bubbles counts once — its later bubbles join the message they continue
  let counted = 0;
  let last = -1;
  for (let k = 0; k < p.agent.length; k++) {
    const t = p.agent[k]!;
    if (last === k - 1 && last >= 0 && (t.continues || openingBubble(p, p.agent[last]!, t))) {
      out.push(t);
      last = k;
      continue;
    }
    if (counted >= n) break;
    if (!isBackchannel(t, p) || takesTheFloor(t, p)) {
      out.push(t);
      counted++;
      last = k;
    }
  }
  return out;
}

/**
 * Round 26 (a reading): the opening message of a chat sent as bubbles 2.0–2.25 s apart (您好，这里是X。 / 请问有什么…) is one
 * message, as prepare reads bubbles within MESSAGE_GAP_MS: authors' chat widgets space a message's bubbles by a typing delay
 * of 1.5–2.25 s, and the 2 s bound cut that range in two. Only for counting the opening turns (here), where no timing is
 * read; the other checks keep MESSAGE_GAP_MS. A chat turn has no length (startMs = endMs); nothing said between.
 */
const OPENING_BUBBLE_GAP_MS = 2250;
function openingBubble(p: PreparedTranscript, prev: PreparedTurn, t: PreparedTurn): boolean {
  if (t.turn.endMs !== t.turn.startMs || prev.turn.endMs !== prev.turn.startMs) return false;
  const gap = t.turn.startMs - prev.turn.endMs;
  if (gap > OPENING_BUBBLE_GAP_MS || gap < 0) return false;
  for (let i = prev.index + 1; i < t.index; i++) if (p.turns[i]!.turn.speaker === 'customer') return false;
  return true;
}

/** Round 17: an interjection said as a call's turn of its own, after the customer finished (嗯嗯 in a pause), takes the floor. */
function takesTheFloor(t: PreparedTurn, p: PreparedTranscript): boolean {
  return t.view.norm.length > 0 && t.turn.endMs > t.turn.startMs && !saidOverCustomer(t, p);
}

/**
 * A full acknowledgement that closes the speaker's turn (明白 / 收到 / 可以): said into the customer's
 * sentence it takes the floor — unlike a continuer (嗯 / 对 / 是 / 好 / 哦), which asks the speaker to go
 * on. Conversation analysis tells the two apart (continuers vs. acknowledgement tokens that prepare a next
 * turn). 好的 / 好嘞 stay continuers: QA rule sets list 好的 among the 附和语 an agent may say while the
 * customer talks, and the labels' definition lists it (round 9, docs/scoring.md; dev4b and dev6a dissent).
 */
const CLOSING_ACKNOWLEDGEMENT = /^(?:行的|可以|明白了?|收到了?|了解了?|知道了)(?:啊|哈)?$/u;

export function closesTheTurn(t: PreparedTurn): boolean {
  return CLOSING_ACKNOWLEDGEMENT.test(t.view.norm);
}

/** The turn starts while a customer turn is going on (never in a chat: its turns have no length). */
export function saidOverCustomer(t: PreparedTurn, p: PreparedTranscript): boolean {
  const at = t.turn.startMs;
  return p.customer.some((c) => c.turn.startMs < at && at < c.turn.endMs);
}

/**
 * The customer's turn is nothing but acknowledgements (嗯 / 好的 / 行: the rubric's backchannels), spoken
 * fillers (那个 / 就是 / 呃 — ASR keeps them: 嗯那个好的。) and go-ahead continuers (嗯，你说 / 好，您说 — the
 * listener handing the floor back, a continuer in conversation analysis): it takes no word from the agent.
 */
export function onlyAcknowledges(c: CompiledRubric, t: PreparedTurn, also?: RegExp): boolean {
  const norm = t.view.norm;
  const said = new Uint8Array(norm.length).fill(1);
  for (const h of vocabHits(c, 'backchannels', t)) said.fill(0, h.start, h.end);
  for (const m of norm.matchAll(FILLERS_AND_CONTINUERS)) said.fill(0, m.index, m.index + m[0].length);
  // (a caller's own words that take no word either: a global regex over the normalised text)
  if (also) for (const m of norm.matchAll(also)) said.fill(0, m.index, m.index + m[0].length);
  return !said.includes(1);
}

/**
 * The customer's consent to a wait asked for as a question (…您在线等我一下好吗？— 好，我等着 / 行，你查吧 / 行 我等一下): it answers
 * the request, not what the look-up is for, so the wait stays announced (silence.ts gapAnnouncement).
 */
export function consentsToWait(c: CompiledRubric, t: PreparedTurn): boolean {
  return onlyAcknowledges(c, t, CONSENTS_TO_WAIT);
}

/**
 * round 19: the customer said something of their own (a new request, a detail — not 好的 / 我等着 / 喂？) after the agent's
 * last turn: a wait that agent announced (我先登记一下) is then not what a short gap after it waits on — the customer's words
 * are, and the next word about them is the agent's (silence.ts: dead-air; timeliness.ts reads response-latency the same way) —
 * unless the agent's turn asked them for something, which their words then answer.
 */
export function saysItsOwn(c: CompiledRubric, t: PreparedTurn): boolean {
  return !onlyAcknowledges(c, t) && !consentsToWait(c, t) && !isLineCheck(t);
}
export function ownWordsSince(c: CompiledRubric, t: PreparedTurn | null, lastAgent: PreparedTurn | null): boolean {
  return !!t && !!lastAgent && t.turn.speaker === 'customer' && t.index > lastAgent.index && !ASKS_CUSTOMER.test(lastAgent.turn.text) && saysItsOwn(c, t);
}
/** The agent's turn asks the customer for something (说一下手机后四位 / 是哪天？): what the customer says next answers it. */
const ASKS_CUSTOMER = /[?？吗]|(?:说|报|讲|提供|告诉|发|念|输入|确认)(?:一下|下|给我)|多少|哪|什么|几/u;
const CONSENTS_TO_WAIT = /(?:我)?(?:在线|就)?(?:等着|等你|等您|等一下|等一会儿?|等下)(?:吧|呢|啊|哈|呀)?|(?:你|您)(?:先)?(?:查|看)(?:吧|一下吧)|不着急|没问题/gu;

/**
 * Spoken fillers that say nothing (那个, 这个, 就是, 呃, 额, 啊, 唔; 哪个 is how ASR hears the filler 那个 before an
 * acknowledgement: 哪个好的) and continuers (你说, 您说, 你讲, 请说, 说吧).
 */
const FILLERS_AND_CONTINUERS = /那个|这个|就是|哪个(?=好|行|嗯|对|是)|[呃额啊唔]|[你您请]?(?:说|讲)吧?(?![^吧])/gu;

/**
 * The customer's turn signs off: nothing more (没有了 / 就这些), thanks or a goodbye, "that's it for now", a bare receipt
 * (行。/ 嗯), or the customer saying it is leaving (我先挂了 / 先下线了). As the contact's last words it is owed no reply,
 * whoever then ended the contact (response-latency: an agent that hangs up after the customer's 拜拜 kept nobody waiting).
 */
export function signsOff(c: CompiledRubric, t: PreparedTurn): boolean {
  return findVocab(c, 'nothingMore', t) !== null || findVocab(c, 'customerLeaveTaking', t) !== null || endsForNow(t) || RECEIPTS_ONLY.test(bareWords(t.turn.text)) || LEAVING.test(clauseTextOf(t.view).text) || GIVES_UP.test(clauseTextOf(t.view).text) || JUST_SO.test(clauseTextOf(t.view).text);
}
/** As last words only, 就这样(吧) as a whole clause signs off too (as a closing cue it stays out: endsForNow). */
const JUST_SO = /(?:^|\|)(?:那个|呃|嗯|好的|好|行|哦|ok)*(?:那|那就)?就这样(?:吧|了|啊|哈)?(?:$|\||谢谢|拜拜|再见)/u;
/**
 * The customer gives up as a clause of its own (算了，我自己再跑一趟吧 / 那算了 / 算了算了，不问了): "never mind" drops the
 * matter — what follows is the customer's own plan, not a word to the agent (none of 你 / 您 / 吗 after it).
 */
const GIVES_UP = /(?:^|\|)(?:呃|嗯|哎|唉|那个|就是|哦|好吧|行吧)*那?算了(?:算了)?(?:吧|啊|哈)?(?:$|\|)(?![^]*[你您吗])/u;
/**
 * `text` lower-cased with punctuation, spaces and ellipses gone: 嗯。/ 行… / 好的！ are the same receipt; round 22: so are
 * 好的😊 / 好的👍🏻 / 好的[微笑] (an emoji, its modifiers, or a chat sticker code after the words: text/chat-marks.ts).
 */
export function bareWords(text: string): string {
  return text.toLowerCase().replace(NOT_WORDS, '');
}
const NOT_WORDS = new RegExp(`${STICKER_SOURCE}|[\\s\\p{P}\\p{So}\\p{Sk}\\p{Cf}\\p{Emoji_Modifier}\\uFE0F~～]`, 'gu');
/** Receipt tokens and nothing else, one or several (行。/ 好的，知道了。/ 嗯嗯，明白): not 喂 (is anyone there?) nor 稍等. */
const RECEIPTS_ONLY = /^(?:(?:嗯|哦|噢|喔|好的|好嘞|好|行|可以|ok|okay|对|是|明白|知道|了解|收到|晓得)(?:的|了|吧|啊|哈|呀)?)+$/u;
/** The customer says it is going as its last clause (我先挂了 / 那我挂了哈 / 先下线了 / 我先走了). */
const LEAVING = /(?:挂了|下线了|先走了|先下了)(?:啊|哈|哦)?(?:$|\|)/u;

/**
 * The customer's "that's it for now" (那先这样 / 好，就先这样吧) as a whole clause, only discourse markers before it. As the
 * contact's last words it is the customer leaving (the agent had no turn left); answered by the agent (…先这样 — 好。), it
 * handed the agent the close [S3 结束语 after the customer's leave] — counted as "nothing more" only then.
 */
export function endsForNow(t: PreparedTurn): boolean {
  return t.view.norm.includes('这样') && ENDS_FOR_NOW.test(clauseTextOf(t.view).text);
}
const ENDS_FOR_NOW = /(?:^|\|)(?:那个|呃|嗯|好的|好|行|哦|ok)*(?:那|那就)?(?:先|就先)这样(?:吧|了|啊|哈)?(?:$|\||谢谢|拜拜|再见)/u;

/**
 * Round 20 (silence.ts lookupAnsweredInTurn): the tail after the request to wait opens with what the agent will do next,
 * in any two-character verb with the tentative 一下 and no 了 (请稍等，我换算一下运费 / 稍等，我汇总一下…): the task the wait
 * is for, still ahead, as 我查一下 is. Not a verb of saying (我说一下 / 我解释一下 …: the answer follows in the turn).
 */
const AGENT_ACTS_NEXT = /^(?:那|好)?我(?:这边|先|再|马上|现在)?(?:来|去)?(?!说|讲|解释|介绍|告诉|提醒|强调|补充|重复|总结)\p{Script=Han}{2}一下(?!了)/u;
/**
 * Round 23: …with where the agent goes (我去仓库那边清点一下 / 我到前台那儿登记一下 / 我去库房系统里调一下) or what it handles, said
 * with 把 (我把这张单的进度刷新一下), between the 我 and the verb: the same action still ahead, in any one- or two-character verb — not a verb of saying
 * (我把情况说明一下 / 我把规则解释一下: the answer follows in the turn), not once done (…刷新了一下).
 */
const AGENT_ACTS_THERE = /^(?:那|好)?我(?:这边|先|再|马上|现在|这就)?(?:(?:去|到)[^，,。！!？?\s]{1,8}?(?:那边|那儿|那里|这边|里面|里|上)|把[^，,。！!？?\s了]{1,12}?)((?:(?!了)\p{Script=Han}){1,2})一下(?!了)/u;
const SAYING = /说|讲|解释|介绍|告诉|提醒|强调|补充|重复|总结|念/u;
function actsThere(tail: string): boolean {
  const m = AGENT_ACTS_THERE.exec(tail);
  return m !== null && !SAYING.test(m[1]!);
}
export const agentActsNext = (tail: string): boolean => AGENT_ACTS_NEXT.test(tail) || (tail.includes('一下') && actsThere(tail));

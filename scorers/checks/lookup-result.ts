/**
 * round 22: the look-up's result, read by the order of turns (verification's disclosure, norms.ts firstDisclosure).
 *
 * The agent announces a look-up (请稍等，我查一下… / 我去问下站长 / 我调一下档案), the customer only waits (好的 / 我等着 /
 * 还在吗), and the agent's next turn that takes the floor states what it found about the actual case (a state reached
 * or pending, what the record shows, what the customer chose): whatever the nouns, that statement reads the customer's
 * record back [S21 查询告知: 请稍等，我帮您查询 — then the result; S22 5.3.3.2 identity first]. Not when the look-up was
 * in a rulebook (我翻一下规定 / 查一下知识库: a rule found), nor when the return is a question, another wait, the check
 * itself, a rule or a limit (按规定 / 最多 / 三天内), or the look-up's failure (没查到 / 查不到).
 */
import { vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { clauseBounds } from '../text/view.js';
import { keyedResultStart } from './keyed-result.js';
import { holdAnnouncement } from './silence.js';
import { isBackchannel, isLineCheck, onlyAcknowledges, consentsToWait } from './silence-turns.js';

/** The look-up is in the rules, not in the customer's record: a rulebook, a policy, a schedule, a price list. */
const RULEBOOK = /规定|政策|规则|规章|制度|知识库|标准|手册|章程|细则|排班|价目|收费表|文件|通知|公告/u;
/** The return's statement is a question, the look-up failed, or a general rule leads it (norm: no punctuation). */
const NOT_A_RESULT = /吗|(?:是不是|有没有|多少|哪|什么)(?!时候)|没(?:有)?(?:查|找|搜)(?:到|着)|(?:查|找|搜|看)不(?:到|着|了)|查询不到|没有(?:记录|信息|查询结果)|一般|通常|按规定|根据规定|按照规定|正常来说|正常情况/u;
/**
 * The statement speaks of the actual case, not of the general rule: a state reached or pending (已 / 目前 / 现在 / 还没 /
 * 最新), read off the record (显示 / 查到 / 记录), or what the customer chose or filled in (选的 / 填的 / 勾选). A rule
 * (押金是五百元 / 保修是三年 / 截止时间是开学前一周) has none of them.
 */
const ACTUAL = /已|目前|现在|最新|还(?:在|没|未)|显示|查到|记录|进度|状态|(?:选|填|写|勾选|登记)(?:了|的)/u;
/** …and a general limit or quantity is a rule's, whatever its aspect (每 / 最多 / …以内 / 正常), a promise the agent's (会在两天内…). */
const GENERIC = /每|最多|最高|最长|最少|至少|以内|之内|[天日时周月]内|正常|条款|标准|会在|会(?:给|通知|联系|安排|发|寄|派)/u;
/** A question mark in what the agent wrote or the transcript kept. */
const QUESTION_MARK = /[?？]/u;
/** A statement has some substance: more than the thanks, an apology or 好了. */
const MIN_STATEMENT = 6;
/** Words opening the return before its statement: 好了 / 嗯 / 就是, an apology for the wait (不好意思，让您等了 / 久等了). */
const RETURN_OPENING = /^(?:好了|好的|好|嗯|呃|那个|就是|不好意思|抱歉|对不起|(?:让您|让你)?(?:久等了|等了|等久了)|耽误您时间了|耽误您了)+/u;
/**
 * round 26: the first words of a clause that thanks or apologises (谢谢 / 感谢 / 多谢 / 抱歉 / 不好意思 / 对不起 / 让您…): a return's
 * opening clause, whatever follows in it (感谢您耐心等我查完 / 谢谢), when a further clause follows it and it holds no number.
 */
const THANKS_CLAUSE = /^(?:谢谢|感谢|多谢|抱歉|不好|对不|让您|让你)/u;
/**
 * round 23: the look-up's own completion, reported with nothing read off (我看到了 / 这边查到了 / 资料已经调出来了 / 档案找到了):
 * the agent's doing or the record as a whole as the subject, a verb of finding or retrieving in the completed aspect and
 * nothing after it — the record is open, what it holds is still unsaid. It opens the return as the thanks do; what
 * follows it (…资料调出来了，您的卡已经…) is the statement read. Not the customer's record named (您的合同我调出来了 —
 * the disclosure vocabulary's), nor a finding with its content (查到了您的… / 记录显示…: no 了 closes the verb there).
 */
const RETRIEVED_ONLY = /^(?:我|我这边|这边|系统)?(?:(?:资料|记录|档案|信息|数据|工单|单子|材料)(?:我|我这边|这边)?(?:已经|都)?(?:调出来|调出|调好|调到|找到|查到|打开)了|(?:已经|都)?(?:看到|查到|找到|调出来|查好|看过)了)/u;

/**
 * Where in agent turn `agent[i]` the look-up's result is stated, or -1: the agent's previous floor-taking turn announced
 * a look-up that is not in a rulebook, the customer only waited since, and this turn's statement (after the thanks for
 * waiting) is no question, failure, wait or rule.
 */
export function lookupResultStart(c: CompiledRubric, p: PreparedTranscript, i: number): number {
  const held = heldResultStart(c, p, i);
  return held >= 0 ? held : keyedResultStart(c, p, i); // round 25: or its key given (checks/keyed-result.ts)
}

function heldResultStart(c: CompiledRubric, p: PreparedTranscript, i: number): number {
  const t = p.agent[i]!;
  let j = i - 1;
  while (j >= 0 && isBackchannel(p.agent[j]!, p)) j--;
  const prev = j >= 0 ? p.agent[j]! : undefined;
  // (a turn that asks for the check is no result: its own words order the check and any record in it)
  if (!prev || holdAnnouncement(c, t) || vocabHits(c, 'verification', t).length) return -1;
  const ask = holdAnnouncement(c, prev);
  if (!ask || RULEBOOK.test(prev.view.norm.slice(ask.start))) return -1;
  for (let k = prev.index + 1; k < t.index; k++) {
    const u = p.turns[k]!;
    if (u.turn.speaker !== 'customer') continue;
    if (!onlyAcknowledges(c, u) && !consentsToWait(c, u) && !isLineCheck(u)) return -1;
  }
  return statementStart(c, t);
}

/** The start of the turn's statement after the return's thanks or apology, if it is a stated result; else -1. */
function statementStart(c: CompiledRubric, t: PreparedTurn): number {
  const norm = t.view.norm;
  let from = 0;
  for (let moved = true; moved; ) {
    moved = false;
    for (const h of vocabHits(c, 'holdThanks', t)) if (h.start <= from && h.end > from) (from = h.end), (moved = true);
    const m = RETURN_OPENING.exec(norm.slice(from)) ?? RETRIEVED_ONLY.exec(norm.slice(from));
    if (m) (from += m[0].length), (moved = true);
    else if (from < norm.length) {
      // round 26: the rest of a clause of its own that thanks or apologises for the wait, however worded (…久等了，谢谢。/
      // 感谢您耐心等我查完。): the statement is the clause after it
      const [open, end] = clauseBounds(t.view, from, from + 1);
      if (end < norm.length && THANKS_CLAUSE.test(norm.slice(open, open + 2)) && !/\d/u.test(norm.slice(open, end))) (from = end), (moved = true);
    }
  }
  if (from >= norm.length) return -1;
  // (the statement's own clause: what the turn adds after it — 还有别的问题吗 — is another matter)
  const to = clauseBounds(t.view, from, from + 1)[1];
  const rest = norm.slice(from, to);
  if (rest.length < MIN_STATEMENT || NOT_A_RESULT.test(rest) || !ACTUAL.test(rest) || GENERIC.test(rest)) return -1;
  return QUESTION_MARK.test(t.view.original.slice(t.view.from[from]!, t.view.to[to - 1]! + 2)) ? -1 : from;
}

/**
 * verification (round 12): an identity check the agent adds with 另外 ("besides, …") or 对了 once the customer has taken its
 * answer (…五个工作日就好 — 嗯，好 — 另外，麻烦报一下手机尾号) comes after the service: the agent read the record and answered,
 * and only then asked who is calling. 另外 is the discourse marker of a topic added after the matter was dealt with, 对了 of
 * an afterthought (`lateVerification` reads it with a check verb of its own); the customer's bare receipt right before it
 * shows the answer was given and taken [S22 5.3.3.2: identity before anything of the account]. Not late when what the
 * customer took was only a look-up announced or a wait (我查一下，请稍等 — 好的 — 另外，…尾号: nothing answered yet), a question, or a general rule
 * (一次最多停一个月 / 按规定… / 不超过…): a rule is no disclosure (dev17c@adj, first written as holdout10c, two items adjudicated so).
 */
import type { Interaction } from '../../harness/interaction/types.js';
import { findVocab, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import type { Rubric } from '../rubric/schema.js';
import type { ScoringScenario } from '../scorer.js';
import { evaluateFacts } from './facts.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';

/** The check turn opens with 另外 or 对了, fillers before it (呃 另外 就是 请把验证码念一下 / 对了，签约的是哪位？). */
const ADDED = /^(?:那个|嗯|呃|啊|哦|噢|就是|好的|好)*(?:另外|对了)/u;
/** ADDED of a line's norm, decided once per line (view.ts lineTest). */
const addedCheck = (view: TextView): boolean => ADDED.test(view.norm);
/** A customer turn that only takes what was said (嗯，好 / 行 / 可以 / 嗯 嗯好 / 就是 好), fillers stripped. */
const RECEIPT = /^(?:(?:嗯|哦|噢|好的|好嘞|好|行|可以|ok|对|是的|是|明白|知道|了解|收到|没错|那个|就是|呃)(?:的|了|吧|啊|呀)?)+$/u;
/** A statement framed as a general rule, which reads nothing off the record (一般 / 按规定 / 最长… / 不超过…). */
const RULE_FRAME = /一般|通常|规定|正常|最长|最多|最少|最低|最晚|不超过|不得超过|不能超过/u;
/** A question closing the agent's turn (…方便给我吗？): the customer's 好 answered it, it took no answer. */
const ASKS_AT_END = /(?:[？?]|[吗呢][？?]?)\s*$/u;

/**
 * The agent turn whose answer the customer took before a check `asked` opened by 另外 / 对了, when that check is late by this
 * structure; else null. Reads the dialogue backwards from the check only (no scan over the contact).
 */
export function checkAddedAfterAnswer(c: CompiledRubric, p: PreparedTranscript, asked: PreparedTurn): PreparedTurn | null {
  if (!lineTest(asked.view, LINE_TEST.addedCheck, addedCheck)) return null;
  const d = p.dialogue;
  let k = d.indexOf(asked) - 1;
  if (k < 1) return null;
  // the customer's receipt right before the check (an agent backchannel may sit between them)
  while (k >= 0 && d[k]!.turn.speaker === 'agent' && d[k]!.view.norm.length <= 2) k--;
  const receipt = d[k];
  if (!receipt || receipt.turn.speaker !== 'customer' || !RECEIPT.test(receipt.view.norm)) return null;
  // what it took: the agent turns back to the customer's last turn that was more than a receipt (a receipt to a
  // request to wait sits inside the block: 我查一下，请稍等 — 好的 — 辛苦您等了，…)
  let answer: PreparedTurn | null = null;
  let text = '';
  let asker = false;
  for (let j = k - 1; j >= 0; j--) {
    const t = d[j]!;
    if (t.turn.speaker === 'customer') {
      if (RECEIPT.test(t.view.norm)) continue;
      asker = true;
      break;
    }
    answer ??= t;
    text += t.view.norm;
  }
  if (!answer || !asker) return null;
  if (ASKS_AT_END.test(answer.turn.text) || RULE_FRAME.test(text)) return null;
  // a look-up announced or a wait asked for, and nothing after it, answered nothing yet
  const wait = findVocab(c, 'holdRequest', answer);
  if (wait && answer.view.norm.length - wait.end < 4) return null;
  return answer;
}

/**
 * verification (round 13): the same afterthought inside one turn — a value of the scenario's facts stated, then 对了 / 另外
 * opening the check (…需要补缴二百一十六元。对了，麻烦报一下收件人姓名和手机尾号): the agent read the record and answered before it
 * asked who is calling, and its own marker says the check is an addition [S22 5.3.3.2]. A marker at the turn's start is
 * checkAddedAfterAnswer's; a value said as a general rule (一般 / 规定 / 最长…) before it is no disclosure, as there.
 * `stated` are the starts (norm index) of fact values stated in the turn. Returns the marker's start, or -1.
 */
export function checkAddedInTurn(asked: PreparedTurn, checkStart: number, stated: readonly number[]): number {
  const norm = asked.view.norm;
  const from = Math.max(0, checkStart - MARKER_REACH);
  MID_MARKER.lastIndex = from;
  let at = -1;
  for (let m = MID_MARKER.exec(norm); m && m.index < checkStart; m = MID_MARKER.exec(norm)) at = m.index;
  if (at <= 0) return -1;
  const before = norm.slice(0, at);
  if (RULE_FRAME.test(before) || !stated.some((s) => s < at)) return -1;
  return at;
}
/**
 * 对了 / 另外 as a discourse marker (not 另外的 / 另外收 / 另外一个, normalised 另外1个: a thing, not a topic added). 对了 is a
 * word of its own, not the tail of a word ending in 对 (核对了 / 比对了 / 绝对了 / 不对了) nor a verb's 对 complement (说对了 / 填对了).
 */
const MID_MARKER = /(?<![核比校查相绝面针应反配不没答说猜做弄填选写念输报搞找算看听派敌成作一])对了|另外(?![的收付加交缴算1个])/gu;
/** How far before the check's words the marker may stand (…对了，为确认本人，请念一下验证码). */
const MARKER_REACH = 16;

/** Where 对了 / 另外 opens the check after a fact's value said earlier in its turn (checkAddedInTurn), or -1. */
export function inTurnAfterthought(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric, asked: { t: PreparedTurn; m: { start: number } }): number {
  if (!scenario.facts?.length || !lineTest(asked.t.view, LINE_TEST.afterthought, afterthought)) return -1;
  const stated: number[] = [];
  for (const r of evaluateFacts(interaction, scenario, rubric)) for (const s of r.statements) if (s.turn === asked.t && s.match.end <= asked.m.start) stated.push(s.match.start);
  return stated.length ? checkAddedInTurn(asked.t, asked.m.start, stated) : -1;
}
const MARKER_CHARS = /对了|另外/u;
/** MARKER_CHARS of a line's norm, decided once per line (view.ts lineTest). */
const afterthought = (view: TextView): boolean => MARKER_CHARS.test(view.norm);

/**
 * closing: did the agent have its turn to close before the customer's last words? (customerLeftMidContact: the whole
 * reading of a contact that ended without one — walked out, hung up on an answer, left on the survey invitation) [S3 结束语: the agent closes the
 * contact; S21 结束语 once the business is done]
 *
 * A customer who speaks last left mid-contact (closing N/A) only if the agent never reached the end of the business.
 * When the customer's last question was answered and the agent then spoke AGAIN (行。/ 好，您留意一下通知。/ 那就这样),
 * the business was done and that extra turn was the agent's place to thank or take leave; a customer who then only
 * acknowledges (嗯 / 嗯嗯 / 行 / 好的 / 哦) ends the contact by agreement, not by walking out — the closing belonged in the
 * agent's last turns before that receipt, so a missing one fails. A last line with content (a new question, 算了不办了,
 * a complaint) keeps the walk-out reading.
 */
import type { Interaction } from '../../harness/interaction/types.js';
import { findVocab, vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { clauseTextOf } from '../text/patterns.js';
import { holdAnnouncement } from './silence.js';
import { bareWords, endsForNow } from './silence-turns.js';
import { turnAsksQuestion } from './non-answer-forms.js';

/**
 * The whole turn is a receipt token: yes / OK / I see, repeated or combined, with fillers and a closing particle —
 * nothing the agent would still have to answer.
 */
const BARE_ACKNOWLEDGEMENT =
  /^(?:嗯|啊|呃|额|哦|噢|喔|唔)*(?:(?:嗯|哦|噢|喔|好|行|对|是|ok|okay)+(?:的|了|吧|呢)?|好的|知道了|明白了|晓得了|可以)?(?:嗯|啊|哦|哈|呀)*$/u;


/** True when the customer's last turn is a bare acknowledgement (at least one token of it). */
export function endsOnAcknowledgement(text: string): boolean {
  const bare = bareWords(text);
  return bare.length > 0 && BARE_ACKNOWLEDGEMENT.test(bare);
}

/**
 * The customer's last turn is a bare acknowledgement and, since the customer's last question, the agent spoke at least
 * twice (a hold announcement aside — 请您稍等 is the answer still coming): the agent answered and went on, so it had
 * its turn to close.
 */
export function agentHadClosingTurn(c: CompiledRubric, p: PreparedTranscript): boolean {
  const last = p.dialogue[p.dialogue.length - 1];
  if (!last || last.turn.speaker !== 'customer' || !endsOnAcknowledgement(last.turn.text)) return false;
  let question = -1;
  for (let k = p.customer.length - 1; k >= 0; k--) {
    const t = p.customer[k]!;
    if (t !== last && turnAsksQuestion(t) && !endsOnAcknowledgement(t.turn.text)) {
      question = t.index;
      break;
    }
  }
  if (question < 0) return false;
  let spoke = 0;
  for (const t of p.agent) if (t.index > question && !holdAnnouncement(c, t)) spoke++;
  return spoke >= 2;
}

/**
 * The customer left mid-contact: the contact did not complete, or the customer's turn is the last
 * one and the contact never reached its wrap-up — no 还有其他…吗 question, no survey invitation
 * (both come once the business is done [S21]), and the customer never said there was nothing more
 * (没了，谢谢), nor ended on thanks or a goodbye (好的谢谢，拜拜: the contact ended by agreement).
 * A customer who says goodbye after the wrap-up left at the end: the agent had its chance to close.
 */
export function customerLeftMidContact(c: CompiledRubric, interaction: Interaction, p: PreparedTranscript): boolean {
  if (interaction.outcome === 'abandoned' || interaction.outcome === 'failed') return true;
  const lastTurn = p.dialogue[p.dialogue.length - 1];
  if (!lastTurn) return false;
  // the agent hung up: the agent chose to end the contact, so nobody was cut off and a missing closing is owed
  if (interaction.events.some((e) => e.type === 'hangup' && e.detail?.['by'] === 'agent')) return false;
  // the customer spoke last, or hung up right after the agent's answer (the recorder says who ended it)
  const hungUpByCustomer = interaction.events.some((e) => (e.type === 'hangup' || e.type === 'ended') && e.detail?.['by'] === 'customer');
  if (lastTurn.turn.speaker !== 'customer' && !hungUpByCustomer) return false;
  // (round 25: a last turn that breaks off — 不说了 / 算了 / 行了 + where the customer is going — left before the close)
  if (lastTurn.turn.speaker === 'customer' && breaksOff(c, lastTurn)) return true;
  // …but only an agent whose last turn answered a question the customer had just asked was cut off; a customer who
  // only acknowledged, remarked or complained (好 / 哦好的 / 那我再想想) had finished, and the agent's reply to that
  // (嗯。/ 嗯，等通知吧) was its turn to close [S3 结束语: the agent closes the contact]
  // …and an agent that answered it and then spoke again (嗯，有结果短信会通知 / 那就这样 / 好了) had a turn of its own
  // after the business was done: the customer who hung up then did not cut it off
  if (lastTurn.turn.speaker !== 'customer') {
    const lastCustomer = p.customer[p.customer.length - 1];
    // (a resigned 好吧 / 行吧 ends like a question but accepts: the receipt, not a question — closing-turn.ts)
    if (!lastCustomer || endsOnAcknowledgement(lastCustomer.turn.text)) return false;
    if (!(turnAsksQuestion(lastCustomer) || PERFECTIVE_QUESTION.test(lastCustomer.turn.text))) return false;
    // (a turn that only puts the customer on hold — 请您稍等 — is the answer still coming, not a turn after it)
    if (p.agent.filter((t) => t.index > lastCustomer.index && !holdAnnouncement(c, t)).length >= 2) return false;
  }
  // …and the same agent before a customer's closing receipt (答 + 行。/ 那就这样 — 嗯): its turn to close (closing-turn.ts)
  else if (agentHadClosingTurn(c, p)) return false;
  // …while a customer who walks out on the wrap-up question itself (还有其他问题吗？— 算了不说了 / 不说了，我先挂了 / 算了我去
  // 镇上问) left before the close, which follows the answer to it: the agent had no turn left
  else if (wrapUpLeftUnanswered(c, p)) return true;
  const askedWrapUp = p.agent.some((t) => findVocab(c, 'wrapUpQuestions', t) || asksForMore(t));
  const saidNothingMore = p.customer.some((t) => findVocab(c, 'nothingMore', t) || (endsForNow(t) && p.agent.some((a) => a.index > t.index)));
  const lastAgent = p.agent[p.agent.length - 1];
  // the survey invitation announces the close and the goodbye follows it [S3 结束语 after 满意度评价]: a customer
  // who leaves on the invitation itself (the agent's last turn) took the agent's closing turn; the wrap-up
  // question (还有其他…吗) or the customer's "nothing more" did give the agent its chance
  // a customer whose last words thank or say goodbye ended the contact by agreement; only the turn
  // that ends the contact counts: a 谢谢 after a hold or an answer mid-contact says nothing about how it ended
  const tookLeave = lastTurn.turn.speaker === 'customer' && findVocab(c, 'customerLeaveTaking', lastTurn) !== null;
  // (…but a customer who answers the invitation with thanks or goodbye — 好的谢谢，拜拜 — left by agreement, not on it: the
  // agent's invitation was its last turn and owed the close; a walk-out on it, 行我知道了，先挂了, took that turn)
  if (!askedWrapUp && !saidNothingMore && !tookLeave && lastAgent !== undefined && lastTurn.turn.speaker === 'customer' && endsOnSurvey(c, lastAgent)) return true;
  const wrapUp = askedWrapUp || saidNothingMore || p.agent.some((t) => findVocab(c, 'survey', t));
  return !wrapUp && !tookLeave;
}

/**
 * Round 25: the customer's last turn opens by breaking off — 不说了 / 不问了 / 算了 / 行了 / 好了好了, or the resigned 行吧 / 好吧
 * — and goes on to say more (where they are going, that they hang up: 算了，我先去开会了 / 行吧，我这边来人了，先这样): the
 * customer ended the contact, whatever the agent had asked or invited before, so the close was never the agent's to say
 * (the labels of every author agree). Not a bare 行吧 / 好吧 (the receipt that lets a question go), not a turn that thanks or
 * takes leave (好吧，谢谢你 — ended by agreement, customerLeaveTaking), and not 好嘞，挂了 (a receipt: RECEIPT_FIRST).
 */
const BREAK_OFF = /^(?:呃|嗯|额|唉|哎|那个|就是)*(?:不说了|不问了|不聊了|不跟你说了|不和你说了|算了|行了|好了好了|行吧|好吧)/u;
const BREAK_OFF_REPEAT = /^(?:(?:不说了|不问了|不聊了|算了|行了|好了|行吧|好吧|吧|啊|呀|呃|嗯|哎|唉)+)/u;
function breaksOff(c: CompiledRubric, t: PreparedTurn): boolean {
  const norm = t.view.norm;
  const m = BREAK_OFF.exec(norm);
  if (!m) return false;
  const rest = norm.slice(m[0].length).replace(BREAK_OFF_REPEAT, '');
  return rest.length >= 2 && findVocab(c, 'customerLeaveTaking', t) === null && !THANKS_OR_FAREWELL.test(rest);
}
const THANKS_OR_FAREWELL = /谢谢|感谢|多谢|谢了|再见|拜拜/u;

/**
 * Round 21: the wrap-up question by its frame — 还有 + what more the customer may need or ask (需要 / 要问 / 问题 …), in a turn
 * that asks (a particle, a question word or a question mark: 您看还有啥需要？ / 其他项目还有要问的吗 / 还有哪里需要我解释的), the
 * topic or a filler in between; not a statement (还有一个问题我跟您说一下 asks nothing).
 */
const MORE_NEEDS = /还有(?:其他|其它|别的|什么|啥|哪里|哪儿|哪些|没有)?[^]{0,6}?(?:需要|要问|要办|想问|问题|疑问|事)/u;
const asksForMore = (t: PreparedTurn): boolean => MORE_NEEDS.test(t.view.norm) && turnAsksQuestion(t);

/**
 * The agent's last turn asks the wrap-up question (还有其他…吗) and the customer's turns after it answer nothing: no "nothing
 * more" (没了), no "that's it" (就先这样), no thanks or goodbye, no receipt (嗯 / 好的 / 好嘞，挂了哈) — the customer walked
 * out on it (算了不说了 / 不说了，我先挂了).
 */
function wrapUpLeftUnanswered(c: CompiledRubric, p: PreparedTranscript): boolean {
  const lastAgent = p.agent[p.agent.length - 1];
  if (!lastAgent || !findVocab(c, 'wrapUpQuestions', lastAgent)) return false;
  const after = p.customer.filter((t) => t.index > lastAgent.index);
  if (!after.length) return false;
  return after.every((t) => !RECEIPT_FIRST.test(t.view.norm) && !findVocab(c, 'nothingMore', t) && !endsForNow(t) && !findVocab(c, 'customerLeaveTaking', t) && !endsOnAcknowledgement(t.turn.text) && !BARE_NO.test(bareWords(t.turn.text)));
}
/**
 * A bare no, as the whole reply to the wrap-up question (暂时没有。/ 目前没有 / 不用了): it answers the question — nothing
 * more — so the customer did not walk out on it and the close that follows the answer was owed. Only here: a bare 没有
 * elsewhere answers any yes/no question, so the rubric's nothingMore does not list it.
 */
// (round 19: …closed by "that's it", 没有，就这样 — the no said, then the customer's end of the list)
const BARE_NO = /^(?:嗯|哦|呃|额|那个)*(?:暂时|目前|现在|先)?(?:没有|没|不用|不需要)(?:了|啦)?(?:(?:那|那就)?(?:就|先|就先)这样(?:吧|了)?)?$/u;
/** A reply that opens with a receipt (好嘞，挂了哈 / 行，那我挂了) agrees to end: the agent still owed the close (dev5a labels). */
const RECEIPT_FIRST = /^(?:就是|那个|呃|啊)*(?:嗯|哦|噢|好|行|ok|对|是|可以|知道|明白|收到)/u;

/** The spoken yes/no question on a completed event, V了没(有) (报告出来了没有): resolution's question forms leave it out. */
const PERFECTIVE_QUESTION = /了没有?[。？?！!～~\s]*$/u;


/**
 * The turn's last words are the survey invitation: after its last rating word come at most a few characters
 * and only the request to give it (挂机后有个评价，按一下 / …窗口，麻烦您点一下哦). An invitation followed by more
 * business (…打个分，已经给您处理好了) is not the agent's last word: it did not stop to hand over to the goodbye.
 */
function endsOnSurvey(c: CompiledRubric, t: PreparedTurn): boolean {
  const hits = vocabHits(c, 'survey', t);
  if (!hits.length) return false;
  const lastEnd = Math.max(...hits.map((h) => h.end));
  const v = t.view;
  if (v.norm.length - lastEnd > SURVEY_TAIL) return false;
  // the rest of the rating word's clause is short (评价窗口, 打个分吧), and every clause after it asks for the
  // rating; ASR often drops the comma, so a long unbroken rest is a clause of its own
  let start = lastEnd;
  for (let i = lastEnd + 1; i <= v.norm.length; i++) {
    if (i === v.norm.length || v.breakBefore[i]) {
      // the rating word's own object (评价本次服务 / 给我的服务打分) belongs to the invitation, not to what follows it
      const clause = start === lastEnd ? v.norm.slice(start, i).replace(RATED_OBJECT, '') : v.norm.slice(start, i);
      const sameClause = start === lastEnd && (clause.length <= SURVEY_CLAUSE_REST || RATING_REQUEST.test(clause));
      if (!sameClause && !RATING_REQUEST.test(clause) && !ANY_VERDICT_WELCOME.test(clause)) return false;
      start = i;
    }
  }
  return true;
}

/** Characters that may follow the survey invitation's last rating word in the agent's last turn (麻烦您点一下哦). */
const SURVEY_TAIL = 14;
/** Characters that may end the rating word's own clause (窗口 / 吧 / 一下哦). */
const SURVEY_CLAUSE_REST = 4;
/** What is rated, right after the rating word (本次服务 / 我的服务 / 这次通话). */
// (…or the rating's own vehicle after the rating word, 满意度回访 / 满意度调查 / 评价短信: still the invitation)
// (…joined by 的, 打分的小问卷 / 评价的短信: the vehicle named as the rating's; round 19: 评价链接 / 入口 / 按钮, the chat's vehicle)
const RATED_OBJECT = /^(?:一下)?(?:(?:本次|这次|此次|今天|我的|我们的|刚才的?)(?:的)?(?:服务|通话|咨询|对话)|(?:的)?(?:小)?(?:回访|调查|调研|问卷|短信|链接|入口|按钮))/u;
/**
 * A clause that asks the customer to give the rating (麻烦您点一下 / 按一下 / 请您给个好评 / 还请您多提宝贵意见), or welcomes it
 * (…宝贵意见，也欢迎随时提 / 都可以提); empty clauses pass.
 */
// (…or asks for the moment it takes, 占用您几秒钟 / 耽误您一分钟: the invitation's own request for the customer's time, a filler before it)
// (round 19: …or says how little time it takes, 一分钟就好 / 几秒钟: the same request for the moment)
const RATING_REQUEST = /^[\p{P}\s|~]*(?:呃|嗯|额|那个|就是)*(?:$|(?:那|就|也|还|都)?(?:麻烦|请|帮|您|你|记得|按|点|打|给|评|欢迎|可以|占用您|耽误您|(?:只要|只需|就)?[一两几1-3](?:分钟|秒钟?)))/u;
/**
 * A clause that welcomes whatever the customer will say in the rating (好的坏的都可以说 / 有意见也可以提): it closes on
 * 都/也 + may + a verb of saying, the invitation's tail, as …也欢迎随时提 is; not more business.
 */
const ANY_VERDICT_WELCOME = /(?:都|也)(?:可以|能)(?:说|提|讲|评|写|反馈)(?:一下|一说)?(?:的|哦|哈|啊|呢|嘛)?[\p{P}\s|~!]*$/u;

/**
 * resolution's reading of a shrug to a side question: once the customer's own question was answered, a question
 * the customer opens as one on another matter (顺便问下 / 对了 / 哦还有，) and a polite "I don't know" to it,
 * taken without a re-ask, leaves the contact's question answered. Two authors label it so (independent-dev2a
 * README, resolution; independent-dev10a README call 9); a shrug to a follow-up about the matter itself — no side
 * opener, or the customer asking again — stays a non-answer (independent-dev9a README, facts). 另外 / 还有个事 open
 * a further question of the customer's own business, not an aside: the round-11 brief settled the aside on 顺便
 * (dev17a/17b fail a shrug to 还有个事儿 / 另外想问问, and no older set's pass rests on those two).
 */
import { vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { customerTurnBefore } from './deflection.js';
import { messageText } from '../message.js';
import { asksQuestion, turnAsksQuestion, withoutFinalParticle } from './non-answer-forms.js';
import { mentionsCue } from './fact-cues.js';
import type { FactResult } from './facts.js';

/**
 * How a customer opens a question on another matter, after the fillers speech recognition writes before it (那个 /
 * 就是 / 嗯 / 哦): 顺便 (or its synonyms 顺带 / 顺道) / 对了 / 再问 / a 还有 that closes its own clause (哦还有，馆里…), or a
 * 还有 that runs on to a matter called small (还有个小事 / 还有个小问题: the minimiser marks the aside; round 17), or a verb of
 * asking done in passing — an adverb of the casual aside (随口 / 随便 / 顺嘴 / 顺口) before 问 + 一句 / 一下 / 问 (随口问一句 /
 * 随便问下 / 顺嘴问问; not 随便哪天 or 随口答应: the adverb must stand on 问; round 22). Read on
 * the text as said: a 还有 running on otherwise (还有别的办法吗 / 还有个事) and 另外 ask a further question, not an aside.
 */
/** The fillers an opener may come after (那个，顺便问下 / 嗯 随口问一句), shared by SIDE_OPENER and IN_PASSING. */
const OPENER_FILLERS = '^[\\s，,、。…~～]*(?:(?:那个|就是|嗯|呃|哦|噢|啊|那|诶|欸)[\\s，,、…~～]*){0,3}';
/** The openers that say the question is asked in passing: 顺便 (顺带 / 顺道) or a casual adverb standing on 问 (随口问一句). */
const PASSING_WORDS = '顺便|顺带|顺道|(?:随口|随便|顺嘴|顺口)[\\s，,、]*(?:问(?:一句|一下|下|问|个)|一问)';
const SIDE_OPENER = new RegExp(`${OPENER_FILLERS}(?:${PASSING_WORDS}|对了|再问|还有[\\s，,、…]|还有\\.{2,}|还有(?:个|一个|件|一件)小(?:事|问题))`, 'u');

/**
 * Round 23 (reading): an opener of the question asked in passing (IN_PASSING) may start any clause of the turn, not only the turn's first — a receipt before it
 * (哦，知道了。顺便问下，… / 好的 随口问下 …) answers the last reply and asks nothing. It opens the turn's question only
 * where that question is its clause's: nothing before the opener asks, and after the opener's sentence (or, when that
 * sentence is the opener alone — 顺便问一下。— the next one) no further sentence asks (a marker followed by the main
 * matter's question in a later sentence opens no aside).
 */
export function opensSideQuestion(text: string): boolean {
  if (SIDE_OPENER.test(text)) return true;
  if (!SIDE_MARK.test(text)) return false;
  for (let i = 1; i < text.length; i++) {
    if (!CLAUSE_BREAK.test(text[i - 1]!) || CLAUSE_BREAK.test(text[i]!)) continue;
    const rest = text.slice(i);
    if (!IN_PASSING.test(rest)) continue;
    if (asksQuestion(text.slice(0, i))) return false;
    const sentences = rest.split(SENTENCE_END).filter((s) => s.trim());
    const own = sentences.length > 1 && !asksQuestion(sentences[0]!) ? 1 : 0;
    return !sentences.slice(own + 1).some((s) => asksQuestion(s));
  }
  return false;
}
/** A character a clause starts after (a stop, a comma, a pause written as a space). */
const CLAUSE_BREAK = /[\s，,、。！？!?；;…~～]/u;
/** Sentence ends, kept on the sentence they close (a question mark marks its sentence as asked). */
const SENTENCE_END = /(?<=[。！？!?；;])/u;
/** Cheap gate: a character a mid-turn opener holds. */
const SIDE_MARK = /[顺随]/u;
/**
 * The openers read after a clause break: those that say the question is asked in passing — 顺便 (顺带 / 顺道) or the
 * casual adverb standing on 问 (随口问一句) — after the fillers SIDE_OPENER allows. 对了 / 还有 / 再问 keep to the turn's
 * start: after a datum or an apology (…199710。对了，… / 不好意思…，对了，…) independent-dev18c reads them as the customer's
 * own further question, not an aside.
 */
const IN_PASSING = new RegExp(`${OPENER_FILLERS}(?:${PASSING_WORDS})`, 'u');

/**
 * A not-knowing in `t` that replies to a side question: the customer's turn before it opens as one, a scenario fact
 * was stated earlier in the contact (the customer's own question was answered), `t` holds no 忌语 (a brush-off —
 * 不知道，你问别人去 — dismisses the customer, which a polite shrug does not: independent-dev8b labels that one a
 * non-answer) and the customer's next turn asks nothing (no re-ask, no push-back: the customer took it; a final 吧 closes 就这样吧).
 */
export function shrugToSideQuestion(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, answeringTurns: ReadonlySet<number>): boolean {
  const asked = customerTurnBefore(p, t);
  // (round 24, chat bubbles: the question is the customer's whole message — 顺便问下 ‖ 你们几点关门？)
  if (!asked || !opensSideQuestion(messageText(p.dialogue, asked))) return false;
  let answeredBefore = false;
  for (const i of answeringTurns) if (i < asked.index) answeredBefore = true;
  if (!answeredBefore) return false;
  if (vocabHits(c, 'forbidden', t).some((h) => !SHRUG_CATEGORIES.has(h.category))) return false;
  return takenWithoutReask(p, t);
}

/**
 * The customer's next turn asks nothing: no re-ask, no push-back (a final 吧/嘛 closes a leave-taking — 行，就这样吧).
 * A further question the customer opens as one (哦对了，顺便问下…) moves on to another matter: the shrug was taken — an
 * opener at the turn's start only (round 23): what comes before a later one is the customer's reply to the shrug
 * (那我再去别处问问，顺便问下… drops it unanswered; independent-dev24a fails such a shrug).
 */
function takenWithoutReask(p: PreparedTranscript, t: PreparedTurn): boolean {
  const next = p.customer.find((x) => x.index > t.index);
  return !next || !asksQuestion(withoutFinalParticle(next.turn.text)) || SIDE_OPENER.test(next.turn.text);
}

/**
 * A shrug or pointer elsewhere (我们这儿查不了 / 充值的问题我们这边处理不了 / 这个不归我们管，你打12345) to a question
 * that is incidental by its place in the contact, with no side opener: a scenario fact was stated, then a further
 * question of the customer's was replied to (the main follow-up), and only then this one — which names none of the
 * scenario facts' cues (not the matter itself: 楼道灯 after a deposit, 物业费 after a price report), does not go on
 * from the last answer (那现在能催一下吗 / 这个你们能帮我办吗: 那 "then" and 这个 "this" take up what was just said) —
 * and the customer's next turn asks nothing. independent-dev11b README (judgement call 2) labels it so, as dev2a /
 * dev10a do with an opener (shrugToSideQuestion), and dev9a (能不能换个设计师 after the fee and the timing were
 * answered); a shrug to the first follow-up after the fact (催不了) stays a non-answer there, and dev4a / dev5a fail a
 * shrug after the value was challenged and restated (hence the last statement, corrections included, counts).
 * A brush-off here (你问海关去 / 跟我们平台没关系) is the 忌语 checks' business, as the settled convention reads a rude
 * line in place of an answer; independent-dev8b (README call 1, jb-ban-04) fails it here too — the stricter reading.
 * `facts` are the contact's fact results (facts.ts evaluateFacts): their cues name the subject, their statements place it;
 * `deflection`: the reply is a pointer elsewhere (then the question taking up the customer's matter does not stop it).
 */
export function shrugToIncidentalQuestion(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, facts: readonly FactResult[], deflection = false): boolean {
  const asked = customerTurnBefore(p, t);
  if (!asked || CONTINUES.test(asked.turn.text) || WHEN_ASKED.test(asked.view.norm) || !turnAsksQuestion(asked) || facts.some((r) => mentionsCue(asked, r.fact, c))) return false;
  // the last turn that states a fact before the question, a correction too (确定吗？— 不对，是当天): a challenge of the
  // value and its restatement are the fact's own exchange, not a further question answered
  let fact = -1;
  let first = Infinity;
  for (const r of facts) {
    for (const { turn } of r.statements) {
      if (turn.index < asked.index && turn.index > fact) fact = turn.index;
      if (turn.index < first) first = turn.index;
    }
  }
  if (fact < 0) return false;
  // (a pointer elsewhere there stays the 忌语 checks' business, as above)
  if (!deflection && takesUpTheMatter(p, asked, first)) return false;
  // a customer question after the fact, replied to by the agent before this one was asked
  let followUp = false;
  for (let k = p.dialogue.indexOf(asked) - 1; k >= 0 && p.dialogue[k]!.index > fact; k--) {
    const x = p.dialogue[k]!;
    if (x.turn.speaker === 'agent') followUp = true;
    // (a complaint put as a question — 到底有没有人管啊？/ 你们说话还算不算数？— asks for no answer of its own)
    else if (followUp && turnAsksQuestion(x) && !vocabHits(c, 'complaint', x).length) return takenWithoutReask(p, t);
  }
  return false;
}

/**
 * The question takes up a word of what the customer told before any fact was stated — the matter they called about
 * (绕路的那段怎么处理 after 司机故意绕路… / 里面的人现在该怎么办 after 里面有人): a follow-up on their own matter, not an
 * aside, whatever its place. A word is two Han characters, neither a function character (CONTENT_PAIR).
 */
function takesUpTheMatter(p: PreparedTranscript, asked: PreparedTurn, firstFact: number): boolean {
  const q = asked.view.norm;
  for (const x of p.customer) {
    if (x.index >= firstFact || x.index >= asked.index) break;
    const told = x.view.norm;
    for (let i = 0; i + 1 < q.length; i++) {
      const pair = q.slice(i, i + 2);
      if (CONTENT_PAIR.test(pair) && told.includes(pair) && !agentSaid(p, pair, asked.index)) return true;
    }
  }
  return false;
}
/** The agent said `pair` before turn `before` (the service's own name — 翻译 at a translation firm — or the agent's echo). */
function agentSaid(p: PreparedTranscript, pair: string, before: number): boolean {
  for (const a of p.agent) {
    if (a.index >= before) break;
    if (a.view.norm.includes(pair)) return true;
  }
  return false;
}
/** Two Han characters, neither a particle, pronoun, modal, negation or question word (the matter's own word). */
const CONTENT_PAIR = /^[^\P{Script=Han}的了是在有和就都也还又吗呢吧啊呀嘛哦嗯呃哎唉那这个我你您他她它们不没能会要可以一下些点么什怎样请问对好行说想讲看帮给让把被得着过去来再总到呗啥哪谁多少几]{2}$/u;

/**
 * A question that asks when — what time, which day, next time (师傅什么时候能到 / 星期六能上门吗 / 下次能指定时间送吗 / 明天的船
 * 会不会停): the timing of the customer's own service, not an aside (dev13a, dev14c, dev15c fail a shrug to it; no set
 * passes one; round 13).
 */
const WHEN_ASKED = /什么时候|啥时候|几点|哪天|(?:星期|礼拜|周)[1-7一二三四五六日天末]|[明后]天|下次|下回/u;

/** A question that goes on from the last answer: 那 "then" (那现在能催一下吗 / 那这个税能退吗), not the filler 那个. */
const CONTINUES = /^[\s，,、。…~～]*(?:(?:嗯|呃|哦|噢|啊|就是)[\s，,、…~～]*){0,2}(?:那(?!个|边|些|种)|这个|这事|这)/u;

/**
 * The forbidden-words categories a polite shrug itself falls under (a topic-scoped 不清楚 read as a refusal or a
 * perfunctory reply): they are the shrug, not a brush-off beside it.
 */
const SHRUG_CATEGORIES: ReadonlySet<string> = new Set(['否定拒绝', '敷衍答复']);

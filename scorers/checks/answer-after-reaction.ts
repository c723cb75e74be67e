/**
 * Round 25: resolution's reading of a non-answer made good after the customer's reaction to it, whatever its wording.
 * The agent withholds the answer (这个我回答不了 / 嗯嗯，记下了), the customer's next turn (or run of turns) reacts — a rebuke
 * of the not-knowing held up to the agent's role (你们不是书店吗？), a complaint that nothing was answered, a plea, a
 * nudge — and the agent's next turn with something to say answers the withheld question: answer content tied to it by
 * a content character, and none tied only to a question the reaction asked of its own (which turn answers which). The
 * press forms of non-answer-repairs.ts name the reactions one by one; this reads the exchange's order instead. Three
 * authors label the answer so given a pass (independent-dev27a, dev27b, dev27c: "之后也没补答" — not answered later —
 * is their fail; the answer right after the reaction is the later answer they ask for).
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { asksQuestion, saysNonAnswer, withoutFinalParticle } from './non-answer-forms.js';
import { opensSideQuestion } from './side-question.js';
import { givesAnswer, sharesContentChar, sharesContentPair } from './non-answer-repairs.js';
import { askedBefore } from './asked-before.js';

/** At most this many customer turns react before the agent answers (a rebuke, then a nudge: 你们不是书店吗？— 在吗？). */
const MAX_REACTION_TURNS = 2;
/** At most this many agent turns between the non-answer and the reaction, or the reaction and the answer (对对 / a hotline). */
const MAX_AGENT_BESIDE = 2;
/** A reaction that opens by taking the reply or letting the question go (可以，记下了 / 行，那我自己再看看 / OK / 算了). */
const TAKES = /^(?:嗯|哦|噢|呃|那个|就是)*(?:$|这样啊|是吗|好|行|可以|ok|OK|明白|知道|了解|懂了|算了|那算了|没事|没关系)/u;
/**
 * A reaction that lets the question go (那算了), asks for the last reply again (能再说一次吗 / 走神了) — the agent then
 * repeats an old answer — makes a new request of its own (能不能以后先打电话: an A-not-A request asks for something new), or asks
 * leave to ask (能问一下吗: a new question is coming).
 */
const MOVES_ON = /算了|再(?:说|讲|重复|念|报)(?:1|一)?(?:遍|次|下)|重复(?:1|一)?(?:遍|下)|没听清|没听到|没听见|走神|能不能|可不可以|能否|^(?:我|那)?(?:能|可以)(?:再)?问(?:一下|下|个|问)/u;
/** A reaction addressed to the agent (你们是正畸诊所 / 您再帮我看看呗). */
const AT_AGENT = /你|您/u;
/** A reply this short (normalised characters) may be the answer when tied to the question (可以洗 / 必须接). */
const SHORT_ANSWER = 4;

/**
 * The non-answer in agent turn `t` (at `k` in p.dialogue) replied to the customer's question right before it, and was
 * made good after the customer's reaction (see above).
 */
export function answeredAfterReaction(p: PreparedTranscript, t: PreparedTurn, k: number): boolean {
  const d = p.dialogue;
  // the withheld question: the customer's turns right before the non-answer, those that ask
  let question = '';
  for (let j = askedBefore(d, k); j >= 0 && d[j]!.turn.speaker === 'customer'; j--) {
    if (asksQuestion(withoutFinalParticle(d[j]!.turn.text))) question = d[j]!.view.norm + '|' + question;
  }
  if (!question || t !== d[k]) return false;
  let j = k + 1;
  for (let n = 0; n < MAX_AGENT_BESIDE && d[j]?.turn.speaker === 'agent'; n++) j++;
  if (d[j]?.turn.speaker !== 'customer') return false;
  const reaction: PreparedTurn[] = [];
  for (; d[j]?.turn.speaker === 'customer'; j++) {
    if (reaction.length === MAX_REACTION_TURNS) return false;
    reaction.push(d[j]!);
  }
  // (a reaction at the agent — a question, or a line that names the agent — not one that takes the reply or lets it go)
  if (TAKES.test(reaction[0]!.view.norm) || reaction.some((x) => MOVES_ON.test(x.view.norm) || opensSideQuestion(x.view.norm)) || !reaction.some((x) => AT_AGENT.test(x.view.norm) || asksQuestion(withoutFinalParticle(x.turn.text)))) return false;
  for (let n = 0; n < MAX_AGENT_BESIDE && d[j]?.turn.speaker === 'agent'; n++, j++) {
    const a = d[j]!;
    if (saysNonAnswer(a.view.norm)) return false;
    if (!givesAnswer(a, SHORT_ANSWER)) continue;
    return (sharesContentPair(a.view.norm, question) || (modalYesNo(a.view.norm, question) && !asksOwnMatter(reaction))) && !answersOwnQuestion(a, reaction, question);
  }
  return false;
}

/**
 * The reply shares a content character with a question a reaction turn asked, one the withheld question does not hold
 * (那你们花盆多少钱 — 花盆十五元): it answers the reaction's own question. A verb of looking it up (查 / 问 / 核 / 确认 —
 * 你再查查看 — 我查了一下…) is the press's, no topic of its own.
 */
function answersOwnQuestion(a: PreparedTurn, reaction: readonly PreparedTurn[], question: string): boolean {
  const r = a.view.norm;
  for (const x of reaction) {
    if (!asksQuestion(withoutFinalParticle(x.turn.text))) continue;
    const own = x.view.norm.replace(LOOK_UP, '');
    for (const ch of own) if (!question.includes(ch) && sharesContentChar(ch, r)) return true;
  }
  return false;
}
/**
 * Round 26: a can-question (能寄到外地吗 / 可以带宠物吗) is answered by its modal, said or denied, opening the reply (可以邮寄… /
 * 不能，…) — the answer's own kind — with a content character of the question after it (寄): tied though no word of it is repeated;
 * not when the reaction asked a question of its own matter without addressing the agent (a new question, not a press).
 */
function modalYesNo(reply: string, question: string): boolean {
  const m = MODAL_REPLY.exec(reply);
  return m !== null && MODAL_QUESTION.test(question) && sharesContentChar(reply.slice(m[0].length), question);
}
/** A reaction turn that asks without addressing the agent (门卡坏了找谁修呢): a question of the customer's own matter. */
const asksOwnMatter = (reaction: readonly PreparedTurn[]): boolean =>
  reaction.some((x) => !AT_AGENT.test(x.view.norm) && asksQuestion(withoutFinalParticle(x.turn.text)));
const MODAL_REPLY = /^(?:嗯|哦|呃|那个|就是)*(?:不|没法|没办法)?(?:可以|能|行)/u;
const MODAL_QUESTION = /(?:能|可以)[^|]*?(?:吗|么|嘛)\||能不能|可不可以/u;
/** The verbs of looking the answer up, asked of the agent in a press. */
const LOOK_UP = /查|问|核|确认|打听/gu;

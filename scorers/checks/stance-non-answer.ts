/**
 * resolution's structural reading of a reply that stands where the answer should be: the agent replies to the
 * customer's question by sending them elsewhere or abusing them, and says nothing that answers — no number or
 * time, no yes/no on the point, no step to take — nor does its next turn before the customer speaks again.
 * QA sheets score the 忌语 (服务用语) and whether the question was answered (业务解答) as separate items: a rude
 * answer still answers, a rude reply with no answer in it fails both. The same holds for a bare guess
 * (应该可以吧), polite or not.
 */
import { vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn, type VocabMatch } from '../context.js';
import { valueFormOf } from '../text/values.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { ANSWER_AFTER, saysNonAnswer, NOT_AN_ANSWER_AFTER, asksForAction, asksQuestion, turnAsksQuestion, withoutFinalParticle } from './non-answer-forms.js';
import { REQUEST_MIN, SIDE_QUESTION, customerTurnBefore, quoted, threatOnly } from './deflection.js';

/** Where the non-answer stands in the turn. */
export type StanceHit = Pick<VocabMatch, 'quote' | 'start' | 'end' | 'level'>;

/**
 * The forbidden-words categories whose words replace the answer: 推诿 (sent elsewhere or told it is not our
 * business [S1 S2 S15 S16]) and 粗俗辱骂 (abuse in reply to a question). Measured apart on the banks nobody tuned
 * on, these two lifted non-answer recall at no loss of precision; the others did not carry over: 指责客户 to a
 * why-question gives the cause, 讽刺挖苦 and 不耐烦 often come with the yes/no (对对对，都问几遍了 / 您可真大方),
 * 否定拒绝 is the yes/no itself, 命令训斥 often the step to take, 激将投诉 replies to a threat, not a question.
 * Round 5 adds indifference and the perfunctory reply, 冷漠敷衍 and 敷衍答复 [S6 沟通冷漠; S14 首问负责] (a tautology,
 * "just wait", "it's in process", "put up with it"): round 4 found 冷漠敷衍 moved only the bank it was read from; with
 * its round-4 wordings from other banks and the answer-content test, the two lift a, c and e
 * at no loss of precision anywhere; f-val and the contact sets are unchanged.
 */
export const STANCE_CATEGORIES: ReadonlySet<string> = new Set(['推诿', '粗俗辱骂', '冷漠敷衍', '敷衍答复']);

/**
 * The rubric's `unresolved` category of the 敷衍 reply (等着吧 / 反正会有人去的 / 看情况吧 / 我们也没办法): read only where
 * it stands for the answer, as the stance 忌语 are — the same words beside an answer are tone, not a non-answer.
 */
export const EVASIVE_CATEGORY = '敷衍空答';

/**
 * The first stance 忌语 of `t` (or, failing one, a bare hedged guess: hedgedGuess) when it stands for the answer:
 * `t` replies to a question in the customer's turn just before it, not a side question opened as one (the
 * deflection convention of independent-dev2a), no scenario fact is stated anywhere in the contact, and neither
 * `t` nor the agent's next turn before the customer speaks holds answer content.
 */
export function stanceNonAnswer(
  p: PreparedTranscript,
  c: CompiledRubric,
  t: PreparedTurn,
  answeringTurns: ReadonlySet<number>,
  insteadOfAnswer: ReadonlySet<string> = NONE,
): StanceHit | null {
  const hits = vocabHits(c, 'forbidden', t).filter((h) => !quoted(t, h.end));
  const instead = insteadOfAnswer.size ? rudeInsteadOfAnswer(p, c, t, hits, insteadOfAnswer, answeringTurns) : null;
  if (instead) return instead;
  const rude = hits.find((h) => STANCE_CATEGORIES.has(h.category));
  const evasive = rude ? undefined : vocabHits(c, 'unresolved', t).find((h) => h.category === EVASIVE_CATEGORY && !quoted(t, h.end));
  const hit = rude ?? evasive ?? hedgedGuess(t);
  if (!hit) return null;
  const asked = customerTurnBefore(p, t);
  // a question, or a report of a problem, which asks for action (我的快递显示签收了但我没收到 — 那是快递员的事，我这边管
  // 不了 / 宽带晚上特别慢 — 可能是你那边的问题吧) — not a remark (我就是跟你们说一声，我搬家了). Abuse after a statement
  // (你们这套餐就是坑人 — 神经病) is the 忌语 alone: there was nothing to answer.
  if (!asked) return null;
  if (!turnAsksQuestion(asked) && (rude?.category === '粗俗辱骂' || asked.view.norm.length < REQUEST_MIN || !asksForAction(asked.view.norm))) return null;
  if (threatOnly(c, asked)) return null;
  // a scenario fact stated anywhere in the contact: its question got an answer, and the contact sets label a
  // rude reply beside it a forbidden-words matter, not an unanswered question (independent-dev2a/-dev2b READMEs)
  // (round 19: unless the reply is a bare guess and nothing else, wholeGuess)
  if (answeringTurns.size > 0 && !wholeGuess(t, rude, evasive)) return null;
  // a side question opened as one (顺便问下 / 对了 / 另外): the customer's own question came before it, and a
  // deflected side question leaves that answered (independent-dev2a README, resolution)
  if (SIDE_QUESTION.test(asked.view.norm)) return null;
  if (holdsAnswerContent(t, asked)) return null;
  const next = p.dialogue[p.dialogue.indexOf(t) + 1];
  if (next?.turn.speaker === 'agent' && holdsAnswerContent(next, asked)) return null;
  return hit;
}

/**
 * What answers, whatever the tone: a number or a time the customer did not say (一个月三百 / 下午两点到六点; an
 * echo of the customer's own 二十吨 is not one), a yes/no on the point opening a clause (能。/ 对对对 / 办不了 /
 * 不能提), the step to take or the only way (在APP里点还款 / 先重启手机 / 只能等), the details the agent needs to
 * act (报一下单号).
 */
export function holdsAnswerContent(t: PreparedTurn, asked: PreparedTurn): boolean {
  const said = valueFormOf(t.view).norm;
  const theirs = new Set(valueFormOf(asked.view).norm.match(NUMBERS) ?? []);
  if ((said.match(NUMBERS) ?? []).some((n) => !theirs.has(n))) return true;
  return TIME_WORD.test(said) || YES_NO_OPENING.test(t.turn.text) || STEP.test(said) || DETAILS_ASKED.test(said);
}

const NUMBERS = /\d+(?:\.\d+)?/gu;
/** A time named without digits: 今天 / 明天 / 下周 / 月底 / 三个工作日 (numerals are digits by then). */
const TIME_WORD = /[今明后]天|下(?:周|个月|礼拜|星期)|月[底初中]|年[底初]|工作日|马上就|随后就/u;
/**
 * A clause that opens with the answer to a yes/no question: 能 / 可以 / 不能 / 不行 / 会 / 有 / 没有 / 是的 / 对
 * (said once or brushed off thrice: 对对对), the verb with 不了 (办不了 / 换不了), or 不能 / 可以 with its verb (不能提).
 * Only at a clause's start, after at most a filler: inside a clause 不能 is often part of the brush-off.
 */
const YES_NO_OPENING =
  /(?:^|[，,。.！!？?；;\s])(?:嗯|哦|呃|那|哎呀|哎)?(?:(?:能|可以|不能|不可以|不行|行|会|不会|有|没有|没|是的|是|对|不是|不用|需要|不需要|要|不要|不[退换送收包补免]){1,3}|\p{Script=Han}不了|(?:不能|不可以|能|可以)\p{Script=Han}{1,2})(?:的|啊|呀|吧|呢|了)?(?:$|[，,。.！!？?；;\s])/u;
/**
 * The step to take: an operation named (点击 / 打开 / 登录 / 重启 / 拔下 / 插上 / 填写 / 上传 / 携带), the
 * self-service channel where it is done (APP里 / 官网上 / 小程序里), or the only way (只能 / 只需).
 */
const STEP =
  /点击|点开|里点|上点|打开|登录|登陆|进入|重启|重新(?:插|贴|装|启动|登录|下载|安装|提交|绑定)|拔下|拔出|插上|插回|填写|上传|携带|带上|关掉|关闭|断电|(?:app|APP|官网|小程序|公众号|网站|营业厅)(?:里|上)|[上用](?:app|APP|官网|小程序|公众号|网站)|只能|只需/u;
/** The agent asks for what it needs to act: the number, the phone, the card (说单号 / 把手机号报一下). */
const DETAILS_ASKED = /(?:说|报|提供|发|告诉我)[^]{0,4}?(?:单号|号码|手机号|卡号|订单号|账号|身份证|车牌)|(?:单号|号码|手机号|卡号|订单号|账号|身份证号|车牌号)(?:报|发|说)/u;

/**
 * Round 19: a bare guess that is the whole short reply (就是 可能吧 / 那就再等等吧到时候再说) answers nothing even where a
 * scenario fact was stated elsewhere — a guess is no tone beside an answer, it is the reply (dev22c@adj reads it 敷衍).
 * Not an evasive phrase, not another stance, not 不可能 (the flat no — an answer — not the hedge 可能).
 */
function wholeGuess(t: PreparedTurn, rude: VocabMatch | undefined, evasive: VocabMatch | undefined): boolean {
  const norm = t.view.norm;
  if (evasive || norm.length > WHOLE_GUESS_MAX_CHARS || DENIAL.test(norm)) return false;
  return !rude || (rude.category === PERFUNCTORY && HEDGE.test(norm));
}
/** The longest whole turn (normalised characters) read as a bare guess after a scenario fact was stated (round 19). */
const WHOLE_GUESS_MAX_CHARS = 12;
const DENIAL = /不可能/u;
/**
 * The 敷衍答复 category: a guess closed by 吧 (HEDGE in the turn) is the shrug itself, not a tone beside an answer; its waits
 * (那你等着吧 / 看情况吧) stay the 忌语 checks' where a fact was answered (dev10a, dev20a label them so).
 */
const PERFUNCTORY = '敷衍答复';

/** The longest reply (normalised characters) read as a bare guess: longer, it says more than the guess. @default 20 */
const HEDGED_GUESS_MAX_CHARS = 20;

/**
 * "应该可以吧" / "可能是线路的问题吧": a short reply that is only a guess — a hedge (可能 / 应该 / 估计 / 大概 / 没准 /
 * 也许 / 说不定) closed by 吧 — the 敷衍 answer QA sheets name "模棱两可、含糊其辞" (答复不确定, not checked): no
 * look-up, no content. Longer replies may hedge one part and answer the rest. Also the hedge said as an afterthought
 * after the 吧 (过两天就好了吧可能 — speech puts it last) and the pure speculation 没准是 / 说不定是 (没准是您家里人用的),
 * which guesses whatever follows it, 吧 or not (应该是 / 可能是 without 吧 often state the cause the agent sees).
 */
function hedgedGuess(t: PreparedTurn): StanceHit | null {
  const norm = t.view.norm;
  if (norm.length > HEDGED_GUESS_MAX_CHARS) return null;
  const m = lineTest(t.view, LINE_TEST.hedge, hedges) ? HEDGE.exec(norm) : null;
  return m ? { quote: m[0], start: m.index, end: m.index + m[0].length, level: 'pattern' } : null;
}
const HEDGE = /(?:可能|应该|估计|大概|没准|也许|说不定)[^]{0,12}?吧|吧(?:可能|估计|大概|也许)$|(?:没准|说不定)(?:是|就是)/u;
/** Whether HEDGE matches a line's norm at all, decided once per line (view.ts lineTest): most replies need no exec. */
const hedges = (view: TextView): boolean => HEDGE.test(view.norm);

const NONE: ReadonlySet<string> = new Set();

/**
 * The lead's round-6 decision (scorers/README.md, resolution; the rubric's `rudeInsteadOfAnswer`): a rude or
 * dismissive line (a 忌语 of one of `categories`) said INSTEAD of an answer is a non-answer whatever else the contact
 * answered — it replies to a question in the customer's turn just before it (not a side question opened as one, not a
 * bare threat, not a request urged with 吧: 那你帮我都弄好吧 — 我又不是你家保姆 refuses), and no answer follows: the
 * turn says nothing substantive after the 忌语's clause (at least ANSWER_AFTER characters, no other 忌语 or non-answer,
 * not the wrap-up alone: 您投诉也没用。可以在APP里交… answers after all), nothing substantive before the first 忌语's
 * clause either, and neither it nor the agent's next turn (a customer's word in between or not) holds answer content
 * (holdsAnswerContent) or states a scenario fact.
 */
function rudeInsteadOfAnswer(
  p: PreparedTranscript,
  c: CompiledRubric,
  t: PreparedTurn,
  hits: readonly VocabMatch[],
  categories: ReadonlySet<string>,
  answeringTurns: ReadonlySet<number>,
): StanceHit | null {
  const asked = customerTurnBefore(p, t);
  if (!asked) return null;
  // (blame replying to a question about cause or fault — 怎么就不行了 / 这事怪我吗 — names the cause: an answer, rudely)
  const causeAsked = CAUSE_OR_FAULT.test(asked.turn.text);
  const hit = hits.find((h) => categories.has(h.category) && !(causeAsked && h.category === BLAME));
  if (!hit) return null;
  // (a final 吧 closes a statement — 那我先这样吧 — or urges: only what still asks without it is a question)
  const text = withoutFinalParticle(asked.turn.text);
  if (!asksQuestion(text) || rhetoricalOnly(text) || threatOnly(c, asked) || SIDE_QUESTION.test(asked.view.norm)) return null;
  if (answeredAfterClause(t, hits) || answeredBeforeClause(t, hits)) return null;
  if (holdsAnswerContent(t, asked) || CLARIFYING.test(t.view.norm)) return null;
  // the agent's next turn, after a customer's word in between too (那周末是不是也按800算？— 我再说一遍，每月800元)
  const next = p.agent.find((x) => x.index > t.index);
  if (next && (answeringTurns.has(next.index) || holdsAnswerContent(next, asked))) return null;
  return hit;
}

/**
 * The turn goes on past the clause of its last 忌语 (the pointer that completes a brush-off, 不归我们管，你找物业去, is
 * one) with an answer: ANSWER_AFTER characters that are no non-answer or wrap-up.
 */
function answeredAfterClause(t: PreparedTurn, hits: readonly VocabMatch[]): boolean {
  const v = t.view;
  const end = Math.max(...hits.map((h) => h.end));
  let k = end;
  while (k < v.norm.length && !v.breakBefore[k]) k++;
  // (a transcript without punctuation: the 忌语 itself ends the clause)
  if (k >= v.norm.length) k = end;
  const rest = v.norm.slice(k).replace(WRAP_UP_LAST, '');
  return rest.length >= ANSWER_AFTER && !NOT_AN_ANSWER_AFTER.test(rest) && !saysNonAnswer(rest);
}
/** The turn answers before the clause of its first 忌语 (不长，二三十分钟就好。爱咋办咋办吧): ANSWER_AFTER characters with no non-answer. */
function answeredBeforeClause(t: PreparedTurn, hits: readonly VocabMatch[]): boolean {
  const v = t.view;
  let k = Math.min(...hits.map((h) => h.start));
  while (k > 0 && !v.breakBefore[k]) k--;
  const before = v.norm.slice(0, k);
  return before.length >= ANSWER_AFTER && !saysNonAnswer(before);
}
const BLAME = '指责客户';
/** The agent asks back what the problem is (你说重点，到底什么问题): rudely, it works on the question, it does not refuse it. */
const CLARIFYING = /(?:什么|哪个|哪种|啥)(?:问题|事|情况|毛病|故障)/u;
const CAUSE_OR_FAULT = /为什么|为啥|怎么(?:会|就|又|还)|咋(?:会|就)|怪我|我的错|我的问题|谁的(?:错|责任|问题)/u;

/** The wrap-up question that ends a turn (还有别的问题吗 / 请问还有其他需要吗): no answer. */
const WRAP_UP_LAST = /(?:请问|您|你)?还有(?:别的|其他|其它|什么|啥)[^]{0,8}?(?:吗|么|没有|呢)?$/u;

/**
 * A customer turn whose every question is rhetorical (反问: 凭什么啊，你们到底会不会办事 / 这都能发错？你们怎么干活的):
 * a grievance said as a question, which asks for an apology (empathy), not for information a brush-off withholds.
 * Each clause holding a rhetorical marker, or the customer thinking aloud (SELF_TALK), is dropped; what is left must
 * still ask.
 */
export function rhetoricalOnly(text: string): boolean {
  if (!RHETORICAL.test(text) && !SELF_TALK.test(text)) return false;
  return !asksQuestion(text.split(CLAUSE).filter((x) => !RHETORICAL.test(x) && !SELF_TALK.test(x)).join('，'));
}
/** The customer thinking aloud (我想想怎么说 / 我看看是哪天): the question word asks the speaker, not the agent. */
const SELF_TALK = /我(?:想想|想一想|看看|看一下|琢磨|寻思|找找|翻翻)/u;
const RHETORICAL = /凭什么|难道|怎么能|怎么可以|怎么可能|哪有这样|有没有搞错|还有没有|会不会办事|怎么(?:干活|做事|办事|搞的|回事儿?啊)|这都能|这也能|这样也行/u;
const CLAUSE = /[，,。.！!？?；;\s]+/u;

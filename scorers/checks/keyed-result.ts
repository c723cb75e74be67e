/**
 * round 25: the record read once its key was given, by the order of turns (verification's disclosure, via
 * lookup-result.ts). The agent asks the customer for what locates their matter (which class / which show / the
 * address / the order number), the customer answers with it, and the agent's next floor states a value — a date, a
 * time, an amount, a count, a place in a queue — in a plain statement: that value was read off the record the answer
 * located [S22 5.3.3.2 identity before anything of the account]. A key asked locates the record and checks no one
 * (verification-point.ts), so the value stated after it comes before any check. Not when the ask was the offer of help
 * (有什么可以帮您 / 还有别的问题吗: the customer's reply is a new question, its answer general information), when the
 * customer's reply asks something itself, nor when the statement is a question, a condition or a rule (每 / 最多 / 以内 /
 * 一般 / 会在…: general information, as lookup-result.ts reads it).
 */
import { vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { clauseBounds, clauseOpensAt } from '../text/view.js';
import { holdAnnouncement } from './silence.js';
import { consentsToWait, isBackchannel, isLineCheck } from './silence-turns.js';

/** The agent asks for a datum: a request to tell (说一下 / 报下 / 提供一下 / 发我) or a wh-question (哪 / 什么 / 多少 / 几). */
const DATUM_ASKED = /(?:说|报|提供|告诉|念|讲|发)(?:1|一)?下|(?:说|报|提供|告诉|发)(?:给)?我|哪|什么|多少|几(?!乎)/u;
/** …but the offer of help or of more help asks for a need, not a datum (有什么可以帮您 / 还有别的问题吗 / 什么业务). */
const NEED_ASKED = /(?:什么|哪些)(?:可以|能|需要|要)?(?:帮|为|问题|业务|事|需要|要问|疑问|要咨询|咨询)|还有(?:什么|其他|别的|没有|吗)|哪里不(?:清楚|明白)|方便吗/u;
/**
 * A question in the customer's reply: a new question asked, not the datum given. round 26 (reading): 几 after 好 / 十 / 这 /
 * 那 / 前 / 没 is a vague count (好几天 / 十几个 / 这几天 / 没几天), not the question word.
 */
const REPLY_ASKS = /[?？]|吗|呢|怎么|什么|哪|多少|(?<![好十这那前没])几(?:号|点|天|时|个)|能不能|可不可以|是不是|有没有/u;
/**
 * A value of the customer's own case: a calendar date (9月5号 / 12月20日), a weekday (周3), a clock time (2点 / 10点半), a
 * place in a queue or a hall (第4位 / 3排14座), a headcount (45人), or an amount of money (320元). Not a duration or a
 * count (5个工作日 / 12个月 / 3次 / 10张: a rule's period, a package's size), nor a number of three digits and more
 * before 号 (6481号: a staff id).
 */
const VALUE = /(?<!\d)(?:\d{1,2}月\d{1,2}(?:号|日)?|\d{1,2}(?:号|日)(?![^|]{0,2}(?:员|席|客服|顾问|专员|老师|师傅))|\d{1,2}点|\d{1,3}排\d{1,3}(?:座|号)|\d{1,6}(?:\.\d+)?(?:元|块)|\d{1,4}人)|(?:周|星期|礼拜)\d|第\d{1,3}(?:位|名)/u;
/**
 * The statement is a question, a request, a condition or a general rule, not the record read (as disclosure.ts /
 * lookup-result.ts): a fee or a charge (…费 / 收… — not 实收 / 已收, money received — / 要交… / 押金 / 价) is the price list's, a time before or after an event
 * (到期前15日 / 开学后第15天) a rule's lead time, 可以 a rule's permission (round 26, reading: not right after a calendar date —
 * …20号可以交货 says when the case's thing becomes possible), a range or a threshold (14点到18点 / 超过30分钟 / round 26: 过了晚上10点, a
 * time passed) a timetable's or a rule's.
 */
const NOT_READ = /吗|呢|[?？]|(?:说|报|提供|告诉|念|讲|发)(?:1|一)?下|费|(?<![实已签接验回])收(?!到)|[要需得]交|押金|价|标准|门槛|赔|补偿|[前后]\d|\d[天日周月年]?[前后]|\d[点元块号日]?(?:到|至|~|-)(?:上午|下午|晚上|早上|中午)?\d|超过|(?<!已经?|刚)过了?(?:晚上|早上|上午|下午|中午|凌晨|夜里)?\d|以上|不到|承诺|(?:是不是|有没有|多少|哪|什么)(?!时候)|如果|要是|的话|假如|只要|一般|通常|规定|政策|正常|每|最多|最高|最长|最少|至少|以内|之内|[天日时周月]内|不超过|会在|(?<!\d[号日])可以|需要|必须|应该/u;

/** Where agent turn `agent[i]` states a value read off the record its key located, or -1 (see the module comment). */
export function keyedResultStart(c: CompiledRubric, p: PreparedTranscript, i: number): number {
  const t = p.agent[i]!;
  const norm = t.view.norm;
  // cheapest first: a digit in the turn at all (numerals are digits in the norm)
  if (!/\d/u.test(norm)) return -1;
  const at = valueStatement(t);
  if (at < 0 || vocabHits(c, 'verification', t).length || holdAnnouncement(c, t)) return -1;
  // back over the agent's floor to the customer's reply (a customer's 在吗, 好的 or 我等着 while the agent speaks or looks is no reply)
  let k = t.index - 1;
  for (; k >= 0; k--) {
    const u = p.turns[k]!;
    if (u.turn.speaker === 'customer' ? !isLineCheck(u) && !consentsToWait(c, u) : u.turn.speaker !== 'agent') break;
  }
  const reply = p.turns[k];
  if (!reply || reply.turn.speaker !== 'customer' || REPLY_ASKS.test(reply.turn.text)) return -1;
  // the agent's ask right before the reply (its backchannels over the customer skipped); round 26 (reading): a reply sent
  // in several bubbles (the datum, then a remark) is one reply, none of its bubbles asking
  let j = k - 1;
  for (; j >= 0 && p.turns[j]!.turn.speaker === 'customer'; j--) if (REPLY_ASKS.test(p.turns[j]!.turn.text)) return -1;
  while (j >= 0 && p.turns[j]!.turn.speaker === 'agent' && isBackchannel(p.turns[j]!, p)) j--;
  const ask = p.turns[j];
  if (!ask || ask.turn.speaker !== 'agent') return -1;
  const asked = ask.view.norm;
  if (!DATUM_ASKED.test(asked) || NEED_ASKED.test(asked) || vocabHits(c, 'verification', ask).length) return -1;
  return at;
}

/** The start of the first clause of the turn that states a value plainly, or -1. */
function valueStatement(t: PreparedTurn): number {
  const norm = t.view.norm;
  for (let from = 0; from < norm.length; ) {
    const m = VALUE.exec(norm.slice(from));
    if (!m) return -1;
    const [s, e] = spokenClause(t.view, ...clauseBounds(t.view, from + m.index, from + m.index + m[0].length), from + m.index, from + m.index + m[0].length);
    if (!NOT_READ.test(norm.slice(s, e))) return s;
    from = e + 1;
  }
  return -1;
}

/**
 * round 26 (reading): the clause [s, e) around the value [a, b) narrowed to the pauses in speech inside it — recognised speech
 * gives a space where the comma was (…七月二十日 到时候可以领取): what follows the pause is a sentence of its own.
 */
function spokenClause(v: PreparedTurn['view'], s: number, e: number, a: number, b: number): [number, number] {
  let from = a;
  while (from > s && !clauseOpensAt(v, from)) from--;
  let to = b;
  while (to < e && !clauseOpensAt(v, to)) to++;
  return [from, to];
}

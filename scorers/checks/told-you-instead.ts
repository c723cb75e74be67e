/**
 * Politeness' reading of "already told you" said INSTEAD of the answer (rude-lines.ts): the reproach — a rhetorical 不是…说过了吗,
 * 已经跟您说得很清楚了, 已经回答过了 — is the agent's whole reply, or all the turn says besides it asks the customer something
 * (a question, a request for their data), introduces the agent, sends them to look it up themselves (您往上翻翻) or tells them to
 * listen: the customer asked again and got only the rebuke [S1 刚才不是告诉你了吗; S15 还问什么; 12345 服务忌语: 我不是跟你说过了吗].
 * Said with the answer beside it (刚才不是跟您说过了吗？提前十五个工作日申请), the told-you stays the 已说过 忌语 forbidden-words
 * reads, which politeness leaves to the address (impoliteWhenFamiliar): of the label sets, the older ones pass the told-you with
 * the answer repeated, and every one that has it fails the told-you left standing alone (dev13b, dev14a/b; no set passes it).
 */
import type { PreparedTurn, VocabMatch } from '../context.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { laterBubble } from '../message.js';

/** A cheap gate: a verb of telling closed by 过/了, or 说得…清楚/明白 (most lines have neither). */
// (round 22: the object may come between the verb and its aspect, 告诉您了 / 跟你说了, and 说明 tells as 解释 does)
const TELLING = /(?:说|讲|回答|回复|答复|解释|告诉|提|说明)(?:你|您)?(?:过|了|完)|得(?:很|非常|够|十分)?(?:清楚|明白)了/u;

/** Clauses of the original text, each with the punctuation or pause that closes it (a question mark says it asks). */
const CLAUSE_END = /(?<=[，,。.！!？?；;…～~\s])/u;

/**
 * The told-you reproach in one clause: a rhetorical 不是/已经/刚才 … 说过(了) … 吗/嘛, the telling said to be clear already
 * (说得很清楚了), or 已经回答过了; round 18: the flat telling placed earlier, 这个我前面讲过了 / 刚讲完啊 / 说过一遍了 (the
 * refusal to repeat is rude as well as a 忌语 — the settled reading since holdout10), after the clause start, 我, 这个 or a filler.
 * Round 22: that flat telling also in the perfective 了, the object before it and a count after it (前面跟你说了呀 / 这个我前面已经告诉
 * 您了 / 前面已经讲了一遍了呀), and with 说明 (这个前面已经说明过了).
 */
const TOLD_YOU =
  /(?<!是)(?:不是|已经|早就|刚才|刚刚|上面|前面)[^，。？！,.?!\s]{0,8}?(?:说|讲|回答|回复|答复|解释|告诉)(?:过)?(?:了)?[^，。？！,.?!\s]{0,4}?(?:吗|嘛|么)|(?:说|讲|解释)得(?:很|非常|够|十分)?(?:清楚|明白)了|已经(?:回答|回复|答复)过|(?:^|(?<=我|这个|这|问题|嗯|呃|哎|那个))(?:刚才|刚刚|刚|之前|前面|前头|先前|上面)(?:我)?(?:已经|都|就)?(?:跟|和|给)?(?:你|您)?(?:说明|说|讲|告诉|回答|回复|答复|提|解释)(?:你|您)?(?:过|完|了)(?:你|您)?(?:一遍|一次)?(?:了)?|^(?:这个|这)?(?:我)?(?:已经|都)?(?:说|讲)过(?:一遍|一次)?了/u;

/**
 * What may follow the reproach in its clause: a particle and the closing punctuation; round 19: or the bare order to comply run
 * on after it (我已经讲过一遍了你照做就是 — an order, not the answer again).
 */
const CLAUSE_REST = /^(?:了|啊|呀|的)?[\s，。？！,.?!～~…]*$|^(?:你|您)?(?:就)?(?:照做|照着做|照办|照着办|按(?:我)?说的(?:做|办))(?:就是|就行|就好|就可以|就完了)?(?:了|吧)?[\s，。？！,.?!～~…]*$/u;

/** The customer (or someone else) as the one who said it — 您不是说过周六在家吗 asks them to confirm, it rebukes no one — not told (跟您说过). */
const THEY_SAID = /(?<![跟和给对向])(?:您|你|他|她)(?:刚才|刚刚|之前|上次|已经)?(?:不是|已经|早就)(?:说|讲|告诉)|(?<![跟和给对向])(?:您|你|他|她)(?:刚才|刚刚|之前|上次)?(?:说|讲)(?:过|的)/u;

/** A clause that tells the customer nothing of the answer: it asks, asks for data, introduces the agent, or is a filler. */
const TELLS_NOTHING =
  /[？?][\s]*$|(?:吗|呢|么)[。.!！\s]*$|(?:报|念|说|提供|发|告诉|给)(?:我)?(?:一下|下)|麻烦|请问|^我是|工号|(?:是|叫)(?:什么|多少|哪)|(?:是|叫)[。.\s]*$|^(?:那个|嗯+|呃|啊|就是|然后|哦|好|好的|行)[，。,.!！\s]*$/u;

/**
 * Sent to look it up themselves (您往上翻翻 / 自己去看) or told to listen (您认真听一下行不行): no answer either; round 18: nor the
 * refusal to say it again (不想再说 / 不再重复) or the forgetting put on the customer (没记住是你的事); round 19: nor the order to comply
 * (你照做就是).
 */
const NO_ANSWER_EITHER = /照(?:着)?(?:做|办)(?:就是|就行|就好|就可以)?(?:了|吧)?[。.!！\s]*$|翻(?:翻|一下|一翻)|自己(?:去)?(?:看|查|翻)|(?:认真|好好|仔细)听|(?:不想|不会|不再|不)再?(?:说|讲|重复)(?:了|一遍)?[。.!！\s]*$|是(?:你|您)(?:自己)?的事/u;

/** Words in quotation marks are reported, not said (rude-lines.ts quoted): such a line is left alone. */
const QUOTE_MARK = /["「“‘『]/u;

const tellsUnquoted = (view: TextView): boolean => TELLING.test(view.original) && !QUOTE_MARK.test(view.original);

/** A question left unmarked (怎么还问 / 为什么又问): in the next bubble it answers nothing. */
const ASKS_BACK = /怎么|为什么|为啥|干嘛|难道/u;

function tellsNothingIn(text: string): boolean {
  for (const raw of text.split(CLAUSE_END)) {
    const clause = raw.trim();
    if (clause && !TELLS_NOTHING.test(clause) && !NO_ANSWER_EITHER.test(clause) && !ASKS_BACK.test(clause)) return false;
  }
  return true;
}

/** The told-you reproach standing in for the answer in turn `t` (the turn as the quote), or null. */
export function toldYouInstead(t: PreparedTurn): VocabMatch | null {
  // (the gate reads the line alone: decided once per line, view.ts lineTest)
  if (!lineTest(t.view, LINE_TEST.telling, tellsUnquoted)) return null;
  const text = t.view.original;
  let told: string | null = null;
  for (const raw of text.split(CLAUSE_END)) {
    const clause = raw.trim();
    if (!clause) continue;
    const m = told ? null : TOLD_YOU.exec(clause);
    // the reproach closes its clause (an unpunctuated run going on to the answer, 不是说过了吗要提前一天预约, is no bare rebuke)
    if (m && CLAUSE_REST.test(clause.slice(m.index + m[0].length)) && !THEY_SAID.test(clause)) {
      told = clause;
      continue;
    }
    if (!TELLS_NOTHING.test(clause) && !NO_ANSWER_EITHER.test(clause)) return null;
  }
  if (!told) return null;
  // round 23: the answer sent as the message's next chat bubble (刚才说过了。‖ 周三闭馆) is beside the told-you as in one bubble
  if (laterBubble(t, (b) => !tellsNothingIn(b.view.original))) return null;
  return { phrase: told, quote: told, start: 0, end: t.view.norm.length, cost: 0, level: 'pattern', category: '已说过' };
}

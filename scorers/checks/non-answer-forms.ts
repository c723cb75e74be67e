/**
 * The forms resolution reads non-answers by (checks/resolution.ts) and the deflection rule shares
 * (checks/deflection.ts): the constructions of "I cannot answer", the question forms of a customer turn,
 * and what after a dismissal is still no answer.
 */
import type { PreparedTurn } from '../context.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { heardRegExp } from '../text/patterns.js';
/**
 * Constructions of a non-answer, on the normalised text (no punctuation, numerals canonical). They
 * are built from the spec's 不清楚/没办法 and their common paraphrases, not from any list of
 * sentences: "(not) + (quite) + know/sure/clear", "no way / unable + (to you) + (exactly) +
 * answer/tell/confirm", "answer/solve + 不了", "find no + relevant + rules/information". The bare spoken verb
 * counts as the tell-verb (没法说 / 没办法讲, as 说不好 / 说不准 below do; not 没法说话 "cannot talk now"). 掌握 ("hold the
 * information": 这个我们客服不掌握) is the official register's not-knowing (round 13).
 */
const TO_YOU = '(?:给|帮|为|跟|和|向)(?:您|你)';
/** "(not) + (quite) + know/sure/clear": NON_ANSWER's first form and NOT_KNOWING_CLOSING, one list of verbs for both. */
const NOT_KNOWING_SOURCE = '(?<![如若您你有里么听])不(?:太|是很|是特别|大|怎么)?(?:清楚|了解|确定|知道|晓得|明白|掌握)';
export const NON_ANSWER: RegExp[] = [
  new RegExp(`${NOT_KNOWING_SOURCE}(?!的|之处|因素|性|您|你|是否|方不方便|有没有)`, 'u'),
  new RegExp(`(?:没|没有)(?:办法|法子|法)(?:${TO_YOU})?(?:准确|具体|明确|确切)?地?(?:答复|回答|解答|告诉|告知|确定|确认|说明|查|处理|解决|[说讲](?!话|服)|答(?![应谢卷题案辩]))`, 'u'),
  new RegExp(`无法(?:${TO_YOU})?(?:准确|具体|明确|确切)?地?(?:答复|回答|解答|告诉|告知|确定|确认|说明|查询|提供|处理|解决)`, 'u'),
  /(?:答复|回答|解答|告诉|帮)不了|(?:回)?答不上来?/u,
  /(?:我|我们|这边|这里)(?:这边|这里)?(?:暂时|目前)?(?:也)?(?:解决|处理|办)不了/u,
  /(?:查|看|找)不到(?:相关|这方面|具体|有关|这个信息|这个资料|这方面的|这[种类](?:信息|资料|数据|记录))/u,
  // the record that cannot be called up (我这里调不出来这个信息 — round 18): 调 is the look-up verb of a desk system
  /调不出(?:来)?(?:这个|相关|这方面的?|有关的?)?(?:信息|资料|数据|记录)/u,
  /(?:没有|暂无|暂时没有)(?:相关|这方面|具体)的?(?:信息|规定|说明|资料|政策)/u,
  // the same lack said as what the agent has to hand (我手上没有资料 / 手头没这方面的数据 — round 12b)
  /(?:手上|手头|手里)(?:也|暂时|目前)?(?:没有|没)(?:相关|这方面|具体)?的?(?:信息|资料|数据|说明)/u,
  // (not 说不好意思: 您慢慢说。不好意思… reads 说不好意思 once the punctuation is gone; 讲 is the spoken 说)
  // round 23 (reading): the answering verb in the same slots (这我没法答 / 不好回答 / 答不上来 — 答 is 答复 / 回答 said short, as 说 is
  // the tell-verb) and 难说 after a degree word (这个很难说: 不好说 said with 难; not 困难说明 / 难说话)
  /[说讲]不好(?!意思)|[说讲]不准|不(?:太)?好[说讲](?!话)|不(?:太)?好(?:回答|答复)|(?:很|挺|比较|真|实在|确实|这个|这)难[说讲](?!话|明|清)/u,
];

/**
 * NON_ANSWER as heard, for speech only (run on heardText of the norm where NON_ANSWER found nothing): a recogniser's
 * homophone of a literal (不了姐 / 没半法查 / 说步好) is the same non-answer; its guards are read by sound too, so they
 * only keep out more (round 22 homophone probe: a reading bug). Typed chat is spelt as meant and never read so.
 */
export const NON_ANSWER_HEARD: readonly RegExp[] = NON_ANSWER.map(heardRegExp);

/** `text` (a norm, or a slice of one) holds an "I cannot answer" of NON_ANSWER. */
export function saysNonAnswer(text: string): boolean {
  for (let i = 0; i < NON_ANSWER.length; i++) if (NON_ANSWER[i]!.test(text)) return true;
  return false;
}


/**
 * The not-knowing of NON_ANSWER[0] without its look-ahead: read only where it closes its clause (我也不晓得，你自己
 * 看着办 / 具体的不清楚。您…). The look-ahead keeps 不知道您方便吗 out, but on the normalised text it cannot see the
 * clause break, so a not-knowing followed by a new clause opening with 你/您 was lost; a clause that ends on the
 * not-knowing is the reply, whatever the next clause says.
 */
export const NOT_KNOWING_CLOSING = new RegExp(NOT_KNOWING_SOURCE, 'gu');

/**
 * Question forms of a customer turn: a question mark, a final particle, or a question word
 * (多少/多久/几/什么/怎么/哪/为什么) or A-not-A (能不能, 是不是, 要不要 …), also split by what is asked about
 * (能寄到新疆不 / 有优惠不: a modal or 是/有 in the sentence, the 不 closing it — the spoken yes/no question).
 */
export const QUESTION = /[?？]|[吗呢吧嘛][。.！!～~\s]*$|(?:能|会|可以|是|有|要|用|行|够)\p{Script=Han}{0,12}不[啊呀]?[。.！!～~\s]*$|多少|多久|多长|几[天个点号时次年月]|[周星期拜]几|几时|何时|什么|怎么|怎样|如何|哪|为什么|为啥|啥|(.)不\1|能不能|可不可以|有没有/u;

/** A final 吧/嘛 after a request to the agent (那你帮我想想办法嘛 / 给我加急处理吧): the particle urges, it does not ask. */
const URGED_REQUEST = /(?:帮|给|替)(?:我|我们)[^？?。.！!]*[吧嘛][。.！!～~\s]*$/u;
/**
 * A final 吧/嘛 (and the punctuation after it): it urges a request or closes a statement (那我先这样吧); what still asks
 * without it is a question (shared by the checks that read the customer's turn before a reply).
 */
const FINAL_PARTICLE = /[吧嘛][。.！!～~\s]*$/u;

/** `text` with a final 吧/嘛 set aside. */
export const withoutFinalParticle = (text: string): string => text.replace(FINAL_PARTICLE, '');

/**
 * The customer turn asks something (QUESTION) — not a request urged with a final 吧/嘛 and no other question form in
 * it: a request to act is not a question to answer (the push before a 忌语 decides forbidden-words, not resolution).
 */
export function asksQuestion(text: string): boolean {
  if (!QUESTION.test(text)) return false;
  if (!URGED_REQUEST.test(text)) return true;
  return QUESTION.test(withoutFinalParticle(text));
}

/**
 * asksQuestion of a turn's own text, kept on its view: the checks ask it of every customer turn of every
 * contact (facts.ts per agent turn, resolution, closing), and QUESTION, with its Han-class and back-reference
 * alternatives, costs more than the lookup; scripted customer lines repeat across contacts. Two bits of the view's
 * lineFlags (view.ts lineTest), not a memo entry: a Map lookup per customer turn, and a memo Map for each new
 * customer line that needed none otherwise.
 */
export function turnAsksQuestion(t: PreparedTurn): boolean {
  return lineTest(t.view, LINE_TEST.asksQuestion, viewAsksQuestion);
}
/** (the view's text is the turn's: views are shared by equal text) */
const viewAsksQuestion = (v: TextView): boolean => asksQuestion(v.original);

/**
 * What follows the dismissal without answering the question: a report that the main request was recorded
 * (已经给您登记好了，受理编号… / 我这边提交了), the hotline to call again (有问题您再打…), the way to complain
 * (如果您对处理结果不满意，可以拨打…反映) or an apology for an earlier explanation that goes on to repeat it
 * (不好意思，可能是我刚才没讲清楚，我再跟您说一遍…) — the wrap-up of the contact or an old answer again, not an
 * answer to what the customer just asked.
 */
export const NOT_AN_ANSWER_AFTER =
  /^(?:好的|嗯|那)?(?:我这边|这边|我们|我)?(?:已经|已)?(?:给|为|帮)?(?:您|你)?(?:登记|提交|受理|记录|备注)(?:好)?了|^(?:有问题|有事|有疑问)(?:的话)?(?:您|你)?(?:可以)?再?(?:打|拨|联系|致电)|^(?:如果|若|要是|假如)?(?:您|你)(?:对)?[^]{0,10}?不满意|^(?:不好意思|抱歉|对不起)?(?:可能|也许)?(?:是)?(?:我)?(?:刚才|之前)?(?:没|没有)(?:讲|说|解释)(?:清楚|明白)|^(?:我)?再(?:跟|给|和|向)?(?:您|你)?(?:说|讲|解释|重复)一(?:遍|下)/u;

/**
 * The wrap-up question closing the turn (还有别的问题吗？/ 请问还有其他需要吗 / 别的还需要我做什么吗): what is before it is the
 * turn's reply: an answer before it still answers, no question back (non-answer-repairs.ts), and a receipt before it is
 * still a receipt alone (receipt-reply.ts) — round 12.
 */
export const WRAP_UP_TAIL = /[，,。．.！!\s|]*(?:请问|那|您|你)?(?:别的|其他|其它)?还(?:有|需要)(?:别的|其他|其它|什么|啥)[^。！!？?，,|]{0,10}?(?:吗|么|没有|呢)?[?？]*[\s）)]*$|[，,。．.！!\s|]*(?:请问|那|您|你)?(?:别的|其他|其它)还(?:有|需要)[^。！!？?，,|]{0,10}?(?:吗|么|没有|呢)?[?？]*[\s）)]*$/u;

/** Characters of answer after a dismissive 忌语 that make the turn an answer after all. */
export const ANSWER_AFTER = 8;

/**
 * A customer statement that asks for action though it asks no question: a problem reported — something negated or
 * failing (没收到 / 打不开 / 停了 / 太慢 / 扣错了 / 丢了 / 漏水 / 卡住 / 故障) — or a request (帮我挂失 / 你们管一下 /
 * 我要退款). Not a remark (我就是跟你们说一声，我换号了): a reply that only sends the customer elsewhere or shrugs
 * leaves what they want fixed unanswered, a remark wanted nothing.
 */
export const asksForAction = (norm: string): boolean => PROBLEM_OR_REQUEST.test(norm);
const PROBLEM_OR_REQUEST = /[不没未]|坏|慢|停|错|丢|漏|卡住|故障|问题|失败|帮|给我|管一下|处理|解决|我要|我想|麻烦/u;

/**
 * forbidden-words' reading of a disclaimer of remit by what it does, not by its words: 推诿 sends the customer on — to another
 * party (你去问X / 找别人去), to themselves (您自己想办法吧) — while "that is not ours" said of a named topic and nothing more
 * (这个我们管不了。/ 押金那块不是我负责，我也不太清楚) leaves the question unanswered: a non-answer, resolution's business (as the
 * topic-scoped not-knowing is, 续借几次我不清楚). Round 20: six dev authors label that whole clause pass for forbidden-words and
 * fail for resolution (dev4a, dev8a, dev11b, dev15b, dev16a, dev21a), two a 忌语 (dev2a; dev13c's voice copy of a chat line
 * it passes).
 *
 * The clause is: a topic named first — 这个 / 这块 / 这事, or a noun phrase ending in 的事 / 那块 / 方面 / 的X, not the customer's
 * own (你的事 / 您的事 stay 推诿) — then our side (我 / 我们, 这边 …) and the disowning verb (管不了 / 管不着 / 不管 / 不负责 /
 * 不是我负责), closing the clause. The turn names no one to go to and orders nothing (找 / 问 / 联系 / 自己 / 想办法 / 去吧, or a clause closed by 吧 after it, 按流程走吧):
 * with those it is the buck-pass it always was. 不处理 / 不受理 refuse the act itself (这事我们不处理。) and stay a 忌语.
 */
import type { PreparedTurn, VocabMatch } from '../context.js';
import { clauseOpensAt } from '../text/view.js';

/** The clause (norm text, pauses and punctuation as its ends) is only a topic, our side and the disowning verb. */
const TOPIC_DISCLAIMER =
  /^(?:嗯|呃|啊|就是|那个|不好意思)*(?:这个|这块|这一块|这方面|这事儿?|这种事|(?!别的|其他|其它|其余|剩下)(?![^我]*[你您他她])\p{Script=Han}{1,6}?(?:的事儿?|的事情|的问题|那块|那一块|这块|这一块|方面|的(?:(?!我)\p{Script=Han}){1,3}))(?:我|我们)?(?:这边|这里|这儿|这)?(?:也)?(?:管不了|管不着|不管|不负责|不是我负责|不是我们负责)(?:的)?(?:啊|呀|哦|哈)?$/u;

/** Anywhere in the turn: the customer sent on or told to fend for themselves. */
const SENDS_ON = /找|问|联系|打给|咨询|自己|想办法|去吧|去$/u;
/** After it: a clause closed by 吧 (按流程走吧 / 等通知吧) tells the customer what to do instead of helping. */
const ORDERS_AFTER = /吧/u;

/** Characters that a disowning hit must hold to be read here at all (a cheap gate). */
const DISOWNING = /管|负责/u;

/**
 * True when the 推诿 hit `m` in the agent's turn `t` is a topic-scoped disclaimer of remit that sends the customer nowhere
 * (see the file comment): resolution's non-answer, not a 忌语.
 */
export function topicDisclaimer(t: PreparedTurn, m: Pick<VocabMatch, 'category' | 'start' | 'end' | 'quote'>): boolean {
  if (m.category !== '推诿' || !DISOWNING.test(m.quote)) return false;
  const v = t.view;
  let from = m.start;
  while (from > 0 && !clauseOpensAt(v, from)) from--;
  let to = m.end;
  while (to < v.norm.length && !clauseOpensAt(v, to)) to++;
  if (!TOPIC_DISCLAIMER.test(v.norm.slice(from, to))) return false;
  const after = v.norm.slice(to);
  return !SENDS_ON.test(v.norm.slice(0, from)) && !SENDS_ON.test(after) && !ORDERS_AFTER.test(after);
}

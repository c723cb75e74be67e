/**
 * hold-etiquette, round 20: the courtesy for the wait said in the FIRST CLAUSE of the turn that comes back after a hold, in
 * frames the rubric's holdThanks phrases do not spell out. Its place makes it about the wait just over [S3 等待: "感谢您的
 * 耐心等待"; "对不起，让您久等了"]:
 * - the wait as the thanks' object with the verb unheard or left out (您的耐心等待，… / 你的等待 …): the clause is only the
 *   customer's wait or patience;
 * - the wait's length remarked on (等了挺久吧 / 等半天了吧 / 等得有点久了): 等 with its duration complement as the whole
 *   clause, the apology's remark without the apology word (the rubric's 久等了 read the same way).
 * Anywhere later in the turn the same words say something else (您之前等了挺久吧 about an earlier visit). Not a bare thanks
 * (谢了，…) there: after a request to wait that followed the customer's name or number it may thank for that (dev7a labels
 * the one form both ways).
 */
import type { PreparedTurn } from '../context.js';
import type { PhraseMatch } from '../text/fuzzy.js';
import { clauseOpensAt, quoteOf } from '../text/view.js';

/** The longest first clause read (the forms below are short; a long one is not scanned). */
const FIRST_CLAUSE_MAX = 16;
/** What may open the clause before the courtesy (好的，… / 嗯 那个 …). */
const LEAD = '(?:好的|好|嗯|呃|额|那个|哎|喂)*';
const LEAD_ONLY = new RegExp(`^${LEAD}$`, 'u');
/** The whole first clause is the customer's wait or patience as a noun phrase (您的耐心等待 / 你的等待). */
const WAIT_NOUN = new RegExp(`^${LEAD}(?:您|你|亲)(?:的)?(?:耐心)?(?:等待|等候|耐心)(?:了|哈|啊)?$`, 'u');
/**
 * The whole first clause remarks on how long the wait was, in the past (等了挺久吧 / 等半天了吧 / 等得有点久了 / 您等了好一会儿了):
 * 了/得 after 等 or 了 after the length — 等一会儿 without either asks for a wait.
 */
const LENGTH = '(?:有点|有些|挺|很|好|太|这么|那么|蛮)?(?:久|半天|一会儿?|长时间)';
const WAIT_LENGTH = new RegExp(`^${LEAD}(?:让)?(?:您|你)?(?:刚才|刚刚)?等(?:(?:了|得)${LENGTH}(?:了)?|${LENGTH}了)(?:吧|哈|啊|呀|哦)?$`, 'u');
/**
 * The courtesy for the wait in the first clause of `back`, the agent's first turn after the hold, or null.
 */
export function waitNamedOnReturn(back: PreparedTurn): PhraseMatch | null {
  const v = back.view;
  // the first clause: up to the first punctuation or pause in speech (a space in an ASR transcript); a clause of receipt
  // words only (好的，… / 嗯 …) opens the turn before it
  let start = 0;
  let end = start + 1;
  for (;;) {
    while (end < v.norm.length && end - start <= FIRST_CLAUSE_MAX && !clauseOpensAt(v, end)) end++;
    if (end - start > FIRST_CLAUSE_MAX || end >= v.norm.length || !LEAD_ONLY.test(v.norm.slice(start, end))) break;
    start = end;
    end = start + 1;
  }
  if (end - start > FIRST_CLAUSE_MAX) return null;
  const first = v.norm.slice(start, end);
  if (!WAIT_NOUN.test(first) && !WAIT_LENGTH.test(first)) return null;
  return { phrase: first, start, end, cost: 0, level: 'pattern', quote: quoteOf(v, start, end) };
}

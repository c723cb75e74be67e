/**
 * A reference the agent reads back is not one it issued [S13 工单流水号 — the record opened for the customer's request,
 * which the customer follows up with]: by its place in the contact, a number is the customer's own (an order, a
 * recycling order, a booking's confirmation number, a certificate) when
 *   - it comes before the customer has said anything: no request exists yet to be numbered (你好，编号6566。 is the
 *     agent's staff number in the opening);
 *   - the agent says whose it is: the one the customer gave (您报的 / 您提供的 / 您刚才说的 + the number), or notes it
 *     down as received (火化证明编号HZ…我记下了 / …我这边备注好了);
 *   - the customer said the same number earlier in the contact;
 *   - the agent earlier ASKED the customer for a number of that kind (请提供一下回收单号 … 您的回收单号是8223…): the kind
 *     named by the keyword and the words that qualify it (回收 + 单号, 预订 + 确认号, 火化证明 + 编号).
 * Whatever the trade calls its numbers, the dialogue says whose a number is.
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';

/** The customer named as the source of the number right before its kind (您报的 / 您提供的 / 你刚才说的). */
const CUSTOMER_GAVE = /(?:您|你)(?:刚才|刚刚|之前|前面)?(?:报|提供|给|说|发|填|留|告诉我)(?:的|过的)$/u;
/** Characters that end the qualifier walked back from the keyword: a possessive, a copula, a pronoun, a verb of giving. */
const NOT_QUALIFIER = /[的是您你我他她这那个了把给报说提供发念填留和及与,，。|\s\d]/u;
/** An ask for the number around its kind in an earlier agent turn: a verb of giving before it, a question after it. */
const ASK_BEFORE = /(?:提供|报一下|报下|告诉我|说一下|说下|发一下|发下|发我|念一下|输入|给我)[^|]{0,6}$/u;
const ASK_AFTER = /^(?:是多少|多少|是什么|是啥|报一下|发一下|说一下|念一下|发我|给我|麻烦报|麻烦发|麻烦说|请报|请提供)/u;
/** Right after the id: the agent noting it down (…我记下了 / 我这边备注好了) — a number received, not one issued. */
const NOTED_AFTER = /^(?:我|我这边|这边)?(?:已经)?(?:记下|记好|备注|记录好|登记好)了?/u;

/** The kind a reference keyword names, with up to four qualifying characters before it (回收单号, 预订确认号). */
function kindAt(norm: string, start: number, end: number): string {
  let k = start;
  while (k > 0 && start - k < 4 && !NOT_QUALIFIER.test(norm[k - 1]!)) k--;
  return norm.slice(k, end);
}

/**
 * True when an agent turn before `t` asks the customer for a number of this kind — and the customer's next turn did not
 * answer with another number (麻烦提供受理编号 — 编号我看看，LJ231107 … 我给您登记了，受理编号AJ1566982): the ask got its
 * answer, so a different number given later is a new record, not the one asked for.
 */
function askedForKind(p: PreparedTranscript, t: PreparedTurn, kind: string, id: string): boolean {
  const ask = askFor(p, t, kind);
  if (!ask) return false;
  const answer = p.customer.find((c) => c.index > ask.index && c.index < t.index);
  if (!answer) return true;
  const given = answer.view.norm.match(ID_LIKE);
  return !given || given.some((g) => g === id);
}
/** A number as a customer reads one out: six or more letters and digits, a digit among them. */
const ID_LIKE = /(?=[a-z]*\d)[0-9a-z]{6,}/gu;

/** The agent turn before `t` that asks the customer for a number of this kind, or null. */
function askFor(p: PreparedTranscript, t: PreparedTurn, kind: string): PreparedTurn | null {
  for (const a of p.agent) {
    if (a.index >= t.index) break;
    const norm = a.view.norm;
    for (let at = norm.indexOf(kind); at >= 0; at = norm.indexOf(kind, at + 1)) {
      // the whole kind, not the tail of a longer one (单号 inside 订单号 is another number); an ask ending 报一下 may run into it
      if (at > 0 && !NOT_QUALIFIER.test(norm[at - 1]!) && norm[at - 1] !== '下') continue;
      if (ASK_BEFORE.test(norm.slice(Math.max(0, at - 8), at)) || ASK_AFTER.test(norm.slice(at + kind.length, at + kind.length + 4))) return a;
    }
  }
  return null;
}

/**
 * True when the reference found in agent turn `t` (keyword at [start, end) of its norm, id `reference`) is a number
 * of the customer's read back, or the agent's own said before any request (see the module comment).
 */
export function echoedReference(p: PreparedTranscript, t: PreparedTurn, start: number, end: number, reference: string): boolean {
  const firstCustomer = p.customer[0];
  if (firstCustomer && t.index < firstCustomer.index) return true;
  const norm = t.view.norm;
  const kind = kindAt(norm, start, end);
  const kindStart = end - kind.length;
  if (CUSTOMER_GAVE.test(norm.slice(Math.max(0, kindStart - 8), kindStart))) return true;
  const id = reference.toLowerCase();
  const idAt = norm.indexOf(id, end);
  if (idAt >= 0 && NOTED_AFTER.test(norm.slice(idAt + id.length, idAt + id.length + 8))) return true;
  for (const c of p.customer) {
    if (c.index >= t.index) break;
    if (c.view.norm.includes(id)) return true;
  }
  return askedForKind(p, t, kind, id);
}

/**
 * Chat messages sent as bubbles (round 23, gathered here in round 24). prepare (context.ts) links them: a dialogue turn
 * `continues` the one before it when the same speaker sent it within MESSAGE_GAP_MS with nothing between, and the earlier
 * bubble's `more` is that turn. A message is a run of such bubbles; a call's turns are each a message of one bubble.
 *
 * The helpers taking `(ts, i)` read `ts` as p.dialogue (or any array in which a bubble that `continues` stands right after
 * the bubble it continues: p.agent / p.customer hold that too) and `i` as the bubble's place in it. Cheapest first: a turn
 * in no message costs one field read.
 */
import type { PreparedTurn } from './context.js';

/** A bubble of a chat message sent as several (it continues one, or one continues it). */
export function inMessage(t: PreparedTurn): boolean {
  return t.continues === true || t.more !== undefined;
}

/** `re` found in bubble `t` or a later bubble of its chat message (what one message says, sent as bubbles). */
export function messageTest(t: PreparedTurn, re: RegExp): boolean {
  for (let b: PreparedTurn | undefined = t; b; b = b.more) if (re.test(b.view.norm)) return true;
  return false;
}

/** Place in `ts` of the first bubble of the message holding ts[i]. */
export function messageStart(ts: readonly PreparedTurn[], i: number): number {
  let k = i;
  while (k > 0 && ts[k]!.continues) k--;
  return k;
}

/** Place in `ts` of the last bubble of the message holding ts[i]. */
export function messageEnd(ts: readonly PreparedTurn[], i: number): number {
  let k = i;
  while (k + 1 < ts.length && ts[k + 1]!.continues) k++;
  return k;
}

/** A bubble sent before ts[i] in its message satisfies `test` (nearest first). */
export function bubbleBefore(ts: readonly PreparedTurn[], i: number, test: (b: PreparedTurn) => boolean): boolean {
  for (let k = i; k > 0 && ts[k]!.continues; k--) if (test(ts[k - 1]!)) return true;
  return false;
}

/** A bubble sent after `t` in its message satisfies `test` (nearest first; no array needed: the `more` links). */
export function laterBubble(t: PreparedTurn, test: (b: PreparedTurn) => boolean): boolean {
  for (let b = t.more; b; b = b.more) if (test(b)) return true;
  return false;
}

/** Another bubble of ts[i]'s message satisfies `test` — what a turn holds, a message holds across its bubbles. */
export function otherBubble(ts: readonly PreparedTurn[], i: number, test: (b: PreparedTurn) => boolean): boolean {
  return bubbleBefore(ts, i, test) || laterBubble(ts[i]!, test);
}

/** Some bubble of ts[i]'s message, ts[i] itself included, satisfies `test`. */
export function anyBubble(ts: readonly PreparedTurn[], i: number, test: (b: PreparedTurn) => boolean): boolean {
  return test(ts[i]!) || otherBubble(ts, i, test);
}

/**
 * The turns of the first `n` messages of `turns` — a bubble that continues its message (您别急。‖ 麻烦报一下… sent a
 * second apart) is counted with the message, not as a turn of its own.
 */
export function firstMessages(turns: readonly PreparedTurn[], n: number): PreparedTurn[] {
  let k = 0;
  for (let m = 0; k < turns.length; k++) if (!turns[k]!.continues && ++m > n) break;
  return turns.slice(0, k);
}

/**
 * Round 24: the normalised text of the bubbles sent after `t` in its message, joined ('' for a turn in no message): what
 * the rest of one turn would say after `t`'s own words.
 */
export function messageNormAfter(t: PreparedTurn): string {
  if (!t.more) return '';
  let s = '';
  for (let b: PreparedTurn | undefined = t.more; b; b = b.more) s += b.view.norm;
  return s;
}

/**
 * Round 24: the text of the whole message holding bubble `t` of `ts` (p.dialogue, p.customer or p.agent), its bubbles
 * joined (a bubble closing on no mark gets a comma: 顺便问下 ‖ 你们几点关门？ is 顺便问下，你们几点
 * 关门？). A turn in no message is its own text (no allocation).
 */
export function messageText(ts: readonly PreparedTurn[], t: PreparedTurn): string {
  if (!inMessage(t)) return t.turn.text;
  const i = ts.indexOf(t);
  if (i < 0) return t.turn.text;
  let s = '';
  for (let k = messageStart(ts, i), end = messageEnd(ts, i); k <= end; k++) {
    const text = ts[k]!.turn.text;
    s += s && !CLOSED.test(s) ? `，${text}` : text;
  }
  return s;
}
/** A bubble closing on a mark (sentence or clause end, an ellipsis or tilde, an emoji): the next bubble joins it directly. */
const CLOSED = /[。！？!?，,；;：:~～…\p{Extended_Pictographic}]\s*$/u;

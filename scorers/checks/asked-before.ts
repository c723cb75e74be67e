/**
 * Round 26 (reading): which customer turn a non-answer withholds. The agent's backchannel turns (对 / 好的 / 嗯嗯 alone, at
 * most MAX_BACKCHANNELS) said between the customer's question and the non-answer answer nothing: the question stays the
 * customer's turn before them (问 — 对 — 这个我们查不到), for the readings that make a non-answer good later
 * (non-answer-repairs.ts madeGoodLater, answer-after-reaction.ts).
 */
import type { PreparedTurn } from '../context.js';

/** At most this many backchannel turns are passed over. */
const MAX_BACKCHANNELS = 2;
/** An agent turn that only says it heard or assents (对 / 好的 / 嗯嗯 / 是的 / 明白): no content, no question. */
const BACKCHANNEL = /^(?:嗯|哦|噢|啊|呃|对|是|的|好|行|明白|收到|了解)+$/u;

/** The index in `d` where the customer's turns before the non-answer at `k` end, past the agent's backchannel turns. */
export function askedBefore(d: readonly PreparedTurn[], k: number): number {
  let j = k - 1;
  for (let n = 0; n < MAX_BACKCHANNELS && d[j]?.turn.speaker === 'agent' && BACKCHANNEL.test(d[j]!.view.norm); n++) j--;
  return j;
}

/**
 * Checks a captured Interaction against the simulated centre's ground-truth log: the same
 * messages in the same order, and how far the caller-side times are from the centre's send times.
 * Used by e2e tests and benchmarks (the harness itself never sees the ground truth).
 */
import type { Interaction, Speaker } from '../../harness/interaction/types.js';

/** The part of a ground-truth `message` record this comparison needs. */
export interface TruthMessage {
  type: 'message';
  ref: string;
  seq: number;
  speaker: Speaker;
  text: string;
  at: number;
}

export interface Comparison {
  contactId: string;
  /** Centre messages (of the compared speakers) the caller never saw. */
  missing: TruthMessage[];
  /** Captured turns the centre has no record of. */
  extra: { text: string; startMs: number }[];
  /** Captured time − centre send time, ms, one per matched message (positive = seen after sent). */
  errorsMs: number[];
  /** The centre's send time (epoch ms) of each matched message, same order as errorsMs. */
  matchedAt: number[];
  /** True when the matched messages are in the centre's order. */
  inOrder: boolean;
}

const norm = (t: string) => t.normalize('NFKC').replace(/\s+/gu, '');

/** The centre logs IVR prompts of a call as "system" messages; on the caller's side they are "ivr". */
function callerSpeaker(m: TruthMessage, channel: Interaction['channel']): Speaker {
  return channel === 'voice' && m.speaker === 'system' ? 'ivr' : m.speaker;
}

export function compareWithTruth(interaction: Interaction, truth: readonly TruthMessage[], speakers: readonly Speaker[] = ['agent']): Comparison {
  const expected = truth
    .filter((m) => m.type === 'message' && m.ref === (interaction.centreRef ?? interaction.contactId) && speakers.includes(callerSpeaker(m, interaction.channel)))
    .sort((a, b) => a.seq - b.seq);
  const turns = interaction.turns.filter((t) => speakers.includes(t.speaker));
  const used = new Set<number>();
  const errorsMs: number[] = [];
  const matchedAt: number[] = [];
  const extra: Comparison['extra'] = [];
  const matchedSeqs: number[] = [];
  for (const turn of turns) {
    const idx = expected.findIndex((m, i) => !used.has(i) && norm(m.text) === norm(turn.text));
    if (idx < 0) {
      extra.push({ text: turn.text, startMs: turn.startMs });
      continue;
    }
    used.add(idx);
    matchedSeqs.push(expected[idx]!.seq);
    errorsMs.push(interaction.startedAt + turn.startMs - expected[idx]!.at);
    matchedAt.push(expected[idx]!.at);
  }
  return {
    contactId: interaction.contactId,
    missing: expected.filter((_, i) => !used.has(i)),
    extra,
    errorsMs,
    matchedAt,
    inOrder: matchedSeqs.every((s, i) => i === 0 || s > matchedSeqs[i - 1]!),
  };
}

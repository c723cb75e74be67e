/**
 * zod schema of an Interaction (harness/interaction/types.ts), for `score --interactions file.jsonl`:
 * a centre's own recordings come from other systems, so every line is validated before scoring.
 * Event types stay open strings (other systems have their own, and they are kept); the rest is
 * strict about types but tolerant of extra fields (passthrough is not kept: the scorers read only
 * the known fields). Meets other systems halfway: `durationMs` may be left out and is then the end
 * of the last turn or event.
 */
import { z } from 'zod';
import type { Interaction } from '../interaction/types.js';

const Ms = z.number().finite().nonnegative();

export const TurnSchema = z.object({
  speaker: z.enum(['agent', 'customer', 'ivr', 'bot', 'system']),
  text: z.string(),
  startMs: Ms,
  endMs: Ms,
  confidence: z.number().min(0).max(1).optional(),
  audioChannel: z.number().int().nonnegative().optional(),
});

export const EventSchema = z.object({
  type: z.string().min(1),
  atMs: Ms,
  detail: z.record(z.string(), z.unknown()).optional(),
});

export const InteractionSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    contactId: z.string().min(1),
    scenarioId: z.string().min(1).default('imported'),
    runId: z.string().optional(),
    channel: z.enum(['webchat', 'voice']),
    startedAt: z.number().finite().nonnegative(),
    /** @default the end of the last turn or event */
    durationMs: Ms.optional(),
    events: z.array(EventSchema).default([]),
    turns: z.array(TurnSchema),
    outcome: z.enum(['completed', 'no-answer', 'busy', 'failed', 'abandoned']),
    error: z.object({ code: z.string(), message: z.string(), step: z.string().optional(), hint: z.string().optional() }).optional(),
    failedBy: z.enum(['centre', 'harness']).optional(),
    recording: z.string().optional(),
    transcriptSource: z.enum(['chat-dom', 'deepgram', 'gather', 'emulator', 'import']).default('import'),
    centreRef: z.string().optional(),
    clock: z.enum(['page', 'node']).optional(),
    transcription: z
      .object({
        status: z.enum(['failed-retryable', 'failed', 'done']),
        engine: z.string().optional(),
        attempts: z.number().int().nonnegative().optional(),
        error: z.object({ code: z.string(), message: z.string(), step: z.string().optional(), hint: z.string().optional() }).optional(),
        at: z.number().optional(),
      })
      .optional(),
  })
  .superRefine((i, ctx) => {
    i.turns.forEach((t, n) => {
      if (t.endMs < t.startMs) ctx.addIssue({ code: 'custom', path: ['turns', n, 'endMs'], message: 'endMs is before startMs' });
    });
  })
  .transform((i) => ({ ...i, durationMs: i.durationMs ?? derivedDuration(i) }));

/** The end of the last turn or event: what a recording without a duration lasted at least. */
export function derivedDuration(i: { turns: readonly { endMs: number }[]; events: readonly { atMs: number }[] }): number {
  let end = 0;
  for (const t of i.turns) if (t.endMs > end) end = t.endMs;
  for (const e of i.events) if (e.atMs > end) end = e.atMs;
  return end;
}

/** Compile-time check that the schema's output is an Interaction. */
export type ParsedInteraction = z.output<typeof InteractionSchema>;
const _assignable: (x: ParsedInteraction) => Interaction = (x) => x;
void _assignable;

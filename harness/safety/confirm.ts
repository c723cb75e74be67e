/**
 * The confirmation before real calls: the plan is printed, and the operator types "yes" at a
 * terminal. `--yes` answers for CI. Without a terminal and without `--yes` we refuse: a script
 * that was never meant to dial must not dial because nobody was there to say no.
 */
import { createInterface } from 'node:readline/promises';
import { SafetyError } from './errors.js';
import type { DialPlan } from './preflight.js';

export interface ConfirmOptions {
  /** --yes: dial without asking. @default false */
  yes?: boolean;
  /** @default process.stdin */
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** @default process.stderr (the question is not part of the command's output) */
  output?: NodeJS.WritableStream;
}

/** Resolves when dialling may start; throws E_DIAL_CONFIRM (no terminal) or E_DIAL_DECLINED. */
export async function confirmDialling(plan: DialPlan, options: ConfirmOptions = {}): Promise<void> {
  if (plan.mode !== 'real' || !plan.calls.length || options.yes) return;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stderr;
  if (!input.isTTY) {
    throw new SafetyError('E_DIAL_CONFIRM', `refusing to place ${plan.calls.length} real call(s) without confirmation: stdin is not a terminal`, 'check the plan with `run --dry-run`, then pass --yes (CI) or run it in a terminal');
  }
  const cost = plan.estimatedCost !== undefined ? `, at most ≈ ${plan.estimatedCost.toFixed(2)} ${plan.currency}` : '';
  const rl = createInterface({ input, output, terminal: true });
  try {
    const answer = await rl.question(`Dial ${plan.calls.length} real call(s) to ${plan.destinations.length} number(s) (at most ${plan.maxMinutes} min${cost})? Type "yes" to dial: `);
    if (answer.trim().toLowerCase() !== 'yes') throw new SafetyError('E_DIAL_DECLINED', 'not confirmed: nothing was dialled');
  } finally {
    rl.close();
  }
}

/**
 * What `run` and `resume` do before placing anything: plan every contact (preflight), then
 * - `--dry-run`: print the plan and stop (exit 1 when it has problems); nothing is dialled or written;
 * - real dialling: print the plan, refuse on any problem, ask for confirmation (`--yes` skips it);
 * - the emulator: go ahead silently (the demo and tests), contact-level problems stay contact failures.
 */
import { confirmDialling } from './confirm.js';
import { assertPlanAllowed, formatPlan, preflight, type DialPlan, type PreflightInput } from './preflight.js';

export interface RunSafetyFlags {
  /** Validate and plan, print the plan, dial nothing. @default false */
  dryRun?: boolean;
  /** Dial real numbers without asking (CI). @default false */
  yes?: boolean;
}

export type PreflightOutcome = { proceed: true; plan: DialPlan } | { proceed: false; plan: DialPlan; code: number };

export async function preflightRun(
  input: PreflightInput,
  flags: RunSafetyFlags,
  io: { stdout: NodeJS.WritableStream; stderr?: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream & { isTTY?: boolean } },
  // --- load preflight (h/lpre): `load` adds its profile's own problems before the plan is judged
  amend?: (plan: DialPlan) => void,
  // --- end load preflight
): Promise<PreflightOutcome> {
  const plan = await preflight(input);
  amend?.(plan); // load preflight (h/lpre)
  if (flags.dryRun) {
    io.stdout.write(formatPlan(plan));
    io.stdout.write(plan.problems.length ? `dry run: ${plan.problems.length} problem(s); nothing was dialled\n` : 'dry run: the plan is valid; nothing was dialled\n');
    return { proceed: false, plan, code: plan.problems.length ? 1 : 0 };
  }
  if (plan.mode === 'real' && plan.calls.length) {
    io.stdout.write(formatPlan(plan));
    assertPlanAllowed(plan);
    await confirmDialling(plan, { yes: flags.yes, input: io.stdin });
  } else {
    // Not printed with a plan (emulator, chats only): warnings still reach the operator.
    for (const w of plan.warnings) (io.stderr ?? process.stderr).write(`warning: ${w}\n`);
  }
  return { proceed: true, plan };
}

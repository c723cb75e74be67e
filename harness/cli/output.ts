/**
 * How the CLI ends: known errors print their message (and hint) without a stack trace and set
 * the exit code; anything else is a bug and prints the stack.
 */
import { HarnessError, InputError } from '../errors.js';
import { scrubSecrets } from '../safety/secrets.js';

/** 4: --fail-under was given and the reviewed 服务质量 is under it; 5: `report` could not write some format. */
export const EXIT = { ok: 0, input: 1, contactsFailed: 2, scoringFailed: 3, belowThreshold: 4, reportFailed: 5, interrupted: 130 } as const;

export function reportError(err: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (err instanceof InputError) {
    stderr.write(`${err.problems.length} problem(s):\n${err.message}\n`);
    return EXIT.input;
  }
  // Credentials never reach the terminal, even inside an SDK's message or a stack.
  if (err instanceof HarnessError) {
    stderr.write(`error ${err.code}: ${scrubSecrets(err.describe())}\n`);
    return EXIT.input;
  }
  stderr.write(`internal error: ${scrubSecrets((err as Error)?.stack ?? String(err))}\n`);
  return 70;
}

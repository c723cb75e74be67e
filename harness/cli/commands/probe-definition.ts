/**
 * The `probe` command's arguments and options, kept out of main.ts (one line there) and out of
 * probe.ts (which loads Playwright: only when the command runs).
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { ProbeCommandOptions } from './probe.js';

function positiveMs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected milliseconds, a whole number ≥ 1');
  return n;
}

export function defineProbeCommand(
  program: Command,
  load: () => Promise<{ probeCommand: (url: string, opts: ProbeCommandOptions) => Promise<number> }>,
  finish: (code: number) => void,
): void {
  program
    .command('probe')
    .argument('<url>', "a page of the centre's site that shows the chat or its launcher")
    .option('--send <line>', 'send this line and watch the replies (repeatable; nothing is sent without it)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--out <file>', 'where to write the scenario skeleton (default: scenarios/probe-<site>.yaml)')
    .option('--screenshot <file>', 'where to save a screenshot (default: next to the skeleton, .png)')
    .option('--timeout <ms>', 'bound of each wait: the chat opening, replies (default: 20000)', positiveMs)
    .option('--force', 'overwrite an existing skeleton file')
    .option('-c, --config <file>', 'config file (browser settings; default: ./mystery-shopper.config.yaml when present)')
    .description('find the chat widget on a page and write a scenario skeleton with its selectors (exit 0 usable chat, 2 partial)')
    .action(async (url: string, opts: ProbeCommandOptions) => finish(await (await load()).probeCommand(url, opts)));
}

/**
 * The `merge` command's arguments and options, kept out of main.ts (one line there) and out of
 * merge.ts (which loads scoring and reports: only when the command runs).
 */
import type { Command } from 'commander';
import type { MergeFlags } from './merge.js';
import { score0to100 } from '../option-parsers.js';

export function defineMergeCommand(
  program: Command,
  load: () => Promise<{ mergeCommand: (dirs: string[], opts: MergeFlags) => Promise<number> }>,
  finish: (code: number) => void,
): void {
  program
    .command('merge')
    .argument('<runDirs...>', 'the run directories of the shards (run --shard i/n, load --shard i/n)')
    .option('--out <dir>', 'where the merged run is stored (default: runs)')
    .option('--allow-missing', 'merge even when some shards are missing (the merged run lists which)')
    .option('--rubric <nameOrFile>', 'rubric for scoring (default: the one the shards used)')
    .option('--format <list>', 'file reports written into <runDir>/reports (default: xlsx,pdf,junit,json)')
    .option('--no-reports', 'do not write the file reports')
    .option('--fail-under <score>', 'exit 4 when the reviewed 服务质量 score (0–100) is under this (CI gate)', score0to100)
    .description('join the shard runs of one plan into one run (raw contacts, never averaged figures), then score and report it')
    .action(async (dirs: string[], opts: MergeFlags) => finish(await (await load()).mergeCommand(dirs, opts)));
}

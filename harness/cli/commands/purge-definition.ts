/**
 * The `purge` command's arguments and options, kept out of main.ts (one line there) and out of
 * purge.ts (loaded only when the command runs).
 */
import type { Command } from 'commander';
import type { PurgeFlags } from './purge.js';

export function definePurgeCommand(
  program: Command,
  load: () => Promise<{ purgeCommand: (targets: string[], flags: PurgeFlags) => Promise<number> }>,
  finish: (code: number) => void,
): void {
  program
    .command('purge')
    .argument('<runDirs...>', 'run folders (runs/<runId>) or a runs/ folder: each run in it is considered')
    .requiredOption('--older-than <age>', 'purge runs whose last write is at least this old: 90m, 12h, 30d, 2w')
    .option('--dry-run', 'list what would be deleted and masked, change nothing')
    .description('delete recordings, partial attempts, failure snapshots and reports of old runs and mask personal data in their transcripts (writes purge.json)')
    .action(async (targets: string[], flags: PurgeFlags) => finish(await (await load()).purgeCommand(targets, flags)));
}

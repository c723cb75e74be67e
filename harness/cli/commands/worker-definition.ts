/**
 * The `worker` command's arguments and options, kept out of main.ts (one line there) and out of
 * worker.ts (which loads BullMQ and the channels: only when the command runs).
 */
import type { Command } from 'commander';
import type { WorkerFlags } from './worker.js';
import { positiveInt } from '../option-parsers.js';

export function defineWorkerCommand(
  program: Command,
  load: () => Promise<{ workerCommand: (opts: WorkerFlags) => Promise<number> }>,
  finish: (code: number) => void,
): void {
  program
    .command('worker')
    .requiredOption('--queue <url>', 'the Redis server the producer (`load --queue`, `run --queue`) enqueues on, e.g. redis://10.0.0.5:6379')
    .option('--queue-name <name>', 'BullMQ queue name; one per load run at a time (default: mystery-shopper)')
    .option('--concurrency <n>', 'contacts this worker places at once; the queue’s global cap still holds (default: the config’s, 4)', positiveInt)
    .option('-c, --config <file>', 'config file (browser, voice and Deepgram settings of this machine)')
    .option('--lock-duration <ms>', 'a worker silent this long is taken for dead and its contacts failed as E_WORKER_LOST (default: 30000)', positiveInt)
    .option('--spool <dir>', 'where contacts go when the run directory is not mounted on this machine (default: <tmp>/mystery-shopper-worker)')
    .option('--channels-module <file>', 'a module exporting `channels` (a channel registry) to place contacts with instead of the built-in ones')
    .description('place contacts from a Redis queue into the run directory they belong to (shared volume), until SIGINT/SIGTERM')
    .action(async (opts: WorkerFlags) => finish(await (await load()).workerCommand(opts)));
}

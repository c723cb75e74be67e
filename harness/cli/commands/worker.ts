/**
 * `worker --queue redis://…`: one of any number of processes, on any machines, that place the
 * contacts a producer (`load --queue`, `run --queue`) enqueued. It runs until SIGINT/SIGTERM: the
 * first signal stops taking jobs and lets the contacts in flight finish (they are stored as
 * usual); a second one aborts them (kept as partials, left for `resume`).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS } from '../../channels/registry.js';
import { loadConfig } from '../../config/load.js';
import { QueueError, redactedQueueUrl, DEFAULT_QUEUE_NAME } from '../../load/queue/queue-job.js';
import { startQueueWorker } from '../../load/queue/queue-worker.js';
import type { ChannelRegistry } from '../../runner/place-contact.js';
import { EXIT } from '../output.js';

export interface WorkerFlags {
  queue: string;
  queueName?: string;
  concurrency?: number;
  config?: string;
  lockDuration?: number;
  spool?: string;
  channelsModule?: string;
  /** @default process.stdout */
  stdout?: NodeJS.WritableStream;
}

async function channelsFrom(file: string): Promise<ChannelRegistry> {
  const mod = (await import(pathToFileURL(path.resolve(file)).href)) as { channels?: ChannelRegistry };
  if (!mod.channels?.webchat || !mod.channels.voice) {
    throw new QueueError(`--channels-module ${file} does not export \`channels\` with webchat and voice factories`, 'export const channels = { webchat: (config) => …, voice: (config) => … }');
  }
  return mod.channels;
}

export async function workerCommand(flags: WorkerFlags): Promise<number> {
  const out = flags.stdout ?? process.stdout;
  const config = await loadConfig({ config: flags.config, concurrency: flags.concurrency });
  const channels = flags.channelsModule ? await channelsFrom(flags.channelsModule) : CHANNELS;
  const worker = await startQueueWorker({
    queue: flags.queue,
    queueName: flags.queueName,
    concurrency: flags.concurrency ?? config.concurrency,
    config,
    channels,
    spoolDir: flags.spool,
    lockDurationMs: flags.lockDuration,
    stalledIntervalMs: flags.lockDuration,
    log: (line) => out.write(`${line}\n`),
  });
  out.write(`worker ${worker.identity} ready on ${redactedQueueUrl(flags.queue)}#${flags.queueName ?? DEFAULT_QUEUE_NAME}, up to ${flags.concurrency ?? config.concurrency} contact(s) at once\n`);

  let signals = 0;
  const stopped = new Promise<boolean>((resolve) => {
    const onSignal = () => {
      signals += 1;
      if (signals === 1) {
        out.write('stopping: finishing the contacts in flight; signal again to abort them\n');
        void worker.close().then(() => resolve(false));
      } else {
        out.write('aborting the contacts in flight (kept as partials, left for `resume`)\n');
        void worker.close({ force: true }).then(() => resolve(true));
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  const forced = await stopped;
  out.write(`worker ${worker.identity} stopped after placing ${worker.placed()} contact(s)\n`);
  return forced ? EXIT.interrupted : EXIT.ok;
}

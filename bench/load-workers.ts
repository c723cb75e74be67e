/**
 * The queue side of `npm run bench -- load --workers N`: a private redis-server, N real `worker`
 * processes (the CLI, as an operator starts them) pointed at the bench's offline lab, and the
 * Redis command counter. Everything here is stopped in bounded time, whatever happened.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { redisOptions } from '../harness/load/queue/queue-job.js';
import type { LabInfo } from '../harness/cli/commands/demo.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'harness', 'cli', 'main.ts');
/** A worker that is not ready by then (tsx compile + BullMQ connect on a loaded machine) is a failure. */
const READY_TIMEOUT_MS = 90_000;
/** Graceful stop first (contacts in flight finish), then abort, then kill. */
const STOP_GRACE_MS = 20_000;

export interface WorkerFleet {
  readonly pids: readonly number[];
  /** Stops every worker: SIGTERM, a second SIGTERM after the grace, SIGKILL after as long again. */
  stop(): Promise<void>;
}

/**
 * The worker's config file: the lab's centre, Twilio and Deepgram emulators, as `load --offline`
 * passes them to its own process. Credentials are not in it: they come from the environment the
 * workers inherit (TWILIO_*, DEEPGRAM_API_KEY), as on a real worker machine.
 */
export async function writeWorkerConfig(file: string, lab: Pick<LabInfo, 'centre' | 'twilio' | 'deepgram'>, concurrency: number): Promise<string> {
  const lines = [`centre: ${lab.centre}`, `concurrency: ${concurrency}`];
  // Same voice limits the producer's profile caps give the load run: the queue still holds the global ones.
  lines.push('voice:', '  callsPerSecond: 10', `  maxConcurrentCalls: ${concurrency}`);
  if (lab.twilio?.baseUrl) lines.push(`  twilioBaseUrl: ${lab.twilio.baseUrl}`);
  if (lab.deepgram?.baseUrl) lines.push('deepgram:', `  baseUrl: ${lab.deepgram.baseUrl}`);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timers: NodeJS.Timeout[] = [];
    child.once('exit', () => {
      timers.forEach(clearTimeout);
      resolve();
    });
    child.kill('SIGTERM');
    timers.push(setTimeout(() => child.kill('SIGTERM'), STOP_GRACE_MS));
    timers.push(setTimeout(() => child.kill('SIGKILL'), 2 * STOP_GRACE_MS));
  });
}

function waitReady(child: ChildProcess, index: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      // Keep only the tail: a worker prints one line per contact for the whole run.
      out = (out + d.toString()).slice(-4000);
      if (/ready on redis:/u.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    const timer = setTimeout(() => reject(new Error(`worker ${index} not ready after ${READY_TIMEOUT_MS} ms: ${out}`)), READY_TIMEOUT_MS);
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker ${index} exited (${code}) before it was ready: ${out}`));
    });
  });
}

/** N `mystery-shopper worker --queue …` processes, each taking up to `concurrency` contacts at once. */
export async function startWorkerFleet(opts: { queue: string; queueName: string; workers: number; concurrency: number; configFile: string }): Promise<WorkerFleet> {
  const children: ChildProcess[] = [];
  const fleet: WorkerFleet = {
    get pids() {
      return children.map((c) => c.pid ?? 0).filter(Boolean);
    },
    stop: async () => void (await Promise.all(children.map(stopChild))),
  };
  try {
    for (let i = 0; i < opts.workers; i++) {
      const args = ['--import', 'tsx', CLI, 'worker', '--queue', opts.queue, '--queue-name', opts.queueName, '--concurrency', String(opts.concurrency), '--config', opts.configFile];
      children.push(spawn(process.execPath, args, { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] }));
    }
    await Promise.all(children.map(waitReady));
    return fleet;
  } catch (err) {
    await fleet.stop();
    throw err;
  }
}

/** Commands Redis has processed so far (all clients: producer, workers, BullMQ's polling). */
export async function redisCommandCount(url: string): Promise<number> {
  const client = new Redis({ ...redisOptions(url), lazyConnect: true });
  try {
    await client.connect();
    return Number(/total_commands_processed:(\d+)/u.exec(await client.info('stats'))?.[1] ?? NaN);
  } finally {
    client.disconnect();
  }
}

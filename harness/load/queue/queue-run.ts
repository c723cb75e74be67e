/**
 * `run --queue redis://…` / `resume --queue`: a plain run whose contacts are placed by `worker`
 * processes instead of this one. Every pending contact is enqueued due now; the queue holds the
 * run's caps (config.concurrency, and voice.callsPerSecond when the run has calls) across all
 * workers. This process stays the run's only writer of run.json and scores as contacts end.
 */
import type { HarnessConfig } from '../../config/types.js';
import type { RunHooks } from '../../runner/place-contact.js';
import type { RunResult } from '../../runner/runner.js';
import type { RunStore } from '../../store/run-store.js';
import { createRedisDispatcher } from './redis-dispatcher.js';

export interface QueueRunOptions {
  /** redis://host:port[/db] */
  queue: string;
  /** @default "mystery-shopper" */
  queueName?: string;
  signal?: AbortSignal;
  /** Also place contacts that failed last time. @default false */
  retryFailed?: boolean;
  /** Also place again chats a killed run left in flight (see `resume --replace-interrupted`). @default false */
  replaceInterrupted?: boolean;
  hooks?: RunHooks;
}

export async function executeQueueRun(store: RunStore, config: HarnessConfig, opts: QueueRunOptions): Promise<RunResult> {
  const todo = store.toPlace(opts.retryFailed, opts.replaceInterrupted);
  const hasCalls = todo.some((c) => c.channel === 'voice');
  const dispatcher = await createRedisDispatcher({
    queue: opts.queue,
    queueName: opts.queueName,
    store,
    scenarios: await store.loadScenarios(),
    // Calls per second is a carrier's limit on calls; chats alone are bounded by concurrency.
    caps: { concurrency: config.concurrency, callsPerSecond: hasCalls ? config.voice.callsPerSecond : undefined },
    hooks: opts.hooks,
  });
  const result: RunResult = { placed: 0, failed: 0, interrupted: false };
  // Interrupting withdraws what no worker has taken; contacts being placed finish and are stored.
  const onAbort = () => void dispatcher.close();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  store.setStatus('running');
  try {
    const now = Date.now();
    const outcomes = await Promise.all(todo.map((entry) => dispatcher.dispatch({ contactId: entry.contactId, scenarioId: entry.scenarioId, channel: entry.channel, stage: 'run', dueAt: now })));
    for (const o of outcomes) {
      if (o.outcome === 'interrupted') continue;
      result.placed += 1;
      if (o.outcome === 'failed') result.failed += 1;
    }
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await dispatcher.close();
    result.interrupted = Boolean(opts.signal?.aborted);
    const unfinished = store.toPlace(false).length;
    store.setStatus(result.interrupted || unfinished ? 'interrupted' : 'completed');
    await store.flush();
  }
  return result;
}

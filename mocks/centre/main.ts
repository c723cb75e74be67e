/**
 * Run the simulated contact centre on its own:
 *
 *   npx tsx mocks/centre/main.ts --port 4010 --seed 7 --agents 4 --ground-truth runs/centre-ground-truth.jsonl
 *
 * Options: --port (default 4010), --seed (1), --agents (4), --ground-truth
 * (runs/centre-ground-truth.jsonl), --profile <name> (force one), --time-scale (1); capacity:
 * --chats-per-agent K, --queue-capacity Q, --max-queue-wait-sec S, --handle-ms MEAN, --handle-spread-ms D
 * (centre times, × time-scale). The ACD truth: GET /truth/counts.
 * Prints the chat URL; Ctrl-C stops it and flushes the ground truth.
 */
import { parseArgs } from 'node:util';
import { isProfileName, PROFILE_NAMES } from './profiles.js';
import { startCentre } from './server.js';

function numberOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    console.error(`--${name} must be a number (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string' },
    agents: { type: 'string' },
    'ground-truth': { type: 'string' },
    profile: { type: 'string' },
    'time-scale': { type: 'string' },
    'chats-per-agent': { type: 'string' },
    'queue-capacity': { type: 'string' },
    'max-queue-wait-sec': { type: 'string' },
    'handle-ms': { type: 'string' },
    'handle-spread-ms': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('usage: tsx mocks/centre/main.ts [--port 4010] [--seed 1] [--agents 4] [--ground-truth FILE] [--profile NAME] [--time-scale 1] [--chats-per-agent K] [--queue-capacity Q] [--max-queue-wait-sec S] [--handle-ms MEAN] [--handle-spread-ms D]');
  console.log(`profiles: ${PROFILE_NAMES.join(', ')}`);
  process.exit(0);
}
if (values.profile !== undefined && !isProfileName(values.profile)) {
  console.error(`--profile must be one of: ${PROFILE_NAMES.join(', ')}`);
  process.exit(2);
}

const centre = await startCentre({
  port: numberOption('port', values.port, 4010),
  seed: numberOption('seed', values.seed, 1),
  agents: numberOption('agents', values.agents, 4),
  groundTruthPath: values['ground-truth'] ?? 'runs/centre-ground-truth.jsonl',
  timeScale: numberOption('time-scale', values['time-scale'], 1),
  ...(values.profile ? { profile: values.profile } : {}),
  chat: {
    chatsPerAgent: numberOption('chats-per-agent', values['chats-per-agent'], 1),
    queueCapacity: numberOption('queue-capacity', values['queue-capacity'], Number.POSITIVE_INFINITY),
    maxQueueWaitSec: numberOption('max-queue-wait-sec', values['max-queue-wait-sec'], Number.POSITIVE_INFINITY),
  },
  ...(values['handle-ms'] !== undefined && {
    handleTime: { meanMs: numberOption('handle-ms', values['handle-ms'], 0), spreadMs: numberOption('handle-spread-ms', values['handle-spread-ms'], 0) },
  }),
});

console.log(`simulated centre: ${centre.url}/chat?ref=demo-1`);
console.log(`ground truth:     ${centre.groundTruthPath}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    centre.close().then(
      () => process.exit(0),
      (err: Error) => {
        console.error(err.message);
        process.exit(1);
      },
    );
  });
}

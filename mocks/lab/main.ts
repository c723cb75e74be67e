/**
 * The offline lab: everything a demo or test run talks to instead of the real world, in one
 * process — the simulated contact centre (chat and voice side), the Twilio emulator and the
 * Deepgram emulator, all on 127.0.0.1. Prints one JSON line (LabInfo, see
 * harness/cli/commands/demo.ts) when ready; stops on SIGTERM/SIGINT or when stdin closes.
 *
 *   npx tsx mocks/lab/main.ts --ground-truth runs/lab.jsonl [--seed 7] [--time-scale 0.25] [--agents 4]
 *
 * Capacity (mocks/centre/capacity.ts; centre times are × time-scale): --chat-agents N
 * --chats-per-agent K --chat-queue-capacity Q --chat-max-queue-wait-sec S --lines M --voice-agents A
 * --voice-queue-capacity Q --voice-max-queue-wait-sec S --handle-ms MEAN [--handle-spread-ms D]
 * --wrap-up-ms W. The truth: GET <centre>/truth/counts?channel=webchat|voice.
 */
import { parseArgs } from 'node:util';
import { startLab, type LabCapacityOptions } from './lab.js';

const { values } = parseArgs({
  options: {
    'ground-truth': { type: 'string', default: 'runs/lab-ground-truth.jsonl' },
    seed: { type: 'string', default: '7' },
    'time-scale': { type: 'string', default: '0.25' },
    agents: { type: 'string', default: '4' },
    'chat-agents': { type: 'string' },
    'chats-per-agent': { type: 'string' },
    'chat-queue-capacity': { type: 'string' },
    'chat-max-queue-wait-sec': { type: 'string' },
    lines: { type: 'string' },
    'voice-agents': { type: 'string' },
    'voice-queue-capacity': { type: 'string' },
    'voice-max-queue-wait-sec': { type: 'string' },
    'handle-ms': { type: 'string' },
    'handle-spread-ms': { type: 'string' },
    'wrap-up-ms': { type: 'string' },
  },
});

/** A numeric flag, or undefined when absent; exits 2 with the flag's name when it is not a number. */
function num(name: keyof typeof values): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (Number.isNaN(value)) {
    process.stderr.write(`--${name} must be a number (got "${raw}")\n`);
    process.exit(2);
  }
  return value;
}

const defined = <T extends object>(o: T): T | undefined => {
  const kept = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(kept).length ? kept : undefined;
};
const handleMs = num('handle-ms');
const capacity: LabCapacityOptions | undefined = defined({
  chat: defined({ agents: num('chat-agents'), chatsPerAgent: num('chats-per-agent'), queueCapacity: num('chat-queue-capacity'), maxQueueWaitSec: num('chat-max-queue-wait-sec') }),
  voice: defined({ lines: num('lines'), agents: num('voice-agents'), queueCapacity: num('voice-queue-capacity'), maxQueueWaitSec: num('voice-max-queue-wait-sec') }),
  handleTime: handleMs === undefined ? undefined : { meanMs: handleMs, spreadMs: num('handle-spread-ms') ?? 0 },
  wrapUpMs: num('wrap-up-ms'),
});

const lab = await startLab({
  groundTruthPath: values['ground-truth'],
  seed: Number(values.seed),
  timeScale: Number(values['time-scale']),
  agents: Number(values.agents),
  ...(capacity && { capacity }),
});
process.stdout.write(`${JSON.stringify(lab.info)}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await lab.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();

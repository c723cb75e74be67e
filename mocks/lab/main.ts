/**
 * The offline lab: everything a demo or test run talks to instead of the real world, in one
 * process — the simulated contact centre (chat and voice side), the Twilio emulator and the
 * Deepgram emulator, all on 127.0.0.1. Prints one JSON line (LabInfo, see
 * harness/cli/commands/demo.ts) when ready; stops on SIGTERM/SIGINT or when stdin closes.
 *
 *   npx tsx mocks/lab/main.ts --ground-truth runs/lab.jsonl [--seed 7] [--time-scale 0.25] [--agents 4]
 */
import { parseArgs } from 'node:util';
import { startLab } from './lab.js';

const { values } = parseArgs({
  options: {
    'ground-truth': { type: 'string', default: 'runs/lab-ground-truth.jsonl' },
    seed: { type: 'string', default: '7' },
    'time-scale': { type: 'string', default: '0.25' },
    agents: { type: 'string', default: '4' },
  },
});

const lab = await startLab({
  groundTruthPath: values['ground-truth'],
  seed: Number(values.seed),
  timeScale: Number(values['time-scale']),
  agents: Number(values.agents),
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

/**
 * The `load` command's arguments and options, kept out of main.ts (one line there) and out of
 * load.ts (which loads the channels: only when the command runs).
 */
import type { Command } from 'commander';
import type { LoadCommandFlags } from './load.js';
import { parseShard } from '../../store/merge-shards.js'; // queue (h/queue)
import { score0to100, positiveNumber, positiveInt } from '../option-parsers.js';

export function defineLoadCommand(
  program: Command,
  load: () => Promise<{ loadCommand: (profile: string, opts: LoadCommandFlags) => Promise<number> }>,
  finish: (code: number) => void,
): void {
  program
    .command('load')
    .argument('<profile>', 'a load profile (YAML: stages, mix, caps, targets), e.g. scenarios/load/chat-ramp.yaml')
    .option('-c, --config <file>', 'config file (default: ./mystery-shopper.config.yaml when present)')
    .option('--centre <url>', "the centre's chat site; replaces {{centre}} in scenarios")
    .option('--out <dir>', 'where runs are stored (default: runs)')
    .option('--rubric <nameOrFile>', 'rubric for scoring (default: sjt-11739)')
    .option('--format <list>', 'file reports written into <runDir>/reports (default: xlsx,pdf,junit,json)')
    .option('--no-reports', 'do not write the file reports')
    .option('--fail-under <score>', 'exit 4 when the reviewed 服务质量 score (0–100) is under this (CI gate)', score0to100)
    .option('--dry-run', 'print the plan (stages, contacts per stage, peak concurrency, duration; for voice against a real account the dialling plan and its problems) and place nothing')
    .option('--yes', 'place real calls without asking for confirmation (CI); the dialling plan is still checked') // safe dialling (h/lpre)
    .option('--offline', 'start the offline lab (simulated centre and emulators) and run against it')
    .option('--lab-agents <n>', 'offline lab: simulated agents per side (default: 4)', positiveInt)
    .option('--lab-time-scale <x>', "offline lab: multiplier on the simulated agents' delays (default: 0.25)", positiveNumber)
    .option('--lab-arg <arg>', 'offline lab: another option passed as given, e.g. --lab-arg=--voice-lines=4 (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--ground-truth <file>', "offline lab: where the simulated centre's ground truth goes (default: <out>/lab-ground-truth-<time>.jsonl)")
    .option('--lag-tolerance <ms>', 'start lag from which a contact counts as started late (default: 1000)', positiveInt)
    .option('--no-live', 'no live view (the end summary is still printed)')
    // queue (h/queue): many machines — the contacts are placed by `worker` processes on this Redis queue
    .option('--queue <url>', 'enqueue the contacts on a Redis queue for `worker` processes on any machines, e.g. redis://10.0.0.5:6379')
    .option('--queue-name <name>', 'BullMQ queue name, one per load run at a time (default: mystery-shopper)')
    .option('--shard <i/n>', 'offer only every n-th arrival of the seeded schedule (shard i of n, CI matrix); `merge` joins the shard runs', parseShard)
    // end queue
    .description('offer a load profile to the centre on schedule (open or closed model), live view, then store, score and report the run like `run`')
    .action(async (profile: string, opts: LoadCommandFlags) => finish(await (await load()).loadCommand(profile, opts)));
}

#!/usr/bin/env node
/**
 * mystery-shopper CLI. Every command returns an exit code: 0 ok, 1 invalid input, 2 some
 * contacts failed, 3 contacts stored but scoring failed, 4 under --fail-under, 5 `report` could not
 * write a format, 130 interrupted (resume with `resume <runDir>`).
 */
import { Command } from 'commander';
import { TOOL } from '../runner/tool-info.js';
import { reportError } from './output.js';
import { defineProbeCommand } from './commands/probe-definition.js';
import { defineTranscribeCommand } from './commands/transcribe-definition.js';
import { definePurgeCommand } from './commands/purge-definition.js';
import { defineWorkerCommand } from './commands/worker-definition.js';
import { defineMergeCommand } from './commands/merge-definition.js';
import { parseShard } from '../store/merge-shards.js'; // queue (h/queue)
import { defineLoadCommand } from './commands/load-definition.js';
import { score0to100, positiveNumber, positiveInt } from './option-parsers.js';

// Commands are loaded when used: `validate` should not pay for loading Playwright, Twilio and
// Deepgram clients (seconds on a busy machine).
const commands = {
  demo: () => import('./commands/demo.js'),
  init: () => import('./commands/init.js'),
  plan: () => import('./commands/plan.js'),
  report: () => import('./commands/report.js'),
  run: () => import('./commands/run.js'),
  schema: () => import('./commands/schema.js'),
  score: () => import('./commands/score.js'),
  validate: () => import('./commands/validate.js'),
};

export function buildProgram(): Command {
  const program = new Command()
    .name('mystery-shopper')
    .description('Simulated-customer (模拟测试) harness: scripted chats and calls, timed from the caller side, scored into SJ/T 11739-2019 sheets')
    .version(TOOL.version)
    .showHelpAfterError('(run with --help for usage)');

  const withConfig = (cmd: Command) =>
    cmd
      .option('-c, --config <file>', 'config file (default: ./mystery-shopper.config.yaml when present)')
      .option('--centre <url>', "the centre's chat site; replaces {{centre}} in scenarios")
      .option('--out <dir>', 'where runs are stored (default: runs)')
      .option('--concurrency <n>', 'contacts in progress at once (default: 4)', positiveInt)
      .option('--rubric <nameOrFile>', 'rubric for scoring (default: sjt-11739)')
      .option('--format <list>', 'file reports written into <runDir>/reports (default: xlsx,pdf,junit,json)')
      .option('--no-reports', 'do not write the file reports')
      .option('--fail-under <score>', 'exit 4 when the reviewed 服务质量 score (0–100) is under this (CI gate)', score0to100);

  // --- safety (h/safety): dry run, confirmation, webhook interface ---
  const withSafety = (cmd: Command) =>
    cmd
      .option('--dry-run', 'validate and plan every contact (numbers, allowlist, calling window, caps, cost), print the plan, dial nothing')
      .option('--yes', 'place real calls without asking for confirmation (CI); the plan is still checked')
      .option('--listen <host>', 'interface of the webhook server (default: 127.0.0.1; anything else is warned about)');
  // --- end safety ---

  program
    .command('init')
    .description('write a starter config and scenario in the current directory')
    .action(async () => finish(await (await commands.init()).initCommand('.')));

  program
    .command('validate')
    .argument('<files...>', 'scenario files or directories')
    .description('check scenario files; prints file:line:col  field  message for every problem')
    .action(async (files: string[]) => finish(await (await commands.validate()).validateCommand(files)));

  withSafety(withConfig(program.command('run')))
    .argument('<files...>', 'scenario files or directories')
    // queue (h/queue): placing through Redis workers, and shards of one plan for CI matrices
    .option('--queue <url>', 'place the contacts through `worker` processes on a Redis queue, e.g. redis://127.0.0.1:6379')
    .option('--queue-name <name>', 'BullMQ queue name (default: mystery-shopper)')
    .option('--shard <i/n>', 'place only shard i of n of the plan (CI matrix); `merge` joins the shard runs', parseShard)
    // end queue
    .description('place the scenarios’ contacts against the centre, store and score them')
    .action(async (files: string[], opts) => finish((await (await commands.run()).runCommand(files, opts)).code));

  withSafety(withConfig(program.command('resume')))
    .argument('<runDir>', 'a run directory, e.g. runs/20261123-164501-3f9a')
    .option('--retry-failed', 'also place again the contacts that failed')
    .option('--replace-interrupted', 'place again the contacts a killed run left in flight and stored as E_INTERRUPTED_IN_FLIGHT (chats; calls cut short): the centre sees a second session')
    .option('--queue <url>', 'place the contacts through `worker` processes on a Redis queue') // queue (h/queue)
    .option('--queue-name <name>', 'BullMQ queue name (default: mystery-shopper)') // queue (h/queue)
    .description('finish an interrupted run without placing completed contacts again')
    .action(async (runDir: string, opts) => finish((await (await commands.run()).resumeCommand(runDir, opts)).code));

  program
    .command('score')
    .argument('[runDir]', 'a stored run to re-score offline (never dials)')
    .option('--rubric <nameOrFile>', 'rubric (default: the one the run used)')
    .option('--interactions <file.jsonl>', 'score Interactions recorded elsewhere, one JSON per line')
    .option('--scenario <fileOrDir>', 'with --interactions: scenario YAML file(s) or folder(s) they follow, matched by scenarioId (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--out <dir>', 'with --interactions: where to write findings/sheets/summary')
    .option('--format <list>', 'file reports written into <dir>/reports (default: xlsx,pdf,junit,json)')
    .option('--no-reports', 'do not write the file reports')
    .option('--fail-under <score>', 'exit 4 when the reviewed 服务质量 score (0–100) is under this (CI gate)', score0to100)
    .description('score a stored run, or Interactions from elsewhere, into findings.json, sheets.json, summary.json')
    .action(async (runDir: string | undefined, opts) => finish(await (await commands.score()).scoreCommand(runDir, opts)));

  program.command('review').argument('<runDir>', 'a scored run').option('--port <n>', 'port (default: a free one)', positiveInt).option('--host <host>', 'interface (default: 127.0.0.1)').description('local review page: listen, override scores with a reason, sign the run off (writes review.json)').action(async (runDir: string, opts) => finish(await (await import('./commands/review.js')).reviewCommand(runDir, opts)));

  program
    .command('report')
    .argument('<runDir>', 'a scored run, e.g. runs/20261123-164501-3f9a')
    .option('--out <dir>', 'where to write the reports (default: <runDir>/reports)')
    .option('--format <list>', 'comma-separated: xlsx,pdf,junit,json (default: all)')
    .option('--fail-under <score>', 'exit 4 when the reviewed 服务质量 score (0–100) is under this (CI gate)', score0to100)
    .option('--junit-line <score>', 'JUnit: a contact × sheet case fails under this score (default: the pass line, 90)', score0to100)
    .option('--margin <points>', 'target half-width of the 95% intervals (default: 2)', positiveNumber)
    .option('-c, --config <file>', 'config file (browser path for the PDF)')
    // privacy (h/privacy): reports mask personal data unless told otherwise
    .option('--no-mask', 'show phone numbers, 身份证号, card numbers, addresses and names unmasked (warns; only inside the run folder)')
    .description('write the run’s reports (xlsx, pdf, junit, json) from stored files, never dialling; review.json overrides are applied')
    .action(async (runDir: string, opts) => finish(await (await commands.report()).reportCommand(runDir, opts)));

  program
    .command('plan')
    .argument('<files...>', 'scenario files or directories')
    .option('--margin <points>', 'half-width of the 95% interval on 服务质量, points (default: 2)', positiveNumber)
    .option('--pilot <runDir>', 'a scored pilot run whose spread sets the sample size')
    .description('propose contacts per scenario × channel × time band for a ±margin 95% interval')
    .action(async (files: string[], opts) => finish(await (await commands.plan()).planCommand(files, opts)));

  program
    .command('demo')
    .option('--out <dir>', 'where the demo run is stored (default: runs)')
    .option('--concurrency <n>', 'contacts at once (default: 4)', positiveInt)
    .option('--no-load', 'skip the closing one-minute load run (capacity knee)')
    .description('offline demo: start the simulated centre and emulators, run the demo scenarios, score them')
    .action(async (opts) => finish(await (await commands.demo()).demoCommand(opts)));

  program
    .command('schema')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--load', 'the load profile schema instead (scenarios/load-profile.schema.json)')
    .description('print the scenario JSON Schema (for editor completion)')
    .action(async (opts: { out?: string; load?: boolean }) => finish(await (await commands.schema()).schemaCommand(opts.out, { load: opts.load })));

  defineProbeCommand(program, () => import('./commands/probe.js'), finish);
  defineTranscribeCommand(program, () => import('./commands/transcribe.js'), finish);
  definePurgeCommand(program, () => import('./commands/purge.js'), finish);
  defineWorkerCommand(program, () => import('./commands/worker.js'), finish);
  defineMergeCommand(program, () => import('./commands/merge.js'), finish);
  defineLoadCommand(program, () => import('./commands/load.js'), finish);
  return program;
}

function finish(code: number): void {
  process.exitCode = code;
}

export async function main(argv = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err);
  }
}

await main();

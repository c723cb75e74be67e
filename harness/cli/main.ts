#!/usr/bin/env node
/**
 * mystery-shopper CLI. Every command returns an exit code: 0 ok, 1 invalid input, 2 some
 * contacts failed, 3 contacts stored but scoring failed, 130 interrupted (resume with `resume <runDir>`).
 */
import { Command, InvalidArgumentError } from 'commander';
import { TOOL } from '../runner/tool-info.js';
import { reportError } from './output.js';

// Commands are loaded when used: `validate` should not pay for loading Playwright, Twilio and
// Deepgram clients (seconds on a busy machine).
const commands = {
  demo: () => import('./commands/demo.js'),
  init: () => import('./commands/init.js'),
  run: () => import('./commands/run.js'),
  schema: () => import('./commands/schema.js'),
  score: () => import('./commands/score.js'),
  validate: () => import('./commands/validate.js'),
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

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
      .option('--rubric <nameOrFile>', 'rubric for scoring (default: sjt-11739)');

  program
    .command('init')
    .description('write a starter config and scenario in the current directory')
    .action(async () => finish(await (await commands.init()).initCommand('.')));

  program
    .command('validate')
    .argument('<files...>', 'scenario files or directories')
    .description('check scenario files; prints file:line:col  field  message for every problem')
    .action(async (files: string[]) => finish(await (await commands.validate()).validateCommand(files)));

  withConfig(program.command('run'))
    .argument('<files...>', 'scenario files or directories')
    .description('place the scenarios’ contacts against the centre, store and score them')
    .action(async (files: string[], opts) => finish((await (await commands.run()).runCommand(files, opts)).code));

  withConfig(program.command('resume'))
    .argument('<runDir>', 'a run directory, e.g. runs/20261123-164501-3f9a')
    .option('--retry-failed', 'also place again the contacts that failed')
    .description('finish an interrupted run without placing completed contacts again')
    .action(async (runDir: string, opts) => finish((await (await commands.run()).resumeCommand(runDir, opts)).code));

  program
    .command('score')
    .argument('[runDir]', 'a stored run to re-score offline (never dials)')
    .option('--rubric <nameOrFile>', 'rubric (default: the one the run used)')
    .option('--interactions <file.jsonl>', 'score Interactions recorded elsewhere, one JSON per line')
    .option('--scenario <file>', 'with --interactions: the scenario they follow (facts, required info)')
    .option('--out <dir>', 'with --interactions: where to write findings/sheets/summary')
    .description('score a stored run, or Interactions from elsewhere, into findings.json, sheets.json, summary.json')
    .action(async (runDir: string | undefined, opts) => finish(await (await commands.score()).scoreCommand(runDir, opts)));

  program.command('review').argument('<runDir>', 'a scored run').option('--port <n>', 'port (default: a free one)', positiveInt).option('--host <host>', 'interface (default: 127.0.0.1)').description('local review page: listen, override scores with a reason, sign the run off (writes review.json)').action(async (runDir: string, opts) => finish(await (await import('./commands/review.js')).reviewCommand(runDir, opts)));

  program
    .command('demo')
    .option('--out <dir>', 'where the demo run is stored (default: runs)')
    .option('--concurrency <n>', 'contacts at once (default: 4)', positiveInt)
    .description('offline demo: start the simulated centre and emulators, run the demo scenarios, score them')
    .action(async (opts) => finish(await (await commands.demo()).demoCommand(opts)));

  program
    .command('schema')
    .option('--out <file>', 'write to a file instead of stdout')
    .description('print the scenario JSON Schema (for editor completion)')
    .action(async (opts: { out?: string }) => finish(await (await commands.schema()).schemaCommand(opts.out)));

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

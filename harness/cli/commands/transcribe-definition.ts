/**
 * The `transcribe` command's arguments and options, kept out of main.ts (one line there) and out of
 * transcribe.ts (which loads the Deepgram client: only when the command runs).
 */
import type { Command } from 'commander';
import type { TranscribeCommandOptions } from './transcribe.js';

export function defineTranscribeCommand(
  program: Command,
  load: () => Promise<{ transcribeCommand: (runDir: string, opts: TranscribeCommandOptions) => Promise<number> }>,
  finish: (code: number) => void,
): void {
  program
    .command('transcribe')
    .argument('<runDir>', 'a stored run, e.g. runs/20261123-164501-3f9a')
    .option('-c, --config <file>', 'config file (deepgram settings; default: ./mystery-shopper.config.yaml when present)')
    .option('--deepgram-url <url>', 'Deepgram base URL (default: deepgram.baseUrl of the config, else api.deepgram.com)')
    .option('--format <list>', 'file reports written into <runDir>/reports after re-scoring (default: xlsx,pdf,junit,json)')
    .option('--no-reports', 'do not write the file reports')
    .description('transcribe again the calls whose transcription failed and can be retried (only those), rewrite them and re-score the run (exit 2 when some still fail)')
    .action(async (runDir: string, opts: TranscribeCommandOptions) => finish(await (await load()).transcribeCommand(runDir, opts)));
}

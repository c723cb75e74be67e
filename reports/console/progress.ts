/**
 * Terminal progress while contacts run: a bar on a TTY (cli-progress), one line per finished
 * contact otherwise (CI logs, pipes), so the output stays readable in both.
 */
import cliProgress from 'cli-progress';
import type { Reporter, RunStartInfo } from '../reporter.js';

export interface ProgressOptions {
  /** @default process.stderr */
  stream?: NodeJS.WriteStream;
  /** Force the line-per-contact mode. @default !stream.isTTY */
  plain?: boolean;
}

export function progressReporter(opts: ProgressOptions = {}): Reporter {
  const stream = opts.stream ?? process.stderr;
  const plain = opts.plain ?? !stream.isTTY;
  let bar: cliProgress.SingleBar | null = null;
  let done = 0;
  let failed = 0;
  let total = 0;
  let running = 0;
  return {
    name: 'progress',
    onRunStart(info: RunStartInfo) {
      total = info.toPlace;
      stream.write(`run ${info.manifest.runId}: ${total} contact(s) to place → ${info.runDir}\n`);
      if (plain || total === 0) return;
      bar = new cliProgress.SingleBar(
        { stream, format: ' {bar} {value}/{total} contacts | failed {failed} | running {running} | {eta_formatted} left', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { failed: 0, running: 0 });
    },
    onContactStart() {
      running += 1;
      bar?.update(done, { failed, running });
    },
    onContactEnd(entry, interaction, score) {
      done += 1;
      running = Math.max(0, running - 1);
      if (interaction.outcome === 'failed') failed += 1;
      if (bar) bar.update(done, { failed, running });
      else {
        const q = score?.quality != null ? ` 服务质量 ${score.quality.toFixed(1)}` : '';
        const err = interaction.error ? `  ${interaction.error.code}: ${interaction.error.message}` : '';
        stream.write(`[${done}/${total}] ${entry.contactId} ${interaction.outcome}${q}${err}\n`);
      }
    },
    onRunEnd() {
      bar?.stop();
    },
  };
}

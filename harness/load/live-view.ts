/**
 * The live terminal view of a load run: on a TTY a small table redrawn every second (cli-table3),
 * otherwise (CI logs, pipes) one line every 5 s, so a log stays readable. A warning is printed as
 * soon as the harness falls behind — the load asked for is not the load offered from then on.
 */
import Table from 'cli-table3';
import { COMPACT, LIVE_HEADERS, type LoadLiveStats } from './live-stats.js';

export interface LiveViewOptions {
  /** @default process.stderr */
  stream?: NodeJS.WriteStream;
  /** Redraw period on a TTY, ms. @default 1000 */
  ttyEveryMs?: number;
  /** Line period otherwise, ms. @default 5000 */
  plainEveryMs?: number;
  /** Force the plain mode. @default !stream.isTTY */
  plain?: boolean;
  /** Start lag from which a contact counts as late (the warning). @default 1000 */
  toleranceMs?: number;
}

export function renderTable(stats: LoadLiveStats, elapsedMs: number): string {
  const table = new Table({ head: LIVE_HEADERS, style: { head: [], border: [] }, chars: COMPACT });
  for (const row of stats.rows()) table.push(row);
  return `load: ${(elapsedMs / 1000).toFixed(0)} s, ${stats.inFlight()} in flight (peak ${stats.peakInFlight})\n${table.toString()}\n`;
}

export function renderLine(stats: LoadLiveStats, elapsedMs: number): string {
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let failed = 0;
  let busy = 0;
  for (const s of stats.stages.values()) {
    busy += s.busy;
    offered += s.offered;
    answered += s.answered;
    abandoned += s.abandoned;
    failed += s.failed;
  }
  const current = [...stats.stages.values()].filter((s) => s.offered).at(-1);
  const row = stats.rows().find((r) => r[0] === current?.name);
  return `[${(elapsedMs / 1000).toFixed(0)}s] stage ${current?.name ?? '–'}: in flight ${stats.inFlight()}, offered ${offered}, answered ${answered}, abandoned ${abandoned}, busy ${busy}, failed ${failed}, start lag p95 ${row?.[7] ?? '–'}, answer p50/p95 ${row?.[8] ?? '–'}/${row?.[9] ?? '–'}\n`;
}

/** Late starts in the stats so far (the live warning). */
function lateCount(stats: LoadLiveStats, toleranceMs: number): number {
  let n = 0;
  for (const s of stats.stages.values()) n += s.lags.filter((l) => l > toleranceMs).length;
  return n;
}

export function startLiveView(stats: LoadLiveStats, opts: LiveViewOptions = {}): { stop(): void } {
  const stream = opts.stream ?? process.stderr;
  const plain = opts.plain ?? !stream.isTTY;
  const toleranceMs = opts.toleranceMs ?? 1000;
  const t0 = Date.now();
  let drawnLines = 0;
  let warned = false;
  const draw = () => {
    const elapsed = Date.now() - t0;
    const late = lateCount(stats, toleranceMs);
    if (late && !warned) {
      warned = true;
      stream.write(`warning: the harness is falling behind: ${late} contact(s) started more than ${toleranceMs} ms after they were due (CPU or browser starts); the load offered is less than asked from here on\n`);
      drawnLines = 0;
    }
    if (plain) return void stream.write(renderLine(stats, elapsed));
    const text = renderTable(stats, elapsed);
    // Move up over the last table and redraw in place.
    if (drawnLines) stream.write(`\u001b[${drawnLines}A\u001b[0J`);
    stream.write(text);
    drawnLines = text.split('\n').length - 1;
  };
  const timer = setInterval(draw, plain ? (opts.plainEveryMs ?? 5000) : (opts.ttyEveryMs ?? 1000));
  timer.unref();
  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      draw();
    },
  };
}

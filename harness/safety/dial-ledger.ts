/**
 * The dial ledger: how many real calls were placed, per run and per local day, across every run
 * that shares an `out` folder (`<out>/.dial-ledger.json`). A call is counted when it is *about to
 * be dialled* (reserved), not when it ends, so a crash never under-counts. Writes are atomic
 * (temp file + rename) and serialised: in this process by a promise chain, across processes by a
 * lock file (`.dial-ledger.lock`, taken with O_EXCL; one older than `staleLockMs` is a crashed
 * holder's and is broken).
 */
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DialCaps } from './types.js';

export const LEDGER_FILE = '.dial-ledger.json';

interface LedgerData {
  version: 1;
  /** Local day (YYYY-MM-DD in the calling window's zone) → calls placed that day. */
  days: Record<string, number>;
  /** Run id → calls placed by the run (all days, resumes included). */
  runs: Record<string, number>;
}

export interface LedgerCounts {
  run: number;
  day: number;
}

export type Reservation = { ok: true; counts: LedgerCounts } | { ok: false; counts: LedgerCounts; reason: string; cap: 'perRun' | 'perDay' };

/** Days kept in the file: a calendar month is plenty for a per-day cap. */
const KEEP_DAYS = 31;

function empty(): LedgerData {
  return { version: 1, days: {}, runs: {} };
}

export class DialLedger {
  readonly file: string;
  private readonly lock: string;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    outDir: string,
    private readonly staleLockMs = 30_000,
  ) {
    this.file = path.join(outDir, LEDGER_FILE);
    this.lock = path.join(outDir, '.dial-ledger.lock');
  }

  /** Calls already counted for `runId` and for `day`. Never writes. */
  async counts(runId: string | undefined, day: string): Promise<LedgerCounts> {
    const data = await this.read();
    return { run: runId ? (data.runs[runId] ?? 0) : 0, day: data.days[day] ?? 0 };
  }

  /** Count one call for `runId` on `day`, unless that would exceed a cap (then nothing is written). */
  reserve(runId: string, day: string, caps: DialCaps): Promise<Reservation> {
    const next = this.chain.then(() => this.locked(async () => {
      const data = await this.read();
      const counts = { run: data.runs[runId] ?? 0, day: data.days[day] ?? 0 };
      if (counts.run >= caps.perRun) return { ok: false, counts, cap: 'perRun', reason: `this run has placed ${counts.run} call(s), its cap (dialling.caps.perRun) is ${caps.perRun}` } as const;
      if (counts.day >= caps.perDay) return { ok: false, counts, cap: 'perDay', reason: `${counts.day} call(s) were placed on ${day} (all runs in this folder), the daily cap (dialling.caps.perDay) is ${caps.perDay}` } as const;
      data.runs[runId] = counts.run + 1;
      data.days[day] = counts.day + 1;
      for (const d of Object.keys(data.days).sort().slice(0, -KEEP_DAYS)) delete data.days[d];
      await this.write(data);
      return { ok: true, counts: { run: counts.run + 1, day: counts.day + 1 } } as const;
    }));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<LedgerData> {
    const text = await readFile(this.file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (text === null) return empty();
    const data = JSON.parse(text) as Partial<LedgerData>;
    // A damaged ledger must not read as "nothing dialled today": refuse instead.
    if (data.version !== 1 || typeof data.days !== 'object' || typeof data.runs !== 'object') throw new Error(`${this.file} is not a dial ledger; move it away only if you are sure of today's call count`);
    return { version: 1, days: data.days ?? {}, runs: data.runs ?? {} };
  }

  private async write(data: LedgerData): Promise<void> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(data, null, 1));
    await rename(tmp, this.file);
  }

  private async locked<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(this.lock, 'wx');
        await handle.close();
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const age = await stat(this.lock).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > this.staleLockMs) await rm(this.lock, { force: true });
        else if (attempt > 200) throw new Error(`the dial ledger is locked by another run (${this.lock}); remove the file if no run is dialling`);
        else await new Promise((r) => setTimeout(r, 25));
      }
    }
    try {
      return await fn();
    } finally {
      await rm(this.lock, { force: true });
    }
  }
}

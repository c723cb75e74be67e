/**
 * Purging old runs (GB/T 35273: keep personal data no longer than needed). For each run older
 * than the given age:
 *   - deleted: recordings/ (call audio), contacts/*.partial-*.json (attempts kept from an
 *     interrupted run), contacts/*.failure.png|html (screenshots and page dumps of failed chats),
 *     reports/ (xlsx and pdf cannot be masked in place, and --no-mask ones are raw: `report
 *     <runDir>` writes them again, masked, from the purged run), report-records/ (the raw texts
 *     scoring kept for the reports, which read the run's own files without them);
 *   - masked in place: contacts/*.json (turn texts, event details, error messages; timings,
 *     speakers, outcomes and events stay), findings.json (evidence quotes, reasons), sheets.json
 *     and summary.json (notes), harness.log (line by line);
 *   - kept as they are: run.json, scenarios/ (the script, not a customer's data), review.json
 *     (the assessors' append-only audit trail).
 * Scores already computed stay exactly as they were (only text fields change). Re-scoring a
 * purged run with `score` reproduces timing and phrase-based checks; checks that read the masked
 * values themselves (digits of a fact, the customer's name) may differ.
 * A purge.json in the run records every purge: when, the age, what was deleted and masked.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { maskDeep, runMasker, type TextMasker } from '../../reports/privacy/mask-data.js';
import { RECORDS_DIR } from '../../reports/records/record-types.js';
import { HarnessError } from '../errors.js';

export const PURGE_FILE = 'purge.json';

export class PurgeError extends HarnessError {
  constructor(message: string, hint?: string) {
    super('E_PURGE_INPUT', message, hint);
  }
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** "30d", "12h", "90m", "2w" → milliseconds. */
export function parseAge(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([mhdw])$/u.exec(text.trim());
  if (!m) throw new PurgeError(`--older-than "${text}" is not an age`, 'write a number and a unit: 90m, 12h, 30d or 2w');
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

export interface PurgeFile {
  path: string;
  bytes: number;
}

export interface RunPurgePlan {
  runDir: string;
  /** Time of the run's last write (run.json updatedAt, else the folder's mtime). */
  lastActivity: Date;
  ageMs: number;
  /** False: younger than the age, left alone. */
  due: boolean;
  delete: PurgeFile[];
  /** Files whose text is masked in place. */
  mask: PurgeFile[];
}

export interface PurgeRecord {
  at: string;
  olderThan: string;
  deleted: PurgeFile[];
  masked: { path: string; changed: boolean }[];
  bytesDeleted: number;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

export async function isRunDir(dir: string): Promise<boolean> {
  return (await exists(path.join(dir, 'run.json'))) || (await exists(path.join(dir, 'contacts')));
}

/** The run folders a path names: a run itself, or a runs/ folder holding runs. */
export async function runDirsOf(target: string): Promise<string[]> {
  const dir = path.resolve(target);
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new PurgeError(`${target} is not a folder`, 'give a run folder (runs/<runId>) or the runs/ folder');
  if (await isRunDir(dir)) return [dir];
  const runs: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory() && (await isRunDir(path.join(dir, e.name)))) runs.push(path.join(dir, e.name));
  }
  if (!runs.length) throw new PurgeError(`${target} holds no run (no run.json or contacts/)`, 'give a run folder (runs/<runId>) or the runs/ folder');
  return runs;
}

async function filesUnder(dir: string): Promise<PurgeFile[]> {
  const out: PurgeFile[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push({ path: p, bytes: (await stat(p)).size });
  }
  return out;
}

async function lastActivity(runDir: string): Promise<Date> {
  try {
    const m = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as { updatedAt?: string; createdAt?: string };
    const t = Date.parse(m.updatedAt ?? m.createdAt ?? '');
    if (Number.isFinite(t)) return new Date(t);
  } catch {
    // no readable manifest (an `score --interactions --out` folder): the folder's own time
  }
  return (await stat(runDir)).mtime;
}

/** What purging a run would do, without touching it. */
export async function planPurge(runDir: string, olderThanMs: number, now = new Date()): Promise<RunPurgePlan> {
  const last = await lastActivity(runDir);
  const ageMs = now.getTime() - last.getTime();
  const plan: RunPurgePlan = { runDir, lastActivity: last, ageMs, due: ageMs >= olderThanMs, delete: [], mask: [] };
  if (!plan.due) return plan;
  plan.delete.push(...(await filesUnder(path.join(runDir, 'recordings'))));
  const contacts = path.join(runDir, 'contacts');
  for (const f of await filesUnder(contacts)) {
    const name = path.basename(f.path);
    if (name.includes('.partial-') || /\.failure\.(png|html)$/u.test(name)) plan.delete.push(f);
    else if (name.endsWith('.json')) plan.mask.push(f);
  }
  plan.delete.push(...(await filesUnder(path.join(runDir, 'reports'))));
  // the report records hold the raw transcripts too; reports read the masked run's own files without them
  plan.delete.push(...(await filesUnder(path.join(runDir, RECORDS_DIR))));
  for (const name of ['findings.json', 'sheets.json', 'summary.json', 'harness.log']) {
    const p = path.join(runDir, name);
    const st = await stat(p).catch(() => null);
    if (st?.isFile()) plan.mask.push({ path: p, bytes: st.size });
  }
  return plan;
}

async function maskJsonFile(file: string, mask: TextMasker): Promise<boolean> {
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // not JSON (a torn write): masked as text, so nothing raw survives it
    const masked = mask(text);
    if (masked !== text) await writeFile(file, masked);
    return masked !== text;
  }
  const masked = maskDeep(data, mask) as Record<string, unknown>;
  // the recording it points to is gone
  if (masked && typeof masked === 'object' && !Array.isArray(masked) && 'recording' in masked && path.basename(path.dirname(file)) === 'contacts') delete masked.recording;
  const out = `${JSON.stringify(masked, null, 2)}\n`;
  if (out === text || JSON.stringify(masked) === JSON.stringify(data)) return false;
  await writeFile(file, out);
  return true;
}

async function maskLogFile(file: string, mask: TextMasker): Promise<boolean> {
  const text = await readFile(file, 'utf8');
  const masked = text.split('\n').map(mask).join('\n');
  if (masked === text) return false;
  await writeFile(file, masked);
  return true;
}

/** Carries out a plan (planPurge) and appends its record to purge.json. */
export async function executePurge(plan: RunPurgePlan, olderThan: string, now = new Date()): Promise<PurgeRecord> {
  const record: PurgeRecord = { at: now.toISOString(), olderThan, deleted: [], masked: [], bytesDeleted: 0 };
  if (!plan.due) return record;
  for (const f of plan.delete) {
    await rm(f.path, { force: true });
    record.deleted.push({ path: path.relative(plan.runDir, f.path), bytes: f.bytes });
    record.bytesDeleted += f.bytes;
  }
  // names said with a cue in any transcript are masked wherever they recur
  const contacts = await Promise.all(plan.mask.filter((f) => f.path.endsWith('.json')).map(async (f) => readFile(f.path, 'utf8').then((t) => JSON.parse(t) as unknown, () => null)));
  const mask = await runMasker(plan.runDir, {}, contacts);
  for (const f of plan.mask) {
    const changed = f.path.endsWith('.log') ? await maskLogFile(f.path, mask) : await maskJsonFile(f.path, mask);
    record.masked.push({ path: path.relative(plan.runDir, f.path), changed });
  }
  const file = path.join(plan.runDir, PURGE_FILE);
  const previous = await readFile(file, 'utf8').then((t) => JSON.parse(t) as { purges?: PurgeRecord[] }, () => ({ purges: [] as PurgeRecord[] }));
  await writeFile(file, `${JSON.stringify({ schemaVersion: 1, purges: [...(previous.purges ?? []), record] }, null, 2)}\n`);
  return record;
}

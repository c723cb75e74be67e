/**
 * `merge <runDirs…>`: joins the runs of one plan's shards into one run, as if it had run on one
 * machine. Only raw samples are merged — the contacts' Interactions and manifest entries, copied
 * as they are — and the merged run is then scored from them like any run, so every percentile,
 * rate and score is recomputed from the union, never averaged across shards. The shard runs are
 * read, never written.
 */
import { cp, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { percentile } from '../../reports/console/summary-table.js';
import { HarnessError } from '../errors.js';
import type { Interaction } from '../interaction/types.js';
import type { LoadRunInfo } from '../load/types.js';
import { isStoredContactFile, newRunId, readJson, writeJsonAtomic } from './run-store.js';
import type { ContactEntry, RunManifest } from './types.js';

export class MergeError extends HarnessError {
  constructor(code: 'E_MERGE_NOT_SHARD' | 'E_MERGE_MISMATCH' | 'E_MERGE_INCOMPLETE' | 'E_MERGE_OVERLAP' | 'E_MERGE_INPUT', message: string, hint?: string) {
    super(code, message, hint);
  }
}

export interface MergeOptions {
  /** Where the merged run's directory is created. @default "runs" */
  out?: string;
  /** Merge even when some shards of the plan are missing (the merged run says which). @default false */
  allowMissing?: boolean;
  /** @default a new run id */
  runId?: string;
}

export interface MergeResult {
  dir: string;
  manifest: RunManifest;
  /** Shard indexes of the plan that were not among the inputs (only with allowMissing). */
  missingShards: number[];
}

interface ShardRun {
  dir: string;
  manifest: RunManifest;
  shard: { index: number; count: number };
  interactions: Map<string, Interaction>;
  plan: RunManifest | null;
}

async function readShard(dir: string): Promise<ShardRun> {
  let manifest: RunManifest;
  try {
    manifest = await readJson<RunManifest>(path.join(dir, 'run.json'));
  } catch (err) {
    throw new MergeError('E_MERGE_INPUT', `${dir}: no readable run.json (${(err as Error).message})`, 'pass the run directories the shards printed, e.g. runs/20261123-164501-3f9a');
  }
  const shard = manifest.shard ?? manifest.load?.shard;
  if (!shard) throw new MergeError('E_MERGE_NOT_SHARD', `${dir} is not a shard (run without --shard)`, 'merge joins runs made with --shard i/n of the same plan');
  const interactions = new Map<string, Interaction>();
  const names = (await readdir(path.join(dir, 'contacts')).catch(() => [] as string[])).filter(isStoredContactFile);
  for (const name of names) {
    const i = await readJson<Interaction>(path.join(dir, 'contacts', name));
    interactions.set(i.contactId, i);
  }
  const plan = await readJson<RunManifest>(path.join(dir, 'plan.json')).catch(() => null);
  return { dir: path.resolve(dir), manifest, shard, interactions, plan };
}

/** Same plan: same scenarios (by content), same load profile and seed, same shard count. */
function checkSamePlan(runs: ShardRun[]): void {
  const [first, ...rest] = runs as [ShardRun, ...ShardRun[]];
  const scenarioKey = (m: RunManifest) => m.scenarios.map((s) => `${s.id}@${s.sha256}`).sort().join(',');
  for (const r of rest) {
    const where = `${r.dir} vs ${first.dir}`;
    if (r.shard.count !== first.shard.count) throw new MergeError('E_MERGE_MISMATCH', `${where}: shards of ${r.shard.count} and of ${first.shard.count} — not the same split`);
    if (scenarioKey(r.manifest) !== scenarioKey(first.manifest)) throw new MergeError('E_MERGE_MISMATCH', `${where}: different scenarios (ids or file contents, by sha256)`, 'every shard must run the same scenario files');
    if (Boolean(r.manifest.load) !== Boolean(first.manifest.load)) throw new MergeError('E_MERGE_MISMATCH', `${where}: one is a load run, the other a plain run`);
    if (r.manifest.load && first.manifest.load && (r.manifest.load.sha256 !== first.manifest.load.sha256 || r.manifest.load.seed !== first.manifest.load.seed)) {
      throw new MergeError('E_MERGE_MISMATCH', `${where}: different load profiles or seeds (profile sha256 ${r.manifest.load.sha256.slice(0, 12)} vs ${first.manifest.load.sha256.slice(0, 12)}, seed ${r.manifest.load.seed} vs ${first.manifest.load.seed})`, 'every shard must run the same profile file with the same --seed');
    }
  }
  const seen = new Map<number, string>();
  for (const r of runs) {
    const other = seen.get(r.shard.index);
    if (other) throw new MergeError('E_MERGE_OVERLAP', `${r.dir} and ${other} are both shard ${r.shard.index}/${r.shard.count}`, 'pass each shard once');
    seen.set(r.shard.index, r.dir);
  }
}

/** A shard's contacts as planned: from its plan.json when it has one, else its entries reset to pending. */
function planOf(r: ShardRun): Record<string, ContactEntry> {
  if (r.plan) return r.plan.contacts;
  return Object.fromEntries(Object.entries(r.manifest.contacts).map(([id, e]) => [id, { contactId: id, scenarioId: e.scenarioId, channel: e.channel, index: e.index, status: 'pending' as const, attempts: 0, ...(e.load ? { load: e.load } : {}) }]));
}

/** A contact's entry as its stored file says (the file is the truth; run.json may lag behind it). */
function reconciled(entry: ContactEntry, i: Interaction | undefined): ContactEntry {
  if (!i) return { ...entry, status: entry.status === 'running' ? 'pending' : entry.status };
  const failed = i.outcome === 'failed';
  return { ...entry, status: failed ? 'failed' : 'done', outcome: i.outcome, error: i.error, file: `contacts/${i.contactId}.json`, finishedAt: new Date(i.startedAt + i.durationMs).toISOString() };
}

/** The load info of the union: the profile as planned, caps of the whole fleet, lag recomputed from raw samples. */
function mergedLoad(runs: ShardRun[], contacts: Record<string, ContactEntry>, interactions: Map<string, Interaction>): LoadRunInfo | undefined {
  const loads = runs.map((r) => r.manifest.load).filter((l): l is LoadRunInfo => Boolean(l));
  if (!loads.length) return undefined;
  const { shard: _shard, harnessLag: _lag, ...base } = loads[0]!;
  // Each shard capped its own machines: the whole fleet's cap is their sum.
  const sum = (pick: (l: LoadRunInfo) => number | undefined) => (loads.every((l) => pick(l) !== undefined) ? loads.reduce((a, l) => a + pick(l)!, 0) : undefined);
  const merged: LoadRunInfo = {
    ...base,
    startedAt: Math.min(...loads.map((l) => l.startedAt)),
    endedAt: loads.every((l) => l.endedAt) ? Math.max(...loads.map((l) => l.endedAt!)) : undefined,
    caps: { ...base.caps, callsPerSecond: sum((l) => l.caps.callsPerSecond), concurrency: sum((l) => l.caps.concurrency), totalContacts: sum((l) => l.caps.totalContacts) },
    dispatch: loads.every((l) => l.dispatch.kind === 'local') ? { kind: 'local' } : { kind: 'queue', queue: loads.map((l) => (l.dispatch.kind === 'queue' ? l.dispatch.queue : 'local')).join(' + '), workers: loads.flatMap((l) => (l.dispatch.kind === 'queue' ? (l.dispatch.workers ?? []) : [])) },
  };
  const tolerance = loads.find((l) => l.harnessLag)?.harnessLag?.toleranceMs;
  if (tolerance !== undefined) {
    const lags = Object.values(contacts).flatMap((e) => {
      const i = interactions.get(e.contactId);
      return i && e.load ? [i.startedAt - e.load.dueAt] : [];
    });
    const late = lags.filter((l) => l > tolerance).length;
    merged.harnessLag = { toleranceMs: tolerance, lateContacts: late, p95LagMs: percentile(lags, 95) ?? 0, warning: loads.map((l) => l.harnessLag?.warning).find(Boolean) };
  }
  return merged;
}

export async function mergeRuns(dirs: readonly string[], opts: MergeOptions = {}): Promise<MergeResult> {
  if (dirs.length < 2) throw new MergeError('E_MERGE_INPUT', `merge needs the run directories of at least two shards (got ${dirs.length})`);
  const runs = (await Promise.all(dirs.map(readShard))).sort((a, b) => a.shard.index - b.shard.index);
  checkSamePlan(runs);
  const count = runs[0]!.shard.count;
  const missingShards = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !runs.some((r) => r.shard.index === i));
  if (missingShards.length && !opts.allowMissing) {
    throw new MergeError('E_MERGE_INCOMPLETE', `shard(s) ${missingShards.map((i) => `${i}/${count}`).join(', ')} of the plan are missing`, 'pass every shard’s run directory, or --allow-missing to merge what there is');
  }

  const runId = opts.runId ?? newRunId();
  const dir = path.resolve(opts.out ?? 'runs', runId);
  const contacts: Record<string, ContactEntry> = {};
  const interactions = new Map<string, Interaction>();
  const owner = new Map<string, string>();
  for (const r of runs) {
    for (const [id, entry] of Object.entries(r.manifest.contacts)) {
      if (owner.has(id)) throw new MergeError('E_MERGE_OVERLAP', `contact ${id} is in both ${owner.get(id)} and ${r.dir}`, 'shards of one plan never share a contact: were these made with the same --shard n?');
      owner.set(id, r.dir);
      const i = r.interactions.get(id);
      contacts[id] = reconciled(entry, i);
      if (i) interactions.set(id, { ...i, runId });
    }
  }

  await mkdir(path.join(dir, 'contacts'), { recursive: true });
  await mkdir(path.join(dir, 'recordings'), { recursive: true });
  await cp(path.join(runs[0]!.dir, 'scenarios'), path.join(dir, 'scenarios'), { recursive: true });
  for (const r of runs) {
    await cp(path.join(r.dir, 'recordings'), path.join(dir, 'recordings'), { recursive: true, force: false, errorOnExist: false }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    // The attempt journals (what was in flight, Call SIDs) keep `resume` of the merged run safe.
    await cp(path.join(r.dir, 'attempts'), path.join(dir, 'attempts'), { recursive: true }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    // Failure artifacts (screenshots, page HTML) and partials of interrupted attempts travel along.
    const extras = (await readdir(path.join(r.dir, 'contacts')).catch(() => [] as string[])).filter((n) => !isStoredContactFile(n) && !n.endsWith('.tmp'));
    for (const n of extras) await cp(path.join(r.dir, 'contacts', n), path.join(dir, 'contacts', n));
  }
  for (const i of interactions.values()) await writeJsonAtomic(path.join(dir, 'contacts', `${i.contactId}.json`), i);

  const first = runs[0]!.manifest;
  const now = new Date().toISOString();
  const unfinished = Object.values(contacts).some((e) => e.status === 'pending' || e.status === 'running');
  const { shard: _shard, dispatch: _dispatch, ...base } = first;
  const manifest: RunManifest = {
    ...base,
    runId,
    createdAt: now,
    updatedAt: now,
    status: unfinished || missingShards.length ? 'interrupted' : runs.every((r) => r.manifest.status === 'completed') ? 'completed' : 'interrupted',
    contacts,
    load: mergedLoad(runs, contacts, interactions),
    mergedFrom: runs.map((r) => ({ runId: r.manifest.runId, dir: r.dir, shard: r.shard })),
  };
  if (!manifest.load) delete manifest.load;
  // The plan of the union (every contact as planned), from which run.json can be rebuilt.
  const plan: RunManifest = { ...manifest, status: 'running', contacts: Object.fromEntries(runs.flatMap((r) => Object.entries(planOf(r)))) };
  await writeJsonAtomic(path.join(dir, 'plan.json'), plan);
  await writeJsonAtomic(path.join(dir, 'run.json'), manifest);
  return { dir, manifest, missingShards };
}

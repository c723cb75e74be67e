/**
 * `purge <runDir|runs/>... --older-than 30d [--dry-run]`: what harness/store/purge.ts does to
 * each run old enough, printed file by file with sizes, and a total. Runs younger than the age
 * are listed as kept. Nothing is changed with --dry-run (and no purge.json is written).
 */
import path from 'node:path';
import { executePurge, parseAge, planPurge, runDirsOf, type RunPurgePlan } from '../../store/purge.js';
import { EXIT } from '../output.js';

export interface PurgeFlags {
  /** Age, e.g. "30d" (required). */
  olderThan: string;
  /** List only. @default false */
  dryRun?: boolean;
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const days = (ms: number) => `${(ms / 86_400_000).toFixed(1)}d`;

export async function purgeCommand(targets: string[], flags: PurgeFlags, out: NodeJS.WritableStream = process.stdout, now = new Date()): Promise<number> {
  const olderThanMs = parseAge(flags.olderThan);
  const runs: string[] = [];
  for (const t of targets) for (const r of await runDirsOf(t)) if (!runs.includes(r)) runs.push(r);
  let totalBytes = 0;
  let totalFiles = 0;
  let purged = 0;
  for (const runDir of runs) {
    const plan: RunPurgePlan = await planPurge(runDir, olderThanMs, now);
    const rel = path.relative(process.cwd(), runDir);
    const where = rel && !rel.startsWith('..') ? rel : runDir;
    if (!plan.due) {
      out.write(`kept   ${where} (last written ${days(plan.ageMs)} ago, younger than ${flags.olderThan})\n`);
      continue;
    }
    purged++;
    out.write(`${flags.dryRun ? 'would purge' : 'purge'} ${where} (last written ${days(plan.ageMs)} ago)\n`);
    for (const f of plan.delete) out.write(`  ${flags.dryRun ? 'would delete' : 'deleted'} ${path.relative(runDir, f.path)} (${bytes(f.bytes)})\n`);
    if (flags.dryRun) {
      for (const f of plan.mask) out.write(`  would mask   ${path.relative(runDir, f.path)}\n`);
    } else {
      const record = await executePurge(plan, flags.olderThan, now);
      for (const m of record.masked) out.write(`  ${m.changed ? 'masked' : 'checked (nothing to mask)'} ${m.path}\n`);
      out.write(`  recorded in ${path.relative(runDir, path.join(runDir, 'purge.json'))}\n`);
    }
    totalFiles += plan.delete.length;
    totalBytes += plan.delete.reduce((s, f) => s + f.bytes, 0);
  }
  out.write(`${flags.dryRun ? 'would delete' : 'deleted'} ${totalFiles} file(s), ${bytes(totalBytes)}, in ${purged} of ${runs.length} run(s)${flags.dryRun ? ' (dry run: nothing changed)' : ''}\n`);
  return EXIT.ok;
}

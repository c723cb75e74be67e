/**
 * `merge <runDirs…>`: one run from the shards of a plan (a CI matrix), scored and reported from
 * the union of their raw contacts. Exit codes as `run`: 0 all contacts completed, 1 the inputs
 * are not shards of one plan, 2 some contacts failed or shards are missing, 3 scoring failed,
 * 4 under --fail-under, 130 some contacts were never finished (`resume` the merged run).
 */
import { HarnessError } from '../../errors.js';
import { mergeRuns } from '../../store/merge-runs.js';
import { EXIT } from '../output.js';
import { scoreCommand } from './score.js';

export interface MergeFlags {
  out?: string;
  allowMissing?: boolean;
  rubric?: string;
  format?: string;
  reports?: boolean;
  failUnder?: number;
}

export async function mergeCommand(dirs: string[], flags: MergeFlags, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const merged = await mergeRuns(dirs, { out: flags.out, allowMissing: flags.allowMissing });
  const entries = Object.values(merged.manifest.contacts);
  out.write(`merged ${merged.manifest.mergedFrom!.length} shard(s), ${entries.length} contact(s) → ${merged.dir}\n`);
  if (merged.missingShards.length) out.write(`warning: shard(s) ${merged.missingShards.join(', ')} of ${merged.manifest.mergedFrom![0]!.shard!.count} are missing from this run\n`);
  let code: number;
  try {
    code = await scoreCommand(merged.dir, { rubric: flags.rubric, format: flags.format, reports: flags.reports, failUnder: flags.failUnder }, out);
  } catch (err) {
    if (err instanceof HarnessError) throw err; // an input problem (rubric …): exit 1 with its message
    process.stderr.write(`error: scoring the merged run failed (${(err as Error)?.message}); every contact is stored — re-score with \`mystery-shopper score ${merged.dir}\`\n`);
    return EXIT.scoringFailed;
  }
  if (code !== EXIT.ok) return code;
  if (entries.some((e) => e.status === 'pending' || e.status === 'running')) return EXIT.interrupted;
  if (merged.missingShards.length || entries.some((e) => e.status === 'failed')) return EXIT.contactsFailed;
  return EXIT.ok;
}

/**
 * `npm run bench -- score` (accuracy part): precision and recall of every check against the
 * simulated centre's ground truth (measured by mocks/lab/accuracy.ts), and the worst misses.
 * Targets: precision and recall ≥ 0.95.
 *
 *   npm run bench -- score [--per-profile 20] [--seed 7] [--misses 3]
 *
 * Exit code stays 0: it is a measurement; the figures are for the developer of a scorer.
 */
import { belowTarget, measureScoreAccuracy, TARGET, type AccuracyReport, type Miss } from '../mocks/lab/accuracy.js';

const pct = (x: number | null) => (x === null ? '     —' : `${(x * 100).toFixed(1).padStart(5)}%`);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function formatReport(report: AccuracyReport, missesPerCheck = 3): string {
  const { contacts, rows, misses } = report;
  const lines: string[] = [];
  const profiles = new Set(contacts.map((c) => c.profile)).size;
  const scenarios = new Set(contacts.map((c) => c.scenarioId)).size;
  const failed = contacts.filter((c) => c.outcome !== 'completed').length;
  lines.push(`scorer accuracy vs. simulated centre ground truth: ${contacts.length} contacts (${profiles} profiles × ${scenarios} scenarios), ${failed} not completed`);
  lines.push(`  simulated in ${(report.simulateMs / 1000).toFixed(2)} s (${Math.round(contacts.length / (report.simulateMs / 1000))}/s), scored in ${(report.scoreMs / 1000).toFixed(2)} s`);
  lines.push('');
  lines.push(`  ${'check'.padEnd(18)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'TN'.padStart(4)}  precision  recall`);
  for (const r of rows) {
    if (!r.simulated && r.fp === 0) continue; // nothing simulated and nothing fired: all TN
    const note = r.simulated ? '' : '  (no simulated defect: any firing is a false positive)';
    lines.push(`  ${r.check.padEnd(18)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${String(r.tn).padStart(4)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}${note}`);
  }
  const below = belowTarget(rows);
  const neverExpected = rows.filter((r) => r.simulated && r.tp + r.fn === 0);
  lines.push('');
  lines.push(`targets: precision ≥ ${TARGET} and recall ≥ ${TARGET} per check`);
  lines.push(below.length ? `  below target: ${below.map((r) => `${r.check} (P ${pct(r.precision).trim()}, R ${pct(r.recall).trim()})`).join(', ')}` : '  all checks meet the targets');
  if (neverExpected.length) lines.push(`  no defect committed against: ${neverExpected.map((r) => r.check).join(', ')} (recall not measured)`);
  if (misses.length) {
    lines.push('');
    lines.push(`worst misses (up to ${missesPerCheck} per check and kind):`);
    const groups = new Map<string, Miss[]>();
    for (const m of misses) {
      const key = `${m.check} ${m.kind}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${key}: ${list.length}`);
      for (const m of list.slice(0, missesPerCheck)) {
        lines.push(`    ${m.contactId} [${m.profile}]`);
        lines.push(`      scorer: ${clip(m.reason, 120)}`);
        if (m.quote) lines.push(`      ${m.kind === 'false-negative' ? 'truth ' : 'quote '}: ${clip(m.quote, 120)}`);
      }
    }
  }
  return lines.join('\n');
}

/** `npm run bench -- score`'s accuracy part. */
export async function benchScoreAccuracy(argv: string[]): Promise<void> {
  const opt = (name: string, dflt: number) => {
    const i = argv.indexOf(`--${name}`);
    const v = i >= 0 ? Number(argv[i + 1]) : NaN;
    return Number.isFinite(v) && v >= 0 ? Math.floor(v) : dflt;
  };
  const report = await measureScoreAccuracy({ perProfile: Math.max(1, opt('per-profile', 20)), seed: opt('seed', 7) });
  console.log(formatReport(report, opt('misses', 3)));
}

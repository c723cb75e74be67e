/**
 * Precision and recall per check against a ground truth: which checks a contact's known defects
 * should trigger versus which checks the scorers failed. Pure (no centre, no I/O).
 */
import type { CheckId } from '../../scorers/rubric/schema.js';
import type { Finding } from '../../scorers/scorer.js';

export interface LabelledContact {
  contactId: string;
  /** Checks the contact's committed defects should make fail. */
  truth: ReadonlySet<CheckId>;
  findings: readonly Finding[];
}

export interface CheckAccuracy {
  check: CheckId;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** null when the scorers flagged nothing (no denominator). */
  precision: number | null;
  /** null when the truth has no positive. */
  recall: number | null;
  /** Contacts behind the errors, for debugging. */
  falsePositives: string[];
  falseNegatives: string[];
}

/** A check fails a contact when any of its findings fails (pass === false). */
export function failedChecks(findings: readonly Finding[]): Set<CheckId> {
  const out = new Set<CheckId>();
  for (const f of findings) if (f.pass === false) out.add(f.check);
  return out;
}

export function precisionRecall(contacts: readonly LabelledContact[], checks: readonly CheckId[]): CheckAccuracy[] {
  return checks.map((check) => {
    const acc: CheckAccuracy = { check, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, falsePositives: [], falseNegatives: [] };
    for (const c of contacts) {
      const expected = c.truth.has(check);
      const flagged = failedChecks(c.findings).has(check);
      if (expected && flagged) acc.tp++;
      else if (!expected && flagged) {
        acc.fp++;
        acc.falsePositives.push(c.contactId);
      } else if (expected && !flagged) {
        acc.fn++;
        acc.falseNegatives.push(c.contactId);
      } else acc.tn++;
    }
    acc.precision = acc.tp + acc.fp ? acc.tp / (acc.tp + acc.fp) : null;
    acc.recall = acc.tp + acc.fn ? acc.tp / (acc.tp + acc.fn) : null;
    return acc;
  });
}

/** A table for the terminal: check, tp/fp/fn, precision, recall. */
export function formatAccuracy(rows: readonly CheckAccuracy[]): string {
  const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const lines = rows.map((r) => `  ${r.check.padEnd(18)} tp ${String(r.tp).padStart(4)}  fp ${String(r.fp).padStart(3)}  fn ${String(r.fn).padStart(3)}  precision ${pct(r.precision)}  recall ${pct(r.recall)}`);
  return lines.join('\n');
}

/**
 * 备注 as one sentence of evidence. A contact's item already says which checks passed or failed
 * and why; a run-level (aggregated) item only says how many contacts it applied to, so the
 * checks it is made of are added with how often each failed across the run.
 */
import type { RunSummary } from '../scorers/sheets/summary.js';
import { CHECK_LABELS } from '../scorers/sheets/labels.js';
import type { SheetItemResult } from '../scorers/sheets/types.js';

export function evidenceNote(item: SheetItemResult, summary: RunSummary, aggregated: boolean): string {
  if (!aggregated || item.status === 'manual' || !item.checks?.length) return item.note;
  const checks = (summary.checks ?? {}) as Record<string, { pass: number; fail: number } | undefined>;
  const parts = item.checks.map((id) => {
    const c = checks[id];
    const label = (CHECK_LABELS as Record<string, string>)[id] ?? id;
    if (!c || c.pass + c.fail === 0) return `${label}不适用`;
    return c.fail ? `${label}未通过${c.fail}/${c.pass + c.fail}次` : `${label}全部通过`;
  });
  return `${item.note}；${parts.join('，')}。`;
}

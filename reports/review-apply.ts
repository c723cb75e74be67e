/**
 * Applying review.json to the machine's scores: the latest override of each cell wins, the
 * changed sheets' totals are recomputed, and the run's roll-ups (aggregated sheets, 服务质量,
 * Appendix C, A.5 actuals, ≥90 pass) are recomputed from the reviewed contacts, so every report
 * shows the reviewed score and can say which cells a person changed.
 */
import { aggregateSheets, groupScore } from '../scorers/sheets/rollup.js';
import { round2, totals } from '../scorers/sheets/build.js';
import type { AppendixC, ScoreSheet } from '../scorers/sheets/types.js';
import type { RunSummary } from '../scorers/sheets/summary.js';
import type { ReviewFile, ScoreOverride } from './review-types.js';

/** Key of one cell: contact (or "*" for the run), sheet, item. */
export function cellKey(contactId: string | undefined, sheetId: string, item: string): string {
  return `${contactId ?? '*'}\u0000${sheetId}\u0000${item}`;
}

/** The latest override per cell (entries are append-only, so later ones win). */
export function latestOverrides(review: ReviewFile): Map<string, ScoreOverride> {
  const out = new Map<string, ScoreOverride>();
  for (const e of review.entries) if (e.kind === 'override') out.set(cellKey(e.contactId, e.sheetId, e.item), e);
  return out;
}

export interface ContactSheets {
  contactId: string;
  sheets: ScoreSheet[];
  qualityScore: number | null;
  pass: boolean | null;
}

function overrideSheet(sheet: ScoreSheet, find: (item: string) => ScoreOverride | undefined): ScoreSheet {
  let changed = false;
  const items = sheet.items.map((it) => {
    const o = find(it.item);
    if (!o) return it;
    changed = true;
    const score = o.new === null ? null : Math.min(it.max, Math.max(0, o.new));
    return { ...it, score, status: score === null ? ('na' as const) : ('scored' as const), note: `人工复核：${it.score ?? '–'}→${score ?? '不适用'}（${o.reviewer}：${o.reason}）` };
  });
  return changed ? { ...sheet, items, ...totals(items) } : sheet;
}

/** A contact's sheets with its overrides applied (same object when nothing changed). */
export function reviewContact<C extends ContactSheets>(contact: C, overrides: Map<string, ScoreOverride>, passLine: number): C {
  if (!overrides.size) return contact;
  let changed = false;
  const sheets = contact.sheets.map((s) => {
    const r = overrideSheet(s, (item) => overrides.get(cellKey(contact.contactId, s.sheetId, item)));
    if (r !== s) changed = true;
    return r;
  });
  if (!changed) return contact;
  const q = groupScore(sheets, 'quality');
  return { ...contact, sheets, qualityScore: q, pass: q === null ? null : q >= passLine };
}

function recomputeAppendixC(before: AppendixC, sheets: readonly ScoreSheet[]): AppendixC {
  const groups = before.groups.map((g) => {
    const score = groupScore(sheets, g.group);
    return { ...g, score, weighted: score === null ? null : round2((score * g.weight) / 100) };
  });
  const applicable = groups.filter((g) => g.weighted !== null);
  const weightedTotal = round2(applicable.reduce((s, g) => s + g.weighted!, 0));
  const applicableWeight = applicable.reduce((s, g) => s + g.weight, 0);
  return { groups, weightedTotal, applicableWeight, normalised: applicableWeight ? round2((weightedTotal / applicableWeight) * 100) : null };
}

/**
 * A re-aggregated sheet with the run sheet's descriptive fields (评价内容, checks): contact sheets
 * are read slimmed (reports/sheets-stream.ts), so those come from summary.json.
 */
function withStaticFields(base: ScoreSheet, aggregated: ScoreSheet | undefined): ScoreSheet {
  if (!aggregated) return base;
  return { ...base, ...aggregated, items: aggregated.items.map((it, k) => ({ ...it, content: base.items[k]?.content ?? it.content, checks: base.items[k]?.checks ?? it.checks })) };
}

/**
 * The run summary as reviewed: contact-level sheets re-aggregated from the reviewed contacts (only
 * when a contact was changed, so an unreviewed run keeps the machine's figures exactly), then the
 * run-level overrides, then the roll-ups.
 */
export function reviewSummary(summary: RunSummary, reviewedContacts: readonly ContactSheets[] | null, overrides: Map<string, ScoreOverride>): RunSummary {
  if (!overrides.size) return summary;
  let sheets = summary.overall.sheets;
  let scenarios = summary.scenarios;
  if (reviewedContacts && [...overrides.values()].some((o) => o.contactId !== undefined)) {
    const aggregated = aggregateSheets(reviewedContacts.map((c) => c.sheets));
    sheets = sheets.map((s) => withStaticFields(s, aggregated.find((a) => a.sheetId === s.sheetId && s.level === 'contact')));
    const byScenario = new Map<string, ContactSheets[]>();
    for (const c of reviewedContacts as (ContactSheets & { scenarioId?: string })[]) {
      const list = byScenario.get(c.scenarioId ?? '') ?? [];
      list.push(c);
      byScenario.set(c.scenarioId ?? '', list);
    }
    scenarios = scenarios.map((sc) => {
      const own = byScenario.get(sc.scenarioId);
      if (!own?.length) return sc;
      const agg = aggregateSheets(own.map((c) => c.sheets)).map((a) => withStaticFields(sc.sheets.find((x) => x.sheetId === a.sheetId) ?? a, a));
      const q = groupScore(agg, 'quality');
      return { ...sc, sheets: agg, qualityScore: q, pass: q === null ? null : q >= summary.passLine };
    });
  }
  sheets = sheets.map((s) => overrideSheet(s, (item) => overrides.get(cellKey(undefined, s.sheetId, item))));
  const qualityScore = groupScore(sheets, 'quality');
  const targets = summary.targets.map((t) => {
    const sheet = t.unit === 'score' ? sheets.find((s) => s.dimension === t.indicator) : undefined;
    if (!sheet) return t;
    const actual = sheet.normalised;
    const met = actual === null || t.target === null ? null : t.direction === 'min' ? actual >= t.target : actual <= t.target;
    return { ...t, actual, met };
  });
  return {
    ...summary,
    overall: { ...summary.overall, sheets, qualityScore, pass: qualityScore === null ? null : qualityScore >= summary.passLine, appendixC: recomputeAppendixC(summary.overall.appendixC, sheets) },
    scenarios,
    targets,
  };
}

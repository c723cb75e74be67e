/**
 * sheets.json's per-contact sheets, read element by element (reports/json-array-stream.ts): with
 * 10,000 contacts the file is ~100 MB of mostly Chinese text, so the reports parse one contact at a
 * time and keep only what they show (no check lists per contact — the run's sheets carry those),
 * with the labels and notes that repeat over thousands of contacts shared, not copied.
 */
import type { Outcome } from '../harness/interaction/types.js';
import type { ScoreSheet, SheetItemResult } from '../scorers/sheets/types.js';
import { scanJsonArray } from './json-array-stream.js';

export interface StoredContactSheets {
  contactId: string;
  scenarioId: string;
  channel: string;
  outcome: Outcome;
  sheets: ScoreSheet[];
  qualityScore: number | null;
  pass: boolean | null;
}

/** One copy of each repeated string (titles, 评价内容, notes): JSON.parse makes a new one per occurrence. */
export class StringPool {
  private readonly pool = new Map<string, string>();
  get<T extends string | undefined>(s: T): T {
    if (s === undefined) return s;
    const had = this.pool.get(s);
    if (had !== undefined) return had as T;
    // bounded: notes quoting transcripts are unique, pooling them would only hold them longer
    if (this.pool.size < 100_000) this.pool.set(s, s);
    return s;
  }
}

/** What the reports keep of one contact's stored sheets. */
export function slimContactSheets(raw: StoredContactSheets, pool = new StringPool()): StoredContactSheets {
  const p = <T extends string | undefined>(s: T) => pool.get(s);
  return {
    contactId: raw.contactId,
    scenarioId: p(raw.scenarioId),
    channel: p(raw.channel),
    outcome: raw.outcome,
    qualityScore: raw.qualityScore ?? null,
    pass: raw.pass ?? null,
    sheets: (raw.sheets ?? []).map((s) => ({
      sheetId: p(s.sheetId),
      title: p(s.title),
      dimension: p(s.dimension),
      group: p(s.group),
      supplementary: s.supplementary,
      level: s.level,
      total: s.total,
      max: s.max,
      manualMax: s.manualMax,
      normalised: s.normalised ?? null,
      ...(s.veto ? { veto: s.veto } : {}),
      items: s.items.map((it): SheetItemResult => ({ item: p(it.item), content: p(it.content), max: it.max, score: it.score ?? null, status: it.status, note: p(it.note), checks: [] })),
    })),
  };
}

/** Every contact of sheets.json's "contacts" array, slimmed, in file order. */
export async function readContactSheets(file: string, onElement?: (text: string) => void): Promise<StoredContactSheets[]> {
  const out: StoredContactSheets[] = [];
  const pool = new StringPool();
  await scanJsonArray(file, (e) => {
    onElement?.(e.text);
    out.push(slimContactSheets(JSON.parse(e.text) as StoredContactSheets, pool));
  });
  return out;
}

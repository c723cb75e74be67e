/**
 * rows.jsonl's lines: a contact's slimmed sheets (slimContactSheets) as arrays of numbers, each
 * string an index into one table for the file (index.json `strings`). Labels, 评价内容 and most
 * notes repeat over thousands of contacts: the file is a fraction of sheets.json, parses faster,
 * and every decoded row shares the table's strings instead of holding copies.
 *
 * Values keep their exact JSON meaning: a string field holds a table index, a number, boolean or
 * null is written as it is, and anything else (undefined, an unexpected type) is wrapped — [] for
 * undefined, [value] otherwise — so a decoded row has the same fields, the same values and the
 * same key order as the slimmed row it was made from.
 */
import type { ScoreSheet, SheetItemResult } from '../../scorers/sheets/types.js';
import type { StoredContactSheets } from '../sheets-stream.js';

type Encoded = number | boolean | null | unknown[];

/** A plain value as written: numbers, booleans and null as they are, else wrapped. */
function raw(v: unknown): Encoded {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return v === undefined ? [] : [v];
}

function unraw(e: Encoded): unknown {
  return Array.isArray(e) ? e[0] : e;
}

export class RowEncoder {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  private str(v: unknown): Encoded {
    // never a bare number here: a number in a string field is read as a table index
    if (typeof v !== 'string') return v === undefined ? [] : [v];
    let k = this.index.get(v);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(v);
      this.index.set(v, k);
    }
    return k;
  }

  /** A slimmed row (slimContactSheets' output) as one JSON line. */
  encode(row: StoredContactSheets): string {
    const s = (v: unknown) => this.str(v);
    return JSON.stringify([
      raw(row.contactId),
      s(row.scenarioId),
      s(row.channel),
      s(row.outcome),
      raw(row.qualityScore),
      raw(row.pass),
      row.sheets.map((sh) => [
        s(sh.sheetId),
        s(sh.title),
        s(sh.dimension),
        s(sh.group),
        raw(sh.supplementary),
        s(sh.level),
        raw(sh.total),
        raw(sh.max),
        raw(sh.manualMax),
        raw(sh.normalised),
        raw(sh.veto),
        sh.items.map((it) => [s(it.item), s(it.content), raw(it.max), raw(it.score), s(it.status), s(it.note)]),
      ]),
    ]);
  }
}

/** A row of rows.jsonl back as slimContactSheets gave it. */
export function decodeRow(line: string, strings: readonly string[]): StoredContactSheets {
  const s = (e: Encoded) => (typeof e === 'number' ? strings[e] : unraw(e)) as never;
  const u = (e: Encoded) => unraw(e) as never;
  const [contactId, scenarioId, channel, outcome, qualityScore, pass, sheets] = JSON.parse(line) as [Encoded, Encoded, Encoded, Encoded, Encoded, Encoded, Encoded[][]];
  return {
    contactId: u(contactId),
    scenarioId: s(scenarioId),
    channel: s(channel),
    outcome: s(outcome),
    qualityScore: u(qualityScore),
    pass: u(pass),
    sheets: sheets.map((sh): ScoreSheet => {
      const veto = unraw(sh[10]!);
      const items = (sh[11] as Encoded[][]).map((it): SheetItemResult => ({ item: s(it[0]!), content: s(it[1]!), max: u(it[2]!), score: u(it[3]!), status: s(it[4]!), note: s(it[5]!), checks: [] }));
      return {
        sheetId: s(sh[0]!),
        title: s(sh[1]!),
        dimension: s(sh[2]!),
        group: s(sh[3]!),
        supplementary: u(sh[4]!),
        level: s(sh[5]!),
        total: u(sh[6]!),
        max: u(sh[7]!),
        manualMax: u(sh[8]!),
        normalised: u(sh[9]!),
        // slimContactSheets keeps a veto only when there is one, before the items
        ...(veto !== undefined ? { veto: veto as ScoreSheet['veto'] } : {}),
        items,
      };
    }),
  };
}

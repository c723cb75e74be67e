/**
 * sheets.json's per-contact sheets, read element by element: with 10,000 contacts the file is
 * ~100 MB of mostly Chinese text (a 200 MB UTF-16 string once read whole), so the reports scan it
 * in chunks, parse one contact at a time and keep only what they show (no check lists, no
 * 评价内容 per contact — the run's sheets carry those).
 */
import { createReadStream } from 'node:fs';
import type { Outcome } from '../harness/interaction/types.js';
import type { ScoreSheet, SheetItemResult } from '../scorers/sheets/types.js';

export interface StoredContactSheets {
  contactId: string;
  scenarioId: string;
  channel: string;
  outcome: Outcome;
  sheets: ScoreSheet[];
  qualityScore: number | null;
  pass: boolean | null;
}

function slim(raw: StoredContactSheets): StoredContactSheets {
  return {
    contactId: raw.contactId,
    scenarioId: raw.scenarioId,
    channel: raw.channel,
    outcome: raw.outcome,
    qualityScore: raw.qualityScore ?? null,
    pass: raw.pass ?? null,
    sheets: (raw.sheets ?? []).map((s) => ({
      sheetId: s.sheetId,
      title: s.title,
      dimension: s.dimension,
      group: s.group,
      supplementary: s.supplementary,
      level: s.level,
      total: s.total,
      max: s.max,
      manualMax: s.manualMax,
      normalised: s.normalised ?? null,
      ...(s.veto ? { veto: s.veto } : {}),
      items: s.items.map((it): SheetItemResult => ({ item: it.item, content: '', max: it.max, score: it.score ?? null, status: it.status, note: it.note, checks: [] })),
    })),
  };
}

/**
 * The elements of the top-level "contacts" array of a JSON file, parsed one by one. A small
 * state machine over the text: depth, inside-string and escape, so braces in Chinese notes or
 * quotes never confuse it.
 */
export async function readContactSheets(file: string): Promise<StoredContactSheets[]> {
  const out: StoredContactSheets[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let key = '';
  let keyBuf: string[] | null = null;
  let inContacts = false;
  let element: string[] = [];
  let elementStart = -1;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    elementStart = inContacts && depth >= 3 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === 92 /* \\ */) escaped = true;
        else if (ch === 34 /* " */) {
          inString = false;
          if (keyBuf) {
            key = keyBuf.join('');
            keyBuf = null;
          }
        } else if (keyBuf) keyBuf.push(chunk[i]!);
        continue;
      }
      if (ch === 34) {
        inString = true;
        // keys of the top-level object only
        if (depth === 1) keyBuf = [];
      } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
        depth++;
        if (depth === 2 && ch === 91 && key === 'contacts') inContacts = true;
        if (inContacts && depth === 3) elementStart = i;
      } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
        if (inContacts && depth === 3) {
          element.push(chunk.slice(elementStart, i + 1));
          out.push(slim(JSON.parse(element.join('')) as StoredContactSheets));
          element = [];
          elementStart = -1;
        }
        if (inContacts && depth === 2) inContacts = false;
        depth--;
      }
    }
    if (inContacts && depth >= 3 && elementStart >= 0) element.push(chunk.slice(elementStart));
  }
  return out;
}

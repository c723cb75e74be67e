/**
 * The elements of one top-level array of a JSON file (sheets.json's and findings.json's
 * "contacts"), handed over one at a time as text with their byte range, so a report can keep what
 * it shows of 10,000 contacts instead of a 100 MB document (a 200 MB UTF-16 string once read whole)
 * and come back later for one element with a single positioned read.
 *
 * A small state machine over the bytes: depth, inside-string and escape, so braces in Chinese notes
 * or quotes never confuse it (UTF-8 continuation bytes are ≥ 0x80 and never look like JSON syntax).
 */
import { createReadStream } from 'node:fs';
import { openSync, readSync, closeSync } from 'node:fs';

export interface ArrayElement {
  /** The element's JSON text. */
  text: string;
  /** Byte range in the file, end exclusive (for readElementAt). */
  start: number;
  end: number;
  /** The value of the element's own top-level `idKey` string field, when it has one. */
  id?: string;
}

export interface ScanOptions {
  /** Top-level key of the array. @default 'contacts' */
  key?: string;
  /** A string field of each element to report as `id` (read without parsing the element). @default 'contactId' */
  idKey?: string;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJ = 123;
const OPEN_ARR = 91;
const CLOSE_OBJ = 125;
const CLOSE_ARR = 93;
const COMMA = 44;
const COLON = 58;

/** Calls `onElement` for every element of the array, in file order. */
export async function scanJsonArray(file: string, onElement: (e: ArrayElement) => void, opts: ScanOptions = {}): Promise<void> {
  const arrayKey = opts.key ?? 'contacts';
  const idKey = opts.idKey ?? 'contactId';
  let depth = 0;
  let inString = false;
  let escaped = false;
  // top-level keys (depth 1) and element-level keys (depth 3), decoded only when short
  let stringStart = -1;
  let stringPieces: Buffer[] = [];
  let lastKey = '';
  let elementKey = '';
  let elementKeyPos = true;
  let inArray = false;
  let pieces: Buffer[] = [];
  let elementStart = -1;
  let elementAbsStart = 0;
  let id: string | undefined;
  let offset = 0;
  const stringValue = (chunk: Buffer, i: number) => {
    const raw = Buffer.concat([...stringPieces, chunk.subarray(Math.max(0, stringStart), i + 1)]);
    return JSON.parse(raw.toString('utf8')) as string;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (stringStart >= 0) stringStart = 0;
    if (elementStart >= 0) elementStart = 0;
    let i = 0;
    // the previous chunk ended on an odd run of backslashes: this chunk's first byte is escaped
    if (inString && escaped) {
      escaped = false;
      i = 1;
    }
    for (; i < chunk.length; i++) {
      if (inString) {
        // most of the file is string content: a tight loop to the closing quote, escapes skipped whole
        const j = stringEnd(chunk, i);
        const n = chunk.length;
        if (j >= n) {
          // a backslash as the chunk's last byte escapes the next chunk's first
          escaped = j > n;
          i = n;
          break;
        }
        i = j;
        inString = false;
        if (stringStart >= 0) {
          const s = stringValue(chunk, i);
          if (depth === 1) lastKey = s;
          else if (elementKeyPos) elementKey = s;
          else if (elementKey === idKey && id === undefined) id = s;
          stringStart = -1;
          stringPieces = [];
        }
        continue;
      }
      const ch = chunk[i]!;
      if (ch === QUOTE) {
        inString = true;
        // only the strings whose value matters: top-level keys, and the element's own keys and id
        if (depth === 1 || (inArray && depth === 3 && (elementKeyPos || elementKey === idKey))) stringStart = i;
      } else if (ch === OPEN_OBJ || ch === OPEN_ARR) {
        depth++;
        if (depth === 2 && ch === OPEN_ARR && lastKey === arrayKey) inArray = true;
        if (inArray && depth === 3) {
          elementStart = i;
          elementAbsStart = offset + i;
          elementKeyPos = ch === OPEN_OBJ;
          elementKey = '';
          id = undefined;
        }
      } else if (ch === CLOSE_OBJ || ch === CLOSE_ARR) {
        if (inArray && depth === 3) {
          pieces.push(chunk.subarray(elementStart, i + 1));
          const text = Buffer.concat(pieces).toString('utf8');
          onElement({ text, start: elementAbsStart, end: offset + i + 1, ...(id !== undefined ? { id } : {}) });
          pieces = [];
          elementStart = -1;
        }
        if (inArray && depth === 2) inArray = false;
        depth--;
      } else if (inArray && depth === 3) {
        if (ch === COLON) elementKeyPos = false;
        else if (ch === COMMA) elementKeyPos = true;
      }
    }
    // what of the element (or a tracked string) runs on into the next chunk; copied, the chunk is reused
    if (elementStart >= 0) pieces.push(Buffer.from(chunk.subarray(elementStart)));
    if (stringStart >= 0) stringPieces.push(Buffer.from(chunk.subarray(stringStart)));
    offset += chunk.length;
  }
}

/**
 * Index of the quote closing a string that runs from `from`: chunk.length when the string goes on
 * into the next chunk, chunk.length + 1 when the chunk ends on a backslash (escaping the next one's
 * first byte). The hottest loop of the scan — most of a run's JSON is string content — so the quote
 * is found by Buffer.indexOf (native, not a byte at a time in JavaScript); a quote after an odd run
 * of backslashes is escaped and the search goes on after it.
 */
function stringEnd(chunk: Buffer, from: number): number {
  const n = chunk.length;
  let j = from;
  for (;;) {
    const q = chunk.indexOf(QUOTE, j);
    if (q < 0) return oddBackslashesBefore(chunk, n, from) ? n + 1 : n;
    if (!oddBackslashesBefore(chunk, q, from)) return q;
    j = q + 1;
  }
}

/** Whether the bytes just before `at` (none before `from`) are an odd run of backslashes. */
function oddBackslashesBefore(chunk: Buffer, at: number, from: number): boolean {
  let k = at - 1;
  while (k >= from && chunk[k] === BACKSLASH) k--;
  return (at - 1 - k) % 2 === 1;
}

/** One element's text again, by the byte range scanJsonArray gave for it. */
export function readElementAt(file: string, start: number, end: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    return buf.toString('utf8', 0, got);
  } finally {
    closeSync(fd);
  }
}

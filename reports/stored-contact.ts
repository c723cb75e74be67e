/**
 * One contact's stored inputs — its contacts/<id>.json and its element of findings.json — read
 * on their own, with few imports: the HTML report's worker threads load this and little else.
 */
import { readFileSync } from 'node:fs';
import type { Interaction } from '../harness/interaction/types.js';
import type { Finding } from '../scorers/scorer.js';
import { readElementAt } from './json-array-stream.js';
import { maskInPlace, type TextMasker } from './privacy/mask-data.js';

/** A contact's stored input (its contacts/*.json, its findings) that cannot be read. */
export class ContactFileError extends Error {
  readonly code = 'E_REPORT_INPUT';
  constructor(
    message: string,
    readonly hint = 'restore the file from a backup, or move it out of contacts/ to report without that contact',
  ) {
    super(message);
    this.name = 'ContactFileError';
  }
}

/** A contact's stored Interaction (contacts/<id>.json), masked in place (`mask` absent: as stored, for a reader that masks what it shows). */
export function readStoredInteraction(file: string, mask?: TextMasker): Interaction {
  const i = JSON.parse(readFileSync(file, 'utf8')) as Interaction;
  return mask ? maskInPlace(i, mask) : i;
}

/** A contact's findings, from its byte range of findings.json, masked (`mask` absent: as stored). */
export function readStoredFindings(findingsFile: string, range: readonly [number, number], contactId: string, runDir: string, mask?: TextMasker): Finding[] {
  let element: { findings?: Finding[] };
  try {
    element = JSON.parse(readElementAt(findingsFile, range[0], range[1])) as { findings?: Finding[] };
  } catch (err) {
    throw new ContactFileError(`${findingsFile}: the findings of ${contactId} are not valid JSON (${(err as Error).message})`, `score the run again: npx mystery-shopper score ${runDir}`);
  }
  const findings = element.findings ?? [];
  return mask ? maskInPlace(findings, mask) : findings;
}


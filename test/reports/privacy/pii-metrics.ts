/**
 * Precision and recall of the masker on the labelled fixture set (test/fixtures/pii), per kind:
 * a labelled value is found when one detected span of the same kind covers at least half of it; a
 * detected span is right when it overlaps a labelled value.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPii, type PiiKind } from '../../../reports/privacy/mask.js';

export interface LabelledLine {
  text: string;
  pii: [PiiKind, string][];
  persona?: string[];
}

export function readPiiFixtures(): LabelledLine[] {
  const file = fileURLToPath(new URL('../../fixtures/pii/transcripts.jsonl', import.meta.url));
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LabelledLine);
}

export interface PiiMetrics {
  labelled: number;
  detected: number;
  truePositives: number;
  precision: number;
  recall: number;
  misses: string[];
  falseMasks: string[];
  byKind: Record<string, { labelled: number; found: number }>;
}

export function measure(lines: readonly LabelledLine[]): PiiMetrics {
  let labelled = 0;
  let detected = 0;
  let rightDetections = 0;
  let found = 0;
  const misses: string[] = [];
  const falseMasks: string[] = [];
  const byKind: PiiMetrics['byKind'] = {};
  for (const line of lines) {
    const spans = findPii(line.text, { personaNames: line.persona });
    const gold = line.pii.map(([kind, value]) => {
      const start = line.text.indexOf(value);
      return { kind, start, end: start + value.length, value };
    });
    for (const g of gold) {
      labelled++;
      const k = (byKind[g.kind] ??= { labelled: 0, found: 0 });
      k.labelled++;
      const hit = spans.some((s) => s.kind === g.kind && Math.min(s.end, g.end) - Math.max(s.start, g.start) >= (g.end - g.start) / 2);
      if (hit) {
        found++;
        k.found++;
      } else misses.push(`${g.kind} ${g.value} in ${line.text}`);
    }
    for (const s of spans) {
      detected++;
      if (gold.some((g) => s.start < g.end && g.start < s.end)) rightDetections++;
      else falseMasks.push(`${s.kind} ${line.text.slice(s.start, s.end)} in ${line.text}`);
    }
  }
  return { labelled, detected, truePositives: found, precision: detected ? rightDetections / detected : 1, recall: labelled ? found / labelled : 1, misses, falseMasks, byKind };
}

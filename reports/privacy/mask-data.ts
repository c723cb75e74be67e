/**
 * Where masking is applied: to everything a report is made of, as it is loaded from the run
 * folder (reports/report-data.ts for xlsx, pdf, junit and json; reports/html/run-data.ts for the
 * HTML report and the review page). The walk masks every string of the loaded data except
 * identifiers, so a field added later (a new note, a new quote) is masked without anyone
 * remembering to, and a new format, which only ever sees loaded data, cannot leak raw text.
 * Without options, masking is ON: forgetting to pass them is safe.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { maskText } from './mask.js';
import { ANY_CUE, findNames } from './words.js';
import type { PrivacyOptions } from './types.js';

/**
 * Keys whose values are identifiers, codes or enum values, never free text: masking them would
 * break the links between contacts, sheets and review entries (and they hold no personal data).
 */
const IDENTIFIER_KEYS = new Set([
  'runDir', 'runId', 'contactId', 'contactIds', 'scenarioId', 'sheetId', 'check', 'checks', 'item', 'id', 'kind', 'type',
  'channel', 'channels', 'outcome', 'speaker', 'status', 'level', 'code', 'failedBy', 'transcriptSource', 'recording',
  'file', 'sha256', 'configHash', 'createdAt', 'updatedAt', 'startedAt', 'finishedAt', 'at', 'schemaVersion',
  // the assessor who changed a score or signed off: the audit trail must say who, unmasked
  'reviewer',
]);

export type TextMasker = (text: string) => string;

/** A masker for many texts: transcripts repeat lines (greetings, closings), so results are cached. */
export function textMasker(options: PrivacyOptions = {}): TextMasker {
  if (options.mask === false) return (t) => t;
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = maskText(text, options);
      if (cache.size < 50_000) cache.set(text, out);
    }
    return out;
  };
}

/** A copy of `value` with every free-text string masked; Maps keep their keys, class instances are kept as they are. */
export function maskDeep<T>(value: T, mask: TextMasker, key?: string): T {
  if (typeof value === 'string') return (key !== undefined && IDENTIFIER_KEYS.has(key) ? value : mask(value)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (key !== undefined && IDENTIFIER_KEYS.has(key)) return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, mask, key)) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, maskDeep(v, mask)])) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  const src = value as Record<string, unknown>;
  // for…in over plain objects, not Object.entries: no [key, value] pair arrays (10,000 contacts
  // made them a large share of the report's garbage)
  for (const k in src) out[k] = maskDeep(src[k], mask, k);
  return out as T;
}

/**
 * maskDeep on data this caller owns and has just read from disk: the strings are replaced where
 * they are, nothing is copied (for 10,000 contacts the copy cost more than the masking itself).
 * Same rules: identifier keys keep their values, class instances are left as they are.
 */
export function maskInPlace<T>(value: T, mask: TextMasker): T {
  maskChildren(value, mask);
  return value;
}

function maskChildren(value: unknown, mask: TextMasker): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = mask(v);
      else if (v !== null && typeof v === 'object') maskChildren(v, mask);
    }
    return;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      if (typeof v === 'string') value.set(k, mask(v));
      else maskChildren(v, mask);
    }
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return;
  const obj = value as Record<string, unknown>;
  for (const k in obj) {
    if (IDENTIFIER_KEYS.has(k)) continue;
    const v = obj[k];
    if (typeof v === 'string') obj[k] = mask(v);
    else if (v !== null && typeof v === 'object') maskChildren(v, mask);
  }
}

/**
 * The personas' names of the run's scenarios (scenarios/<id>.json, persona.name), which the
 * masker looks for everywhere: a persona's name is said by agents without any cue.
 */
export async function readPersonaNames(runDir: string): Promise<string[]> {
  const dir = path.join(runDir, 'scenarios');
  const names = await readdir(dir).catch(() => [] as string[]);
  const out = new Set<string>();
  for (const n of names.filter((f) => f.endsWith('.json'))) {
    try {
      const s = JSON.parse(await readFile(path.join(dir, n), 'utf8')) as { persona?: { name?: unknown } };
      if (typeof s.persona?.name === 'string' && s.persona.name.length >= 2) out.add(s.persona.name);
    } catch {
      // an unreadable scenario copy only loses its persona's name; names after cues are still masked
    }
  }
  return [...out];
}

/**
 * Names said with a cue anywhere in `sources` (我叫张伟 in a transcript): the same name later
 * said without one (a reviewer's note "已回访张伟", an agent's "张伟您好") is masked too.
 */
export function learnNames(sources: unknown, personaNames: readonly string[] = []): string[] {
  const names = new Set<string>();
  const visit = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key !== undefined && IDENTIFIER_KEYS.has(key)) return;
      for (const s of findNames(v, personaNames)) names.add(v.slice(s.start, s.end));
    } else if (Array.isArray(v)) for (const x of v) visit(x, key);
    else if (v instanceof Map) for (const x of v.values()) visit(x);
    else if (v !== null && typeof v === 'object') for (const k in v) visit((v as Record<string, unknown>)[k], k);
  };
  visit(sources);
  return [...names].filter((n) => n.length >= 2);
}

/**
 * The masker for one run's reports: the given options, the run's persona names and the names
 * learnt (learnNames) from `sources`, the data about to be masked.
 */
export async function runMasker(runDir: string, options: PrivacyOptions = {}, sources?: unknown): Promise<TextMasker> {
  if (options.mask === false) return (t) => t;
  const learner = await NameLearner.forRun(runDir, options);
  learner.learn(sources);
  return learner.masker();
}

/**
 * JSON escapes under which a text could read differently once parsed (\n matching a cue's \s,
 * \uXXXX hiding a character). \" and \\ never take part in a cue, a name or an honorific.
 */
const LOOSE_ESCAPE = /\\[^"\\]/;
const ANY_CUE_ALL = new RegExp(ANY_CUE.source, 'gu');

/** Index of the quote that closes (step 1) or opens (step -1) the JSON string literal around `at`. */
function literalEdge(text: string, at: number, step: 1 | -1): number {
  for (let k = at; k >= 0 && k < text.length; k += step) {
    if (text.charCodeAt(k) !== 34) continue;
    let backslashes = 0;
    for (let b = k - 1; b >= 0 && text.charCodeAt(b) === 92; b--) backslashes++;
    if (backslashes % 2 === 0) return k;
  }
  return step === 1 ? text.length : -1;
}

/**
 * learnNames over a run read piece by piece (one contact file, one sheets.json element at a time),
 * so the reports can learn every name before masking anything without holding the run in memory.
 */
export class NameLearner {
  private readonly learnt = new Set<string>();
  private readonly known: ReadonlySet<string>;

  constructor(private readonly options: PrivacyOptions, private readonly personaNames: readonly string[]) {
    this.known = new Set(personaNames);
  }

  /** Persona names of the options and of the run's scenario copies. */
  static async forRun(runDir: string, options: PrivacyOptions = {}): Promise<NameLearner> {
    const known = options.mask === false ? [] : [...(options.personaNames ?? []), ...(await readPersonaNames(runDir))];
    return new NameLearner(options, [...new Set(known)]);
  }

  /** Names said with a cue in a loaded value (learnNames' walk: identifier fields skipped). */
  learn(value: unknown): void {
    if (this.options.mask === false) return;
    for (const n of learnNames(value, this.personaNames)) if (!this.known.has(n)) this.learnt.add(n);
  }

  /**
   * The same for a JSON text. It is parsed only when the text itself shows a name not learnt yet:
   * every name the parsed strings give is also found in the raw text (cues and names never span a
   * quote, and escapes that could change a match send the text to the parser), so skipping the
   * parse of the 10,000 contact files that name nobody new loses nothing.
   */
  learnJson(text: string, parse: () => unknown = () => JSON.parse(text)): void {
    if (this.options.mask === false) return;
    if (LOOSE_ESCAPE.test(text) || this.namesSomeoneNew(text)) this.learn(parse());
  }

  /**
   * Whether a string literal of the JSON text names someone not learnt yet. Only the literals with
   * a cue or an honorific are looked at (findNames finds nothing else but persona names, which are
   * known), each on its own as the parsed walk would.
   */
  private namesSomeoneNew(text: string): boolean {
    let doneUntil = -1;
    for (const m of text.matchAll(ANY_CUE_ALL)) {
      if (m.index < doneUntil) continue;
      const start = literalEdge(text, m.index - 1, -1) + 1;
      const end = literalEdge(text, m.index, 1);
      doneUntil = end;
      const literal = text.slice(start, end);
      for (const s of findNames(literal)) {
        const name = literal.slice(s.start, s.end);
        if (name.length >= 2 && !this.learnt.has(name) && !this.known.has(name)) return true;
      }
    }
    return false;
  }

  /** What a learner in another thread starts from (findings-scan-worker.ts): the options and persona names. */
  seed(): { options: PrivacyOptions; personaNames: readonly string[] } {
    return { options: { ...this.options }, personaNames: [...this.personaNames] };
  }

  /**
   * Names another learner learnt, in its order, as if this one had learnt them from the same texts
   * now: the ones it knows already are skipped, so the order of first appearance is kept.
   */
  adopt(names: readonly string[]): void {
    if (this.options.mask === false) return;
    for (const n of names) if (!this.known.has(n)) this.learnt.add(n);
  }

  /** The names learnt so far (persona names not included). */
  learntNames(): string[] {
    return [...this.learnt];
  }

  /** The masker for everything learnt so far. */
  masker(): TextMasker {
    return textMasker(this.maskerOptions());
  }

  /** The options masker() masks with (names learnt so far included): another thread makes the same masker from them with textMasker. */
  maskerOptions(): PrivacyOptions {
    if (this.options.mask === false) return { ...this.options };
    return { ...this.options, personaNames: [...new Set([...this.personaNames, ...this.learnt])] };
  }
}

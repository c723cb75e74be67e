/**
 * YAML + zod with positions: every problem is reported as file:line:col, field path, message, so a
 * user can go straight to the line. Used for scenarios, the config file and rubrics.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { InputProblem } from '../errors.js';

export type YamlResult<T> =
  | {
      ok: true;
      data: T;
      locate: (path: string) => number;
      /** Line and column of the value at `path` (path parts may contain dots, e.g. selector keys). */
      locateAt: (path: readonly string[]) => { line: number; col: number };
    }
  | { ok: false; problems: InputProblem[] };

type Path = readonly PropertyKey[];

interface Located {
  doc: Document;
  lines: LineCounter;
  file: string;
}

/** The node at `path`, or the deepest existing ancestor (so a missing field points at its parent). */
function nodeAt(doc: Document, path: Path, key?: string): Node | null {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(part)];
      if (item === undefined) break;
      node = item;
    } else break;
  }
  if (key && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key)) return pair.key as Node;
  }
  return (node as Node | null) ?? null;
}

function position(at: Located, path: Path, key?: string): { line: number; col: number } {
  const node = nodeAt(at.doc, path, key);
  const offset = node?.range?.[0] ?? 0;
  return at.lines.linePos(offset);
}

function dataAt(data: unknown, path: Path): unknown {
  let cur = data;
  for (const part of path) cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[part] : undefined;
  return cur;
}

type Issue = z.core.$ZodIssue;

/**
 * A union failed: report the branch the user evidently meant, i.e. the one with the fewest
 * structural complaints (unknown or missing keys right at the value) — for steps keyed by kind
 * (`say`, `wait` …) that is the branch of the kind they wrote — then the fewest problems.
 */
function pickUnionBranch(issue: Issue & { code: 'invalid_union' }, data: unknown): Issue[] {
  if (!issue.errors.length) return [issue];
  const value = dataAt(data, issue.path);
  const structural = (errs: Issue[]) =>
    errs.filter(
      (e) =>
        (e.code === 'unrecognized_keys' && e.path.length === 0) ||
        (e.code === 'invalid_type' && e.path.length === 1 && dataAt(value, e.path) === undefined) ||
        (e.code === 'invalid_type' && e.path.length === 0),
    ).length;
  const best = [...issue.errors].sort((a, b) => structural(a) - structural(b) || a.length - b.length)[0]!;
  return best.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as Issue);
}

function flatten(issues: readonly Issue[], data: unknown): Issue[] {
  return issues.flatMap((i) => (i.code === 'invalid_union' ? flatten(pickUnionBranch(i, data), data) : [i]));
}

function describe(issue: Issue): { message: string; key?: string; field: Path } {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return { message: `unknown field "${issue.keys.join('", "')}"`, key, field: [...issue.path, key] };
  }
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    return { message: `required field is missing (expected ${issue.expected})`, field: issue.path };
  }
  return { message: issue.message, field: issue.path };
}

/** Where the first alias (*name) of the document is: what an alias error points at. */
function aliasPosition(doc: Document, lines: LineCounter): { line: number; col: number } {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return lines.linePos(offset);
}

function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

/** Deeper flow nesting than any real file has; the parser recurses (and takes seconds) on more. */
export const MAX_FLOW_DEPTH = 200;

/**
 * Offset where [ / { nesting first exceeds MAX_FLOW_DEPTH, or -1. Quoted text and comments are
 * skipped; brackets in plain scalars count, which only ever makes the guard stricter than needed.
 */
function tooDeepAt(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = '';
      else if (c === '\n' && quote === "'") quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/u.test(text[i - 1]!))) while (i < text.length && text[i] !== '\n') i++;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** Parse and validate one YAML document. Never throws for bad input: problems come back as data. */
export function parseYamlWithSchema<S extends z.ZodType>(text: string, file: string, schema: S): YamlResult<z.output<S>> {
  const lines = new LineCounter();
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const { line, col } = positionOf(text, deep);
    return { ok: false, problems: [{ file, line, col, field: '', message: `YAML nesting deeper than ${MAX_FLOW_DEPTH} levels` }] };
  }
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { file, line, col, field: '', message: `YAML syntax: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  let data: unknown;
  try {
    // aliases are resolved here: an alias bomb ("billion laughs") or an alias before its anchor
    // throws (the library stops at 100 expanded aliases) — a problem of the file, not a crash
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { ok: false, problems: [{ file, ...aliasPosition(doc, lines), field: '', message: `YAML aliases: ${(err as Error).message.split('\n')[0]}` }] };
  }
  if (data === null || data === undefined) return { ok: false, problems: [{ file, line: 1, col: 1, field: '', message: 'the file is empty' }] };
  const parsed = schema.safeParse(data);
  const at: Located = { doc, lines, file };
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems: InputProblem[] = [];
    for (const issue of flatten(parsed.error.issues, data)) {
      const d = describe(issue);
      const { line, col } = position(at, issue.path, d.key);
      const field = d.field.map(String).join('.');
      const k = `${line}:${col}:${field}:${d.message}`;
      if (!seen.has(k)) problems.push({ file, line, col, field, message: d.message });
      seen.add(k);
    }
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    return { ok: false, problems };
  }
  return {
    ok: true,
    data: parsed.data,
    locate: (path: string) => position(at, path.split('.').filter(Boolean)).line,
    locateAt: (path: readonly string[]) => position(at, [...path]),
  };
}

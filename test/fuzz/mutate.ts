/**
 * Generators of malformed input files for the loader fuzzers: valid seed files mutated
 * structurally (keys dropped, duplicated, retyped; huge numbers; unicode; deep nesting) and
 * textually (tabs, wrong indentation, binary junk, very long lines, truncation, YAML anchor/alias
 * bombs). Deterministic: every fuzzer runs with FUZZ_SEED.
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { formatProblem, HarnessError, InputError, type InputProblem } from '../../harness/errors.js';

export const FUZZ_SEED = 20261203;

/**
 * A generous bound per case, in CPU time of this process (cpuMsSince): a hang or a runaway regex shows as
 * minutes of CPU, while another job loading the machine stretches only wall time (a wall-clock bound failed once
 * at load 30 on two cores: 6.0 s for a case that needs well under one).
 */
export const CASE_BOUND_MS = 5_000;

/** CPU milliseconds this process spent since `since` (a `process.cpuUsage()` reading): user + system. */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const weirdScalar: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 1e-320, '', ' ', '\u0000', '\uFEFF', '\u202E', '😀'.repeat(50), '{{centre}}', '.*(', 'a'.repeat(20_000)),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const weirdValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: weirdScalar },
  { weight: 1, arbitrary: fc.array(weirdScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), weirdScalar, { maxKeys: 3 }) },
  // deeper nesting is a text mutation (the generator's own YAML writer recurses)
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 200 }).map((depth) => nest(depth)) },
);

function nest(depth: number): Json {
  let v: Json = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { k: v };
  return v;
}

type StructuralOp = { op: 'drop' | 'retype' | 'duplicate'; pick: number; value: Json };

/** Every (container, key) pair of a parsed document, depth first. */
function slots(root: Json): { parent: Record<string, Json> | Json[]; key: string | number }[] {
  const out: { parent: Record<string, Json> | Json[]; key: string | number }[] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push({ parent: v, key: i }), walk(x)));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) out.push({ parent: v, key: k }), walk(v[k]!);
  };
  walk(root);
  return out;
}

function applyStructural(seed: Json, ops: StructuralOp[]): Json {
  const doc = structuredClone(seed);
  for (const { op, pick, value } of ops) {
    const all = slots(doc);
    if (!all.length) break;
    const { parent, key } = all[pick % all.length]!;
    if (op === 'retype') (parent as Record<string, Json>)[key] = value;
    else if (op === 'drop') Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key as string];
    else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
    else parent[`${key}`] = value; // same key, new value (the duplicate key itself is a text mutation)
  }
  return doc;
}

const structuralOp: fc.Arbitrary<StructuralOp> = fc.record({ op: fc.constantFrom('drop', 'retype', 'duplicate'), pick: fc.nat(), value: weirdValue });

/** A YAML "billion laughs": each level references the previous one nine times. */
export function aliasBomb(levels = 9): string {
  const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}

type TextOp =
  | { op: 'tab' | 'indent' | 'dedent' | 'dupline' | 'truncate' | 'delete'; at: number }
  | { op: 'junk'; at: number; bytes: Uint8Array }
  | { op: 'longline'; at: number; length: number }
  | { op: 'bomb'; at: number; levels: number }
  | { op: 'deep'; at: number; depth: number }
  | { op: 'alias' | 'dupkey' | 'tag'; at: number; text: string };

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({ op: fc.constantFrom('tab', 'indent', 'dedent', 'dupline', 'truncate', 'delete'), at: fc.nat() }) as fc.Arbitrary<TextOp>,
  fc.record({ op: fc.constant('junk' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ op: fc.constant('longline' as const), at: fc.nat(), length: fc.integer({ min: 10_000, max: 100_000 }) }),
  fc.record({ op: fc.constant('bomb' as const), at: fc.nat(), levels: fc.integer({ min: 3, max: 12 }) }),
  fc.record({ op: fc.constant('deep' as const), at: fc.nat(), depth: fc.integer({ min: 150, max: 100_000 }) }),
  fc.record({
    op: fc.constantFrom('alias' as const, 'dupkey' as const, 'tag' as const),
    at: fc.nat(),
    text: fc.constantFrom('*nowhere', '&a x', '<<: *a', '!!binary AAAA', '!!js/function "f(){}"', '!!set {a, b}', '!!omap [a: 1]', '? [complex, key]\n: v', '%YAML 1.1\n---', '--- \n...', '"unterminated'),
  }),
);

function applyText(text: string, ops: TextOp[]): string {
  let t = text;
  for (const o of ops) {
    const lines = t.split('\n');
    const li = o.at % Math.max(1, lines.length);
    const pos = o.at % Math.max(1, t.length);
    switch (o.op) {
      case 'tab': lines[li] = `\t${lines[li]}`; t = lines.join('\n'); break;
      case 'indent': lines[li] = `   ${lines[li]}`; t = lines.join('\n'); break;
      case 'dedent': lines[li] = lines[li]!.replace(/^\s+/u, ''); t = lines.join('\n'); break;
      case 'dupline': lines.splice(li, 0, lines[li]!); t = lines.join('\n'); break;
      case 'truncate': t = t.slice(0, pos); break;
      case 'delete': t = t.slice(0, pos) + t.slice(pos + 1 + (o.at % 7)); break;
      case 'junk': t = t.slice(0, pos) + Buffer.from(o.bytes).toString('utf8') + t.slice(pos); break;
      case 'longline': lines.splice(li, 0, `x${'y'.repeat(o.length)}: ${'z'.repeat(o.length)}`); t = lines.join('\n'); break;
      case 'bomb': t = o.at % 2 ? `${aliasBomb(o.levels)}${t}` : `${t}\nbomb: ${'['.repeat(1)}${Array(9).fill('*l' + (o.levels - 1)).join(',')}]\n${aliasBomb(o.levels)}`; break;
      case 'deep': lines.splice(li, 0, o.at % 2 ? `deep: ${'['.repeat(o.depth)}${']'.repeat(o.depth)}` : `deep: ${'{a: '.repeat(o.depth)}1${'}'.repeat(o.depth)}`); t = lines.join('\n'); break;
      default: lines.splice(li, 0, o.text); t = lines.join('\n'); break;
    }
  }
  return t;
}

/** Malformed variants of a valid YAML seed: structural, textual, or both. */
export function malformedYaml(seedText: string): fc.Arbitrary<string> {
  const seed = parse(seedText) as Json;
  const structural = fc.array(structuralOp, { minLength: 1, maxLength: 4 }).map((ops) => stringify(applyStructural(seed, ops), { aliasDuplicateObjects: false }));
  const textual = fc.array(textOp, { minLength: 1, maxLength: 3 }).map((ops) => applyText(seedText, ops));
  const both = fc.tuple(fc.array(structuralOp, { minLength: 1, maxLength: 2 }), fc.array(textOp, { minLength: 1, maxLength: 2 })).map(([s, t]) =>
    applyText(stringify(applyStructural(seed, s), { aliasDuplicateObjects: false }), t),
  );
  return fc.oneof({ weight: 3, arbitrary: structural }, { weight: 3, arbitrary: textual }, { weight: 2, arbitrary: both }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });
}

/** Every problem names the file, a line ≥ 1 (and ≤ the file's lines + 1), and says something. */
export function checkProblems(problems: readonly InputProblem[], file: string, text: string): void {
  const maxLine = text.split('\n').length + 1;
  for (const p of problems) {
    const shown = formatProblem(p);
    if (p.file !== file) throw new Error(`problem names ${p.file}, not ${file}: ${shown}`);
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > maxLine) throw new Error(`problem line ${p.line} outside 1..${maxLine}: ${shown}`);
    if (!Number.isInteger(p.col) || p.col < 0) throw new Error(`problem col ${p.col}: ${shown}`);
    if (typeof p.field !== 'string' || !p.message.trim()) throw new Error(`problem without field or message: ${shown}`);
  }
}

/**
 * Runs one loader call on one malformed text: it may succeed or throw our errors (InputError with
 * located problems, or another HarnessError with a code); anything else — TypeError, RangeError,
 * a ReferenceError from the YAML library — is a bug. Also bounds the time of the case.
 */
export async function expectOnlyOurErrors(file: string, text: string, load: () => unknown): Promise<void> {
  const started = process.cpuUsage();
  try {
    await load();
  } catch (err) {
    if (err instanceof InputError) checkProblems(err.problems, file, text);
    else if (!(err instanceof HarnessError)) throw new Error(`loader threw ${(err as Error)?.name}: ${(err as Error)?.message}`, { cause: err });
  }
  const ms = cpuMsSince(started);
  if (ms > CASE_BOUND_MS) throw new Error(`one case took ${Math.round(ms)} ms of CPU (bound ${CASE_BOUND_MS} ms)`);
}

/** Malformed JSONL from valid seed objects: each line structurally mutated, then maybe damaged as text. */
export function malformedJsonl(seeds: readonly object[]): fc.Arbitrary<string> {
  const line = fc.tuple(fc.nat(), fc.array(structuralOp, { maxLength: 3 })).map(([i, ops]) => JSON.stringify(applyStructural(seeds[i % seeds.length] as Json, ops)));
  const damaged = fc.oneof(
    { weight: 6, arbitrary: line },
    { weight: 1, arbitrary: fc.tuple(line, fc.nat()).map(([l, n]) => l.slice(0, n % Math.max(1, l.length))) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`) },
    { weight: 1, arbitrary: fc.constantFrom('\uFEFF{}', 'null', '[]', '"x"', '1e999', '{"turns": null}', '{"__proto__": {"x": 1}}', '{"constructor": {"prototype": {}}}') },
  );
  return fc.array(damaged, { minLength: 1, maxLength: 6 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));
}

/**
 * Loads scenario YAML files: schema validation with positions (yaml-input.ts), then the checks a
 * schema cannot express (unknown `{{variables}}`, DTMF on a chat-only scenario, voice without a
 * number). Every problem in every file is collected before anything runs.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type InputProblem } from '../errors.js';
import { templateNames } from '../interaction/match.js';
import { Scenario, STEP_KINDS, type LoadedScenario, type ScenarioData, type Step } from './schema.js';
import { parseYamlWithSchema } from './yaml-input.js';

/** Names always available to `{{…}}` in steps besides the scenario's own variables. */
const BUILTIN_VARS = ['contactId', 'centre', 'runId'];

export function channelsOf(s: Pick<ScenarioData, 'channel'>): ('webchat' | 'voice')[] {
  return Array.isArray(s.channel) ? [...new Set(s.channel)] : [s.channel];
}

/** Variables for `{{…}}`: the scenario's, then `persona.*`. Built-ins are added per contact. */
export function scenarioVars(s: ScenarioData): Record<string, string | number> {
  const vars: Record<string, string | number> = { ...s.variables };
  for (const [k, v] of Object.entries(s.persona)) if (typeof v === 'string' || typeof v === 'number') vars[`persona.${k}`] = v;
  return vars;
}

function* walkSteps(steps: readonly Step[], base: string): Generator<[Step, string]> {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const p = `${base}.${i}`;
    yield [step, p];
    if ('branch' in step) {
      for (let c = 0; c < step.branch.cases.length; c++) yield* walkSteps(step.branch.cases[c]!.steps, `${p}.branch.cases.${c}.steps`);
      if (step.branch.otherwise) yield* walkSteps(step.branch.otherwise, `${p}.branch.otherwise`);
    }
  }
}

/** Checks across fields, after the schema passed. */
export function semanticProblems(
  s: ScenarioData,
  locate: (field: string) => number,
  file: string,
  locateAt?: (path: readonly string[]) => { line: number; col: number },
): InputProblem[] {
  const problems: InputProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file, line: locate(field), col: 1, field, message });
  /** For fields whose path parts may hold dots (selector keys): exact line and column. */
  const atPath = (parts: readonly string[], message: string) => {
    const pos = locateAt?.(parts) ?? { line: locate(parts.join('.')), col: 1 };
    problems.push({ file, ...pos, field: parts.map((p) => (/[.\s]/u.test(p) ? JSON.stringify(p) : p)).join('.'), message });
  };
  const known = new Set([...Object.keys(scenarioVars(s)), ...BUILTIN_VARS]);
  const channels = channelsOf(s);
  for (const [step, p] of walkSteps(s.steps, 'steps')) {
    if ('say' in step) {
      for (const name of templateNames(step.say)) {
        if (!known.has(name)) at(`${p}.say`, `unknown variable {{${name}}}; define it under "variables" (known: ${[...known].join(', ')})`);
      }
    }
    if ('handoff' in step && step.handoff !== true && step.handoff.say !== undefined) {
      for (const name of templateNames(step.handoff.say)) {
        if (!known.has(name)) atPath([...p.split('.'), 'handoff', 'say'], `unknown variable {{${name}}}; define it under "variables" (known: ${[...known].join(', ')})`);
      }
    }
    if ('press' in step && !channels.includes('voice')) at(`${p}.press`, 'DTMF "press" needs a voice channel; this scenario is chat only');
  }
  if (channels.includes('voice') && !s.target?.phone) at('target', 'a voice scenario needs target.phone (E.164, e.g. +8610xxxxxxxx)');
  for (const name of templateNames(s.target?.chatUrl ?? '')) {
    if (!known.has(name)) at('target.chatUrl', `unknown variable {{${name}}} in the chat URL`);
  }
  for (const [selector, value] of Object.entries(s.target?.widget?.prechat?.fields ?? {})) {
    for (const name of templateNames(String(value))) {
      if (!known.has(name)) atPath(['target', 'widget', 'prechat', 'fields', selector], `unknown variable {{${name}}} in a pre-chat field value`);
    }
  }
  const keys = new Set<string>();
  (s.facts ?? []).forEach((f, i) => {
    if (keys.has(f.key)) at(`facts.${i}.key`, `duplicate fact key "${f.key}"`);
    keys.add(f.key);
  });
  return problems;
}

/** Parse one scenario text. Problems come back as data; `file` is used in messages only. */
export function parseScenario(text: string, file: string): { scenario?: ScenarioData; problems: InputProblem[] } {
  const result = parseYamlWithSchema(text, file, Scenario);
  if (!result.ok) return { problems: result.problems.map((p) => explainStepKind(p)) };
  const problems = semanticProblems(result.data, result.locate, file, result.locateAt);
  return problems.length ? { problems } : { scenario: result.data, problems };
}

/** A step with no known kind key reads better as one message than as "missing field". */
function explainStepKind(p: InputProblem): InputProblem {
  const m = /^(.*steps\.\d+)\.(\w+)$/u.exec(p.field);
  if (m && (STEP_KINDS as readonly string[]).includes(m[2]!) && p.message.startsWith('required field is missing')) {
    return { ...p, field: m[1]!, message: `a step must be one of: ${STEP_KINDS.join(', ')}` };
  }
  return p;
}

export async function loadScenarioFile(file: string): Promise<LoadedScenario> {
  const abs = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError([{ file, line: 0, col: 0, field: '', message: code === 'ENOENT' ? 'file not found' : `cannot read file (${code})` }]);
  }
  const { scenario, problems } = parseScenario(bytes.toString('utf8'), file);
  if (!scenario) throw new InputError(problems);
  return { ...scenario, file: abs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Expand directories to their *.yaml / *.yml files (sorted), keep files as given. */
export async function expandScenarioPaths(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => /\.ya?ml$/u.test(n)).sort();
      out.push(...names.map((n) => path.join(input, n)));
    } else out.push(input);
  }
  return out;
}

/**
 * Load every file, collecting all problems of all files; throws one InputError listing them.
 * Duplicate scenario ids across files are an error too (contact ids are built from them).
 */
export async function loadScenarios(inputs: readonly string[]): Promise<LoadedScenario[]> {
  const files = await expandScenarioPaths(inputs);
  if (!files.length) throw new InputError([{ file: inputs.join(' '), line: 0, col: 0, field: '', message: 'no scenario files found' }]);
  const loaded: LoadedScenario[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    try {
      loaded.push(await loadScenarioFile(file));
    } catch (err) {
      if (err instanceof InputError) problems.push(...err.problems);
      else throw err;
    }
  }
  const seen = new Map<string, string>();
  for (const s of loaded) {
    const other = seen.get(s.id);
    if (other) problems.push({ file: s.file, line: 1, col: 1, field: 'id', message: `scenario id "${s.id}" is also used by ${other}` });
    seen.set(s.id, s.file);
  }
  if (problems.length) throw new InputError(problems);
  return loaded;
}

/**
 * Loads a load profile: schema validation with positions (the scenario loader's YAML-with-positions
 * approach, so every problem reads `file:line:col  field  message`), then the checks a schema
 * cannot express — the mix's scenarios exist, are valid, and can be placed on the channel named.
 * The result is the plan the scheduler runs: stages in ms from the start, the mix resolved to
 * scenario ids, targets with their defaults.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type InputProblem } from '../errors.js';
import type { ChannelKind } from '../interaction/types.js';
import { channelsOf, loadScenarioFile } from '../scenario/loader.js';
import type { LoadedScenario } from '../scenario/schema.js';
import { parseYamlWithSchema } from '../scenario/yaml-input.js';
import { LoadProfile, type LoadProfileData } from './profile-schema.js';
import type { LoadRunInfo, LoadStagePlan, LoadTargets } from './types.js';

/** One weighted entry of the mix, resolved. */
export interface MixPick {
  scenarioId: string;
  channel: ChannelKind;
  weight: number;
}

/** A validated profile, ready to schedule. */
export interface LoadedProfile {
  id: string;
  title?: string;
  file: string;
  sha256: string;
  stages: LoadStagePlan[];
  mix: MixPick[];
  scenarios: LoadedScenario[];
  /** Closed model: pause before an ended contact's replacement, drawn uniformly in [min, max]. */
  thinkTimeMs: { min: number; max: number };
  patienceMs?: number;
  caps: LoadRunInfo['caps'];
  targets: LoadTargets;
  seed: number;
  arrivals: 'poisson' | 'even';
}

export const DEFAULT_TARGETS: LoadTargets = { answerRate: 0.95, serviceLevel: { thresholdSec: 20, target: 0.8 }, ahtSec: 300 };

/** Stages laid end to end, in ms from the run's start. */
export function planStages(stages: LoadProfileData['stages']): LoadStagePlan[] {
  let at = 0;
  return stages.map((s, i) => {
    const ramp = (v: number | { from: number; to: number }) => (typeof v === 'number' ? { from: v, to: v } : v);
    const plan: LoadStagePlan = {
      name: s.name ?? `stage-${i + 1}`,
      kind: s.arrivalRate !== undefined ? 'arrival-rate' : 'concurrency',
      startMs: at,
      endMs: at + s.duration,
      role: s.role ?? 'load',
    };
    if (s.arrivalRate !== undefined) plan.ratePerMin = ramp(s.arrivalRate);
    else plan.concurrency = ramp(s.concurrency!);
    at = plan.endMs;
    return plan;
  });
}

/** True when a YAML text looks like a load profile rather than a scenario (`validate` uses it). */
export function looksLikeProfile(text: string): boolean {
  return /^(?:stages|load)\s*:/mu.test(text);
}

/** Parse one profile text: schema problems as data (no scenario files are read). */
export function parseProfile(text: string, file: string) {
  return parseYamlWithSchema(text, file, LoadProfile);
}

async function readProfile(file: string): Promise<Buffer> {
  try {
    return await readFile(path.resolve(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError([{ file, line: 0, col: 0, field: '', message: code === 'ENOENT' ? 'file not found' : `cannot read file (${code})` }]);
  }
}

/** Load and check a profile and every scenario its mix names; throws one InputError listing all problems. */
export async function loadProfile(file: string): Promise<LoadedProfile> {
  const bytes = await readProfile(file);
  const parsed = parseProfile(bytes.toString('utf8'), file);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const p = parsed.data;
  const dir = path.dirname(path.resolve(file));
  const problems: InputProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file, line: parsed.locate(field), col: 1, field, message });

  const byFile = new Map<string, LoadedScenario>();
  const load = async (rel: string, field: string): Promise<LoadedScenario | undefined> => {
    const abs = path.resolve(dir, rel);
    if (byFile.has(abs)) return byFile.get(abs);
    try {
      const s = await loadScenarioFile(abs);
      byFile.set(abs, s);
      return s;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const missing = err.problems.length === 1 && err.problems[0]!.message === 'file not found';
      if (missing) at(field, `scenario file not found: ${abs}`);
      else problems.push(...err.problems);
      return undefined;
    }
  };

  const byId = new Map<string, LoadedScenario>();
  for (const [i, rel] of (p.scenarios ?? []).entries()) {
    const s = await load(rel, `scenarios.${i}`);
    if (s) byId.set(s.id, s);
  }
  const mix: MixPick[] = [];
  for (const [i, entry] of p.mix.entries()) {
    const isFile = /\.ya?ml$/u.test(entry.scenario);
    const s = isFile ? await load(entry.scenario, `mix.${i}.scenario`) : byId.get(entry.scenario);
    if (!s) {
      if (!isFile) at(`mix.${i}.scenario`, `no scenario "${entry.scenario}" under "scenarios" (known: ${[...byId.keys()].join(', ') || 'none'}); give a file path ending in .yaml or list the file under "scenarios"`);
      continue;
    }
    const channels = channelsOf(s);
    if (entry.channel && !channels.includes(entry.channel)) at(`mix.${i}.channel`, `scenario ${s.id} has no ${entry.channel} channel (it has ${channels.join(', ')})`);
    else if (!entry.channel && channels.length > 1) at(`mix.${i}`, `scenario ${s.id} has channels ${channels.join(' and ')}: say which with "channel"`);
    else mix.push({ scenarioId: s.id, channel: entry.channel ?? channels[0]!, weight: entry.weight ?? 1 });
  }
  const ids = new Map<string, string>();
  for (const s of byFile.values()) {
    const other = ids.get(s.id);
    if (other && other !== s.file) at('mix', `scenario id "${s.id}" is used by both ${other} and ${s.file}`);
    ids.set(s.id, s.file);
  }
  if (problems.length) throw new InputError(problems);

  const used = new Set(mix.map((m) => m.scenarioId));
  const think = p.thinkTime === undefined ? { min: 0, max: 0 } : typeof p.thinkTime === 'number' ? { min: p.thinkTime, max: p.thinkTime } : p.thinkTime;
  const t = p.targets ?? {};
  const targets: LoadTargets = {
    answerRate: t.answerRate ?? DEFAULT_TARGETS.answerRate,
    serviceLevel: t.serviceLevel ? { thresholdSec: t.serviceLevel.threshold / 1000, target: t.serviceLevel.target } : { ...DEFAULT_TARGETS.serviceLevel },
    ahtSec: t.aht !== undefined ? t.aht / 1000 : DEFAULT_TARGETS.ahtSec,
    ...(t.concurrency !== undefined && { concurrency: t.concurrency }),
  };
  const caps = p.caps ?? {};
  return {
    id: p.id,
    ...(p.title !== undefined && { title: p.title }),
    file: path.resolve(file),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    stages: planStages(p.stages),
    mix,
    scenarios: [...byFile.values()].filter((s) => used.has(s.id)),
    thinkTimeMs: think,
    ...(p.patience !== undefined && { patienceMs: p.patience }),
    caps: {
      ...(caps.totalContacts !== undefined && { totalContacts: caps.totalContacts }),
      ...(caps.duration !== undefined && { durationMs: caps.duration }),
      ...(caps.callsPerSecond !== undefined && { callsPerSecond: caps.callsPerSecond }),
      ...(caps.concurrency !== undefined && { concurrency: caps.concurrency }),
    },
    targets,
    seed: p.seed ?? 1,
    arrivals: p.arrivals ?? 'poisson',
  };
}

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../../../harness/errors.js';
import { loadProfile, looksLikeProfile, parseProfile } from '../../../harness/load/profile-loader.js';
import { parseDuration } from '../../../harness/load/profile-schema.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function problemsOf(file: string): Promise<string[]> {
  try {
    await loadProfile(file);
  } catch (err) {
    if (err instanceof InputError) return err.problems.map(formatProblem);
    throw err;
  }
  return [];
}

async function profileFile(text: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ms-profile-'));
  for (const [name, body] of Object.entries(extra)) await writeFile(path.join(dir, name), body);
  const file = path.join(dir, 'p.yaml');
  await writeFile(file, text);
  return file;
}

const CHAT = `id: c1\ntitle: t\nchannel: [webchat, voice]\ntarget: { chatUrl: "{{centre}}/chat", phone: "+8610000" }\npersona: { name: x }\nsteps:\n  - say: hi\n`;

describe('durations', () => {
  it('reads units and compounds', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('2 minutes')).toBeUndefined();
  });
});

describe('profile schema errors', () => {
  it('points at file:line:col and the field for each problem', () => {
    const text = ['id: p', 'mix:', '  - { scenario: a.yaml }', 'stages:', '  - { name: s1, duration: 30 }', '  - { name: s2, duration: 1m, arrivalRate: 5 }', 'caps: { callsPerSecond: -1 }'].join('\n');
    const r = parseProfile(text, 'p.yaml');
    const lines = r.ok ? [] : r.problems.map(formatProblem);
    expect(lines).toEqual([
      'p.yaml:5:27  stages.0.duration  expected a duration like 30s, 2m, 1h30m or 500ms (a number needs a unit)',
      'p.yaml:7:25  caps.callsPerSecond  Too small: expected number to be >0',
    ]);
  });

  it('checks across fields point at the stage or field concerned', () => {
    const both = parseProfile(['id: p', 'mix: [{ scenario: a.yaml }]', 'stages:', '  - { duration: 1m, arrivalRate: 5 }', '  - { duration: 1m, arrivalRate: 5, concurrency: 3 }'].join('\n'), 'p.yaml');
    expect(both.ok ? [] : both.problems.map(formatProblem)).toEqual([expect.stringMatching(/^p\.yaml:5:5 {2}stages\.1 {2}a stage has either arrivalRate or concurrency, not both/u)]);
    const think = parseProfile(['id: p', 'mix: [{ scenario: a.yaml }]', 'stages: [{ name: a, duration: 1m, concurrency: 2 }, { name: a, duration: 1m, concurrency: 2 }]', 'thinkTime: { min: 5s, max: 1s }'].join('\n'), 'p.yaml');
    const lines = think.ok ? [] : think.problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/^p\.yaml:3:\d+ {2}stages\.1\.name {2}duplicate stage name "a"/u));
    expect(lines).toContainEqual(expect.stringMatching(/^p\.yaml:4:\d+ {2}thinkTime\.min {2}min is more than max/u));
  });

  it('an unknown field and a stage with neither model are reported where they are', () => {
    const r = parseProfile(['id: p', 'mix: [{ scenario: a.yaml }]', 'stages:', '  - { duration: 1m }', 'rate: 5'].join('\n'), 'p.yaml');
    const lines = r.ok ? [] : r.problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/^p\.yaml:4:\d+ {2}stages\.0 {2}a stage needs arrivalRate/u));
    expect(lines).toContainEqual('p.yaml:5:1  rate  unknown field "rate"');
  });

  it('the mix must name scenarios that exist, on a channel they have', async () => {
    const file = await profileFile(['id: p', 'scenarios: [c1.yaml]', 'mix:', '  - { scenario: c1 }', '  - { scenario: missing.yaml }', '  - { scenario: nope }', 'stages: [{ duration: 1m, arrivalRate: 5 }]'].join('\n'), { 'c1.yaml': CHAT });
    const lines = await problemsOf(file);
    expect(lines).toContainEqual(expect.stringMatching(/p\.yaml:4:\d+ {2}mix\.0 {2}scenario c1 has channels webchat and voice: say which/u));
    expect(lines).toContainEqual(expect.stringMatching(/p\.yaml:5:\d+ {2}mix\.1\.scenario {2}scenario file not found/u));
    expect(lines).toContainEqual(expect.stringMatching(/p\.yaml:6:\d+ {2}mix\.2\.scenario {2}no scenario "nope"/u));
  });

  it('problems inside a scenario the mix names are reported in that scenario file', async () => {
    const file = await profileFile(['id: p', 'mix: [{ scenario: bad.yaml }]', 'stages: [{ duration: 1m, arrivalRate: 5 }]'].join('\n'), { 'bad.yaml': 'id: bad\ntitle: t\nchannel: fax\n' });
    const lines = await problemsOf(file);
    expect(lines.some((l) => /bad\.yaml:3:\d+ {2}channel/u.test(l))).toBe(true);
  });
});

describe('loading', () => {
  it('resolves the mix, lays the stages end to end and fills the targets’ defaults', async () => {
    const file = await profileFile(['id: p', 'mix:', '  - { scenario: c1.yaml, channel: voice, weight: 2 }', 'stages:', '  - { name: up, duration: 30s, concurrency: { from: 0, to: 4 }, role: ramp }', '  - { duration: 2m, arrivalRate: 10 }', 'patience: 45s', 'targets: { aht: 2m }'].join('\n'), { 'c1.yaml': CHAT });
    const p = await loadProfile(file);
    expect(p.mix).toEqual([{ scenarioId: 'c1', channel: 'voice', weight: 2 }]);
    expect(p.stages).toEqual([
      { name: 'up', kind: 'concurrency', startMs: 0, endMs: 30_000, role: 'ramp', concurrency: { from: 0, to: 4 } },
      { name: 'stage-2', kind: 'arrival-rate', startMs: 30_000, endMs: 150_000, role: 'load', ratePerMin: { from: 10, to: 10 } },
    ]);
    expect(p.patienceMs).toBe(45_000);
    expect(p.targets).toEqual({ answerRate: 0.95, serviceLevel: { thresholdSec: 20, target: 0.8 }, ahtSec: 120 });
    expect(p.scenarios.map((s) => s.id)).toEqual(['c1']);
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('the example profiles load', async () => {
    for (const name of ['chat-ramp', 'voice-ramp-soak', 'mixed-spike']) {
      const p = await loadProfile(path.join(ROOT, 'scenarios', 'load', `${name}.yaml`));
      expect(p.id).toBe(name);
    }
  });

  it('a profile is told from a scenario by its top-level stages', () => {
    expect(looksLikeProfile('id: p\nstages:\n  - x')).toBe(true);
    expect(looksLikeProfile(CHAT)).toBe(false);
  });
});

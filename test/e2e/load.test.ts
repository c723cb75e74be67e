/**
 * `load` as a user runs it, against a simulated centre of known capacity (4 voice lines): a stepped
 * closed-model ramp 3 → 4 → 5 calls in progress. Checked against truth: the capacity knee the load
 * metrics find is within ±10 % of the configured capacity, and the run's answered / busy /
 * abandoned counts and answer rate are exactly the centre's own (its contact ledger).
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunManifest } from '../../harness/store/types.js';
import { startLab, type RunningLab } from '../../mocks/lab/lab.js';
import type { LoadMetrics } from '../../scorers/load/types.js';
import { cli, ROOT } from './cli-helpers.js';

const LINES = 4;
let lab: RunningLab;
let dir: string;
let configFile: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-load-'));
  lab = await startLab({ groundTruthPath: path.join(dir, 'truth.jsonl'), agents: LINES, timeScale: 0.05, seed: 3, profile: 'exemplary', widgetZoo: false, capacity: { voice: { lines: LINES } } });
  const { twilio, deepgram } = lab.info;
  configFile = path.join(dir, 'mystery-shopper.config.yaml');
  await writeFile(configFile, `voice:\n  twilioBaseUrl: ${twilio!.baseUrl}\ndeepgram:\n  baseUrl: ${deepgram!.baseUrl}\n`);
  env = { TWILIO_ACCOUNT_SID: twilio!.accountSid, TWILIO_AUTH_TOKEN: twilio!.authToken, DEEPGRAM_API_KEY: deepgram!.apiKey };
});
afterAll(async () => lab?.close());

describe('e2e: load against a centre of known capacity', () => {
  // 36 s of stages, the last calls ending ~25 s later, then scoring: under 2 min on a loaded machine.
  it('finds the knee at the configured lines, with the centre’s own answered and busy counts', { timeout: 240_000 }, async () => {
    const out = path.join(dir, 'runs');
    const profile = path.join(ROOT, 'test', 'fixtures', 'load', 'voice-knee.yaml');
    const r = await cli(['load', profile, '--config', configFile, '--centre', lab.info.centre, '--out', out, '--no-reports', '--no-live'], { env, timeoutMs: 230_000 });
    expect(r.stderr).not.toContain('internal error');
    expect([0, 2], r.stdout + r.stderr).toContain(r.code);
    const [runId] = await readdir(out);
    const runDir = path.join(out, runId!);
    const manifest = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
    expect(manifest.status).toBe('completed');
    expect(manifest.load?.profileId).toBe('voice-knee');
    expect(manifest.load?.offered?.contacts).toBe(Object.keys(manifest.contacts).length);
    for (const c of Object.values(manifest.contacts)) expect(c.load?.stage, c.contactId).toMatch(/^c[345]$/u);

    const summary = JSON.parse(await readFile(path.join(runDir, 'summary.json'), 'utf8')) as { load: LoadMetrics };
    const { knee, overall } = summary.load;
    expect(knee.status, knee.method).toBe('knee');
    expect(Math.abs(knee.capacity! - LINES)).toBeLessThanOrEqual(0.1 * LINES);

    // The centre's own ledger of the same calls.
    const truth = lab.ledger.counts('voice');
    expect(truth.live).toBe(0);
    expect(overall.offered).toBe(truth.offered);
    expect(overall.answered).toBe(truth.answered);
    expect(overall.busy).toBe(truth.busy);
    expect(overall.abandoned).toBe(truth.abandoned);
    expect(overall.answerRate).toBeCloseTo(truth.answerRate!, 3);
    // No queue: the centre's ASA (ACD → agent) and ours (answer time) are both the pickup delay.
    expect(truth.asaMs).not.toBeNull();
    expect(Math.abs(overall.asaMs! - truth.asaMs!)).toBeLessThan(1000);
    expect(r.stdout).toMatch(/start lag p95 \d+ ms/u);
  });
});

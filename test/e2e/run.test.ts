/**
 * The CLI as a user runs it, against the offline lab: chats are placed in a real browser and calls
 * through the real Twilio and Deepgram clients (pointed at the emulators by a config file, with
 * credentials in the environment, as a user would against the real services), stored, and
 * matched against the centre's ground-truth log.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction } from '../../harness/interaction/types.js';
import type { RunManifest } from '../../harness/store/types.js';
import { compareWithTruth, type TruthMessage } from '../../mocks/lab/compare.js';
import { startLab, type RunningLab } from '../../mocks/lab/lab.js';
import { cli } from './cli-helpers.js';

let lab: RunningLab;
let dir: string;
let configFile: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-run-'));
  lab = await startLab({ groundTruthPath: path.join(dir, 'truth.jsonl'), agents: 4, timeScale: 0.1, seed: 3, profile: 'exemplary' });
  const { twilio, deepgram } = lab.info;
  configFile = path.join(dir, 'mystery-shopper.config.yaml');
  await writeFile(configFile, `voice:\n  twilioBaseUrl: ${twilio!.baseUrl}\n  callsPerSecond: 5\ndeepgram:\n  baseUrl: ${deepgram!.baseUrl}\n`);
  env = { TWILIO_ACCOUNT_SID: twilio!.accountSid, TWILIO_AUTH_TOKEN: twilio!.authToken, DEEPGRAM_API_KEY: deepgram!.apiKey };
});
afterAll(async () => lab?.close());

async function readTruth(): Promise<TruthMessage[]> {
  return (await readFile(lab.info.groundTruth, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as TruthMessage);
}

async function onlyRun(out: string): Promise<string> {
  const [runId] = (await readdir(out)).filter((n) => !n.endsWith('.jsonl'));
  return path.join(out, runId!);
}

describe('e2e: run against the simulated centre', () => {
  // A whole run (3 chats, an IVR call with its recording and transcription, then every report incl. a
  // Chromium-printed PDF): ~2 min on a loaded 2-core machine, so the limits are generous, not tight.
  it('captures every chat message and call utterance in order, timed within bounds of the centre’s send times, and scores the run', { timeout: 420_000 }, async () => {
    const out = path.join(dir, 'runs-a');
    const r = await cli(['run', 'scenarios/demo/', '--config', configFile, '--centre', lab.info.centre, '--out', out, '--concurrency', '3'], { env, timeoutMs: 400_000 });
    expect(r.stderr).not.toContain('internal error');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('credit-card-loss');
    const runDir = await onlyRun(out);
    const manifest = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
    expect(manifest.status).toBe('completed');
    const contacts = Object.values(manifest.contacts);
    expect(contacts.filter((c) => c.channel === 'webchat').length).toBeGreaterThanOrEqual(3);
    expect(contacts.filter((c) => c.channel === 'voice').length).toBeGreaterThanOrEqual(1);
    const truth = await readTruth();
    for (const c of contacts) {
      const i = JSON.parse(await readFile(path.join(runDir, c.file!), 'utf8')) as Interaction;
      expect(i.outcome, `${c.contactId}: ${i.error?.message}`).toBe('completed');
      // Chat: every message seen in the page; voice: every centre utterance in the transcript.
      const speakers = c.channel === 'webchat' ? (['agent', 'customer'] as const) : (['agent', 'ivr'] as const);
      const cmp = compareWithTruth(i, truth, speakers);
      expect(cmp.extra, c.contactId).toEqual([]);
      expect(cmp.missing.filter((m) => m.at <= i.startedAt + i.durationMs), c.contactId).toEqual([]);
      expect(cmp.inOrder, c.contactId).toBe(true);
      expect(i.clock ?? 'node').toBe(c.channel === 'webchat' ? 'page' : 'node');
      // Loopback delivery is ~ms; the bounds are generous because the test machine is shared.
      const bound = c.channel === 'webchat' ? 1500 : 3000;
      for (const e of compareWithTruth(i, truth, ['agent']).errorsMs) expect(Math.abs(e), c.contactId).toBeLessThan(bound);
    }
    const summary = JSON.parse(await readFile(path.join(runDir, 'summary.json'), 'utf8'));
    expect(summary.contacts).toBe(contacts.length);
  });

  it('an interrupted run resumes without placing completed contacts again', { timeout: 300_000 }, async () => {
    const out = path.join(dir, 'runs-b');
    // Ctrl-C as soon as the first contact is stored, while the second is in progress.
    const first = await cli(['run', 'scenarios/demo/credit-card-loss.yaml', 'scenarios/demo/broadband-plan.yaml', '--centre', lab.info.centre, '--out', out, '--concurrency', '1'], {
      onSpawn: (child) => {
        const poll = setInterval(async () => {
          const runs = await readdir(out).catch(() => [] as string[]);
          for (const run of runs) {
            const files = await readdir(path.join(out, run, 'contacts')).catch(() => [] as string[]);
            if (files.some((f) => /\.\d+\.json$/u.test(f))) {
              clearInterval(poll);
              child.kill('SIGINT');
            }
          }
        }, 100);
        child.once('exit', () => clearInterval(poll));
      },
    });
    expect(first.code).toBe(130);
    const runDir = await onlyRun(out);
    const before = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
    const done = Object.values(before.contacts).filter((c) => c.status === 'done').map((c) => c.contactId);
    expect(done.length).toBeGreaterThanOrEqual(1);
    const second = await cli(['resume', runDir]);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const after = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
    for (const id of done) expect(after.contacts[id]!.attempts).toBe(1);
    expect(Object.values(after.contacts).every((c) => c.status === 'done')).toBe(true);
    expect(after.status).toBe('completed');
  });
});

/**
 * No credential in anything a run writes. An offline run (a chat and a call, through the real
 * Twilio and Deepgram clients to emulators that accept only the distinctive credentials set here)
 * is made as a user would, with a debug log; then every file it wrote — run.json, contacts,
 * scenarios, recordings, scores, harness.log, every report (xlsx unzipped) — and the captured
 * stdout/stderr are searched for each credential: raw, URL-encoded, and as Basic auth (base64 of
 * sid:token).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunManifest } from '../../harness/store/types.js';
import { startCentre, type RunningCentre } from '../../mocks/centre/server.js';
import { startVoiceLab, type VoiceLab } from '../../mocks/twilio/lab.js';
import { cli } from './cli-helpers.js';

const SID = 'AC' + '5ec2e7'.repeat(5) + 'a1';
const TOKEN = 'LeakCheck/Tok+en=7f3a&q';
const KEY = 'dg-LeakCheck-Key-0b9e41';

/** Every form each credential may take on disk or in a terminal. */
function forms(): { name: string; value: string }[] {
  const basic = Buffer.from(`${SID}:${TOKEN}`);
  const all = [
    { name: 'account sid', value: SID },
    { name: 'auth token', value: TOKEN },
    { name: 'auth token (URL-encoded)', value: encodeURIComponent(TOKEN) },
    { name: 'Basic sid:token', value: basic.toString('base64') },
    { name: 'Basic sid:token (base64url)', value: basic.toString('base64url') },
    { name: 'deepgram key', value: KEY },
    { name: 'deepgram key (URL-encoded)', value: encodeURIComponent(KEY) },
  ];
  return all.filter((f, i) => all.findIndex((g) => g.value === f.value) === i);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The bytes to search: zip containers (xlsx) are searched inside, uncompressed. */
async function contentOf(file: string): Promise<Buffer> {
  const bytes = await readFile(file);
  if (bytes.subarray(0, 2).toString() === 'PK') return execFileSync('unzip', ['-p', file], { maxBuffer: 256 * 1024 * 1024 });
  return bytes;
}

function leaks(where: string, bytes: Buffer): string[] {
  return forms().filter((f) => bytes.includes(Buffer.from(f.value))).map((f) => `${f.name} in ${where}`);
}

let centre: RunningCentre;
let voice: VoiceLab;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-leak-'));
  // The lab's two halves (as startLab composes them), the voice side with our credentials.
  const groundTruthPath = path.join(dir, 'truth.jsonl');
  centre = await startCentre({ groundTruthPath, seed: 3, timeScale: 0.1, agents: 2, profile: 'exemplary' });
  voice = await startVoiceLab({ groundTruthPath, brain: { seed: 3, agents: 2, profile: 'exemplary' }, centre: { timeScale: 0.1, ringMs: 300, queueWaitMs: 400 }, credentials: { twilioAccountSid: SID, twilioAuthToken: TOKEN, deepgramApiKey: KEY } });
});
afterAll(async () => Promise.all([centre?.close(), voice?.close()]));

describe('e2e: no secret in anything a run writes', () => {
  it('the search finds a planted credential (so finding none below means something)', async () => {
    const planted = path.join(dir, 'planted.txt');
    await writeFile(planted, `Authorization: Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    expect(leaks('planted', await contentOf(planted))).toContain('Basic sid:token in planted');
  });

  it('a chat and a call, every report, debug log: no credential anywhere', { timeout: 480_000 }, async () => {
    expect(voice.twilio.accountSid).toBe(SID);
    const configFile = path.join(dir, 'mystery-shopper.config.yaml');
    await writeFile(configFile, `voice:\n  twilioBaseUrl: ${voice.twilio.url}\n  callsPerSecond: 5\ndeepgram:\n  baseUrl: ${voice.deepgram.url}\n`);
    const out = path.join(dir, 'runs');
    const r = await cli(['run', 'scenarios/demo/credit-card-loss.yaml', 'scenarios/demo/credit-card-loss-hotline.yaml', '--config', configFile, '--centre', centre.url, '--out', out, '--format', 'html,xlsx,junit,json'], {
      env: { TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, DEEPGRAM_API_KEY: KEY, MS_LOG_LEVEL: 'debug' },
      timeoutMs: 460_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const [runId] = await readdir(out);
    const runDir = path.join(out, runId!);
    const manifest = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
    // The run really used the credentials: a call was placed and completed, recorded and transcribed.
    const call = Object.values(manifest.contacts).find((c) => c.channel === 'voice');
    expect(call?.status).toBe('done');
    const files = await filesUnder(out);
    expect(files.some((f) => f.endsWith('.wav'))).toBe(true);
    expect(files.some((f) => f.endsWith('harness.log'))).toBe(true);
    expect(files.some((f) => f.endsWith('report.xlsx'))).toBe(true);
    const found: string[] = [...leaks('stdout', Buffer.from(r.stdout)), ...leaks('stderr', Buffer.from(r.stderr))];
    for (const f of files) found.push(...leaks(path.relative(out, f), await contentOf(f)));
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(8);
  });
});

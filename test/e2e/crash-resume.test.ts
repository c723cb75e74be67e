/**
 * Crash-proof runs, as a user meets them: a mixed run (2 chats in Chromium, 2 calls through the
 * real twilio and Deepgram clients) against the offline lab is SIGKILLed at several points
 * (MYSTERY_SHOPPER_CRASH_AT makes the CLI kill itself there, deterministically), then resumed.
 * The lab runs in this test's process, so it outlives the CLI, as a real centre and Twilio would.
 * Asserted from the emulators' own logs, not from the harness's: the centre's session log (one
 * session per chat) and the Twilio emulator's call list (one call per voice contact), plus every
 * contact finished exactly once and every contact finished before the kill byte-identical after.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction } from '../../harness/interaction/types.js';
import type { RunManifest } from '../../harness/store/types.js';
import { startLab, type RunningLab } from '../../mocks/lab/lab.js';
import { cli } from './cli-helpers.js';

let lab: RunningLab;
let dir: string;
let configFile: string;
let env: NodeJS.ProcessEnv;
const VOICE_NUMBER = '+8695566000';

/**
 * The cases run side by side, so each has its own scenario ids (contact ids, = the centre's session
 * refs) and its own caller id (the Twilio call list is filtered From it): two chats (the demo's chat
 * scenario, shortened) and two calls (through the demo centre's IVR to the agent's greeting; the
 * demo's full hotline call takes ~2 min). Each case is two CLI starts plus ~30 s of contacts.
 */
async function caseScenarios(name: string, from: string): Promise<string> {
  const scenarioDir = path.join(dir, `scenarios-${name}`);
  await mkdir(scenarioDir);
  const chat = `id: chat-${name}
title: 网上客服挂失（简短）
channel: webchat
target: { chatUrl: "{{centre}}/chat" }
persona: { name: 王女士 }
repeat: 2
steps:
  - wait: { pattern: "您好|你好|工号|帮您|帮你|什么事", timeoutMs: 60000 }
  - say: 你好，我的信用卡丢了，麻烦帮我办理一下挂失。
  - wait: { pattern: "身份证|手机号|核实|验证|挂失", timeoutMs: 60000 }
  - say: 好的，谢谢，再见。
  - end: true
`;
  await writeFile(path.join(scenarioDir, `chat-${name}.yaml`), chat);
  const call = `id: call-${name}
title: 热线接通后挂断
channel: voice
target: { phone: "${VOICE_NUMBER}", from: "${from}" }
persona: { name: 王女士 }
repeat: 2
steps:
  - wait: { pattern: "请按1|按1|普通话", speaker: ivr, timeoutMs: 30000 }
  - press: "1"
  - wait: { pattern: "您好|你好|工号|帮您|帮你|什么事", timeoutMs: 60000 }
  - say: 好的，谢谢，再见。
  - end: true
`;
  await writeFile(path.join(scenarioDir, `call-${name}.yaml`), call);
  return scenarioDir;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-crash-'));
  lab = await startLab({ groundTruthPath: path.join(dir, 'truth.jsonl'), agents: 8, timeScale: 0.1, seed: 5, profile: 'exemplary', widgetZoo: false });
  const { twilio, deepgram } = lab.info;
  configFile = path.join(dir, 'mystery-shopper.config.yaml');
  await writeFile(configFile, `voice:\n  twilioBaseUrl: ${twilio!.baseUrl}\n  callsPerSecond: 5\ndeepgram:\n  baseUrl: ${deepgram!.baseUrl}\n`);
  env = { TWILIO_ACCOUNT_SID: twilio!.accountSid, TWILIO_AUTH_TOKEN: twilio!.authToken, DEEPGRAM_API_KEY: deepgram!.apiKey };
}, 60_000);
afterAll(async () => lab?.close());

/** Chat sessions the centre opened per ref (= contact id), from its own log. */
async function centreSessions(): Promise<Map<string, number>> {
  const lines = (await readFile(lab.info.groundTruth, 'utf8')).split('\n').filter(Boolean);
  const counts = new Map<string, number>();
  for (const r of lines.map((l) => JSON.parse(l) as { type: string; channel?: string; ref: string; at: number })) {
    if (r.type === 'session' && r.channel === 'webchat') counts.set(r.ref, (counts.get(r.ref) ?? 0) + 1);
  }
  return counts;
}

/** Calls the Twilio emulator created To our centre's number From a case's caller id, from its own call list. */
async function twilioCalls(from: string, since: number): Promise<{ sid: string; status: string }[]> {
  const t = lab.info.twilio!;
  const query = new URLSearchParams({ To: VOICE_NUMBER, From: from, 'StartTime>': new Date(since - 1000).toISOString() });
  const res = await fetch(`${t.baseUrl}/2010-04-01/Accounts/${t.accountSid}/Calls.json?${query}`, {
    headers: { authorization: `Basic ${Buffer.from(`${t.accountSid}:${t.authToken}`).toString('base64')}` },
  });
  const body = (await res.json()) as { calls: { sid: string; status: string; date_created: string }[] };
  return body.calls.filter((c) => Date.parse(c.date_created) >= Math.floor(since / 1000) * 1000);
}

async function contactFiles(runDir: string): Promise<Map<string, string>> {
  const dirName = path.join(runDir, 'contacts');
  const names = (await readdir(dirName)).filter((n) => /^[^.]+(\.[a-z]+\.\d+)\.json$/u.test(n) || /\.(webchat|voice)\.\d+\.json$/u.test(n));
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dirName, n), 'utf8')] as const)));
}

interface CaseResult {
  manifest: RunManifest;
  interactions: Interaction[];
  before: Map<string, string>;
  resumeCode: number | null;
}

/** Run with a crash point, check the kill happened, resume, and check the invariants. */
async function crashThenResume(name: string, crashAt: string, from: string): Promise<CaseResult> {
  const since = Date.now();
  const scenarioDir = await caseScenarios(name, from);
  const out = path.join(dir, name);
  const base = ['--config', configFile, '--no-reports'];
  const first = await cli(['run', scenarioDir, '--centre', lab.info.centre, '--out', out, '--concurrency', '4', ...base], {
    env: { ...env, MYSTERY_SHOPPER_CRASH_AT: crashAt },
    timeoutMs: 240_000,
  });
  expect(first.code, first.stdout + first.stderr).toBeNull(); // killed by a signal
  expect(first.stderr).toContain(`killing the process at ${crashAt.replace(':', ' #')}`);
  const [runId] = await readdir(out);
  const runDir = path.join(out, runId!);
  const before = await contactFiles(runDir);

  const second = await cli(['resume', runDir, ...base], { env, timeoutMs: 240_000 });
  expect(second.stderr).not.toContain('internal error');
  const manifest = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
  const contacts = Object.values(manifest.contacts);
  expect(contacts).toHaveLength(4);
  const after = await contactFiles(runDir);

  // Every contact finished exactly once: one stored Interaction each, no attempt left open.
  expect([...after.keys()].sort()).toEqual(contacts.map((c) => `${c.contactId}.json`).sort());
  for (const c of contacts) {
    expect(['done', 'failed'], c.contactId).toContain(c.status);
    expect(c.attemptHistory?.every((a) => a.end !== undefined), `${c.contactId}: ${JSON.stringify(c.attemptHistory)}`).toBe(true);
  }
  // Zero lost: whatever was finished before the kill is byte-identical after the resume.
  for (const [file, text] of before) expect(after.get(file), file).toBe(text);
  const interactions = [...after.values()].map((t) => JSON.parse(t) as Interaction);

  // Placed exactly once, by the emulators' own logs.
  const sessions = await centreSessions();
  // A chat killed between journalling its reference and its page request reaching the centre is
  // stored as interrupted with no session (which one it was is a matter of timing): at most once.
  for (const c of contacts.filter((x) => x.channel === 'webchat')) {
    const completed = interactions.find((i) => i.contactId === c.contactId)?.outcome === 'completed';
    expect(sessions.get(c.contactId) ?? 0, `centre sessions of ${c.contactId}`).toBe(completed ? 1 : Math.min(1, sessions.get(c.contactId) ?? 0));
  }
  const calls = await twilioCalls(from, since);
  const voice = interactions.filter((i) => i.channel === 'voice');
  expect(calls.length, JSON.stringify(calls)).toBe(voice.length);
  expect(new Set(voice.map((i) => i.centreRef))).toEqual(new Set(calls.map((c) => c.sid)));

  // Contacts in flight at the kill that could not be recovered whole are the tool's failure, with exit 2.
  const interrupted = interactions.filter((i) => i.error?.code === 'E_INTERRUPTED_IN_FLIGHT');
  for (const i of interrupted) expect(i.failedBy).toBe('harness');
  const failed = interactions.filter((i) => i.outcome === 'failed');
  expect(second.code, second.stdout + second.stderr).toBe(failed.length ? 2 : 0);
  expect(manifest.status).toBe('completed');
  await readFile(path.join(runDir, 'summary.json'), 'utf8'); // scored
  return { manifest, interactions, before, resumeCode: second.code };
}

describe.concurrent('e2e: SIGKILL at any moment, then resume', () => {
  it('killed before any contact reached the centre: resume places each once, all complete', { timeout: 600_000 }, async () => {
    const r = await crashThenResume('before-any', 'attempt-started:1', '+15005550001');
    expect(r.before.size).toBe(0);
    expect(r.interactions.every((i) => i.outcome === 'completed')).toBe(true);
    // The first attempt was journalled but never reached the centre: recorded, then placed once.
    const histories = Object.values(r.manifest.contacts).map((c) => c.attemptHistory!.map((a) => a.end));
    expect(histories).toContainEqual(['never-placed', 'finished']);
  });

  it('killed with a call created but its SID not journalled and chats in flight: the call is found on Twilio, nothing is placed twice', { timeout: 600_000 }, async () => {
    const r = await crashThenResume('call-created', 'call-created:1', '+15005550002');
    const recovered = Object.values(r.manifest.contacts).filter((c) => c.attemptHistory?.[0]?.end === 'recovered');
    expect(recovered.length).toBeGreaterThanOrEqual(1);
    expect(recovered.some((c) => c.attemptHistory![0]!.note?.includes('by number and start time'))).toBe(true);
  });

  it('killed right after the first contact was stored: it is kept byte-identical, the rest finish once', { timeout: 600_000 }, async () => {
    const r = await crashThenResume('contact-stored', 'contact-stored:1', '+15005550003');
    expect(r.before.size).toBeGreaterThanOrEqual(1);
  });

  it('killed after every contact was stored, before scoring: resume places nothing and scores', { timeout: 600_000 }, async () => {
    const r = await crashThenResume('before-scoring', 'placed:1', '+15005550004');
    expect(r.before.size).toBe(4);
    expect(Object.values(r.manifest.contacts).every((c) => c.attemptHistory!.length === 1 && c.attemptHistory![0]!.end === 'finished')).toBe(true);
  });
});

/**
 * The web-chat channel against the real simulated centre (mocks/centre) with a demo scenario:
 * the turns must match the centre's ground truth message for message, page-clock times must agree
 * with the centre's send times (generous bound), and a chat that waits in the queue must show it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import { Scenario, type LoadedScenario } from '../../../../harness/scenario/schema.js';
import { readGroundTruth, type GroundTruthRecord, type MessageRecord } from '../../../../mocks/centre/ground-truth.js';
import { startCentre, type RunningCentre } from '../../../../mocks/centre/server.js';
import { testConfig, testContext } from './config.js';

const SCENARIO_FILE = join(import.meta.dirname, '../../../../scenarios/demo/credit-card-loss.yaml');

let dir: string;
let centre: RunningCentre;
let channel: Channel;
let scenario: LoadedScenario;
let results: Interaction[];
let truth: GroundTruthRecord[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'webchat-centre-'));
  // One agent, two chats at once: the second waits in the queue until the first is done.
  centre = await startCentre({ groundTruthPath: join(dir, 'ground-truth.jsonl'), agents: 1, profile: 'exemplary', timeScale: 0.05, seed: 3 });
  channel = await createWebchatChannel(testConfig(centre.url), { quietMs: 500 });
  const data = Scenario.parse(parse(await readFile(SCENARIO_FILE, 'utf8')));
  // Faster typing than the persona's 6 chars/s keeps the test short; typing itself stays exercised.
  scenario = { ...data, persona: { ...data.persona, typingCps: 40 }, file: SCENARIO_FILE, sha256: 'test' };
  results = await Promise.all([0, 1].map(() => channel.place(testContext(scenario))));
  // The writer batches per tick; give it a moment to reach the disk.
  await new Promise((r) => setTimeout(r, 300));
  truth = await readGroundTruth(centre.groundTruthPath);
}, 180_000);

afterAll(async () => {
  await channel?.close();
  await centre?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const messagesOf = (ref: string) =>
  truth.filter((r): r is MessageRecord => r.type === 'message' && r.ref === ref).sort((a, b) => a.seq - b.seq);

describe('web chat against the simulated centre (demo scenario credit-card-loss)', () => {
  it('completes both chats', () => {
    for (const result of results) {
      expect(result.error).toBeUndefined();
      expect(result.outcome).toBe('completed');
    }
  });

  it('captures exactly the messages the centre sent, in order', () => {
    for (const result of results) {
      const expected = messagesOf(result.contactId).map((m) => [m.speaker, m.text]);
      expect(expected.length).toBeGreaterThan(5);
      expect(result.turns.map((t) => [t.speaker, t.text])).toEqual(expected);
    }
  });

  it('times every centre message within a generous bound of the ground truth', () => {
    for (const result of results) {
      const sent = messagesOf(result.contactId).filter((m) => m.speaker !== 'customer');
      for (const m of sent) {
        const turn = result.turns.find((t) => t.speaker === m.speaker && t.text === m.text)!;
        const lag = result.startedAt + turn.startMs - m.at;
        expect(lag).toBeGreaterThan(-1000);
        expect(lag).toBeLessThan(1000);
      }
    }
  });

  it('shows the queue for the chat that had to wait', () => {
    const queuedRefs = new Set(truth.filter((r) => r.type === 'queued').map((r) => r.ref));
    expect(queuedRefs.size).toBe(1);
    const waited = results.find((r) => queuedRefs.has(r.contactId))!;
    const types = waited.events.map((e) => e.type);
    expect(types).toContain('queued');
    expect(types).toContain('agent-joined');
    expect(types.indexOf('queued')).toBeLessThan(types.indexOf('agent-joined'));
  });
});

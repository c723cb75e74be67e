/**
 * A real browser against a small simulated centre (1 chat agent, 1 chat, a queue of one that
 * overflows after 8 s, handle time 30 s): one chat is served, one customer loses patience in the
 * queue, and of two chats arriving together one is refused at once (busy) and the other overflows
 * (no-answer). The centre's own counts (GET /truth/counts) must match the Interactions' outcomes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import type { ContactTruth, TruthCounts } from '../../../../mocks/centre/contact-ledger.js';
import { startCentre, type RunningCentre } from '../../../../mocks/centre/server.js';
import { testConfig, testContext, testScenario } from './config.js';

let dir: string;
let centre: RunningCentre;
let channel: Channel;
const served: Interaction[] = [];
let impatient: Interaction;
let together: Interaction[];

/** Wait for the greeting, stay until the agent closes the chat (handle time), then leave. */
const scenario = testScenario({
  steps: [
    { wait: { pattern: '您好', timeoutMs: 60_000 } },
    { wait: { pattern: '再见', timeoutMs: 60_000, optional: true } },
    { end: true },
  ],
});

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'webchat-capacity-'));
  centre = await startCentre({
    groundTruthPath: join(dir, 'ground-truth.jsonl'),
    profile: 'exemplary',
    timeScale: 0.1,
    seed: 5,
    wrapUpMs: 0,
    chat: { agents: 1, chatsPerAgent: 1, queueCapacity: 1, maxQueueWaitSec: 80 }, // 8 s real
    handleTime: { meanMs: 300_000 }, // 30 s real: A is still in service while B, C and D come and go
  });
  channel = await createWebchatChannel(testConfig(centre.url), { quietMs: 300 });
  // A takes the only agent for 30 s.
  const first = channel.place(testContext(scenario)).then((i) => served.push(i));
  await until(() => centre.ledger.counts('webchat').answered === 1, 'the first chat to be answered');
  // B queues and gives up after 1.5 s (well before the 8 s overflow, so a slow page close cannot turn it into one).
  impatient = await channel.place(testContext(scenario, { patienceMs: 1_500 }));
  // C and D together: one waits in the queue (and overflows after 8 s), the other finds it full.
  together = await Promise.all([0, 1].map(() => channel.place(testContext(scenario))));
  await first;
}, 180_000);

afterAll(async () => {
  await channel?.close();
  await centre?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('web chat: capacity, queue and customer patience against the simulated centre', () => {
  it('the served chat completes after the agent’s handle time', () => {
    expect(served[0]!.error).toBeUndefined();
    expect(served[0]!.outcome).toBe('completed');
    expect(served[0]!.turns.some((t) => t.speaker === 'agent' && t.text.includes('再见'))).toBe(true);
  });

  it('the impatient customer leaves the queue: abandoned, with the wait', () => {
    expect(impatient.outcome).toBe('abandoned');
    expect(impatient.error).toBeUndefined();
    expect(impatient.events.some((e) => e.type === 'queued')).toBe(true);
    const gaveUp = impatient.events.find((e) => e.type === 'abandoned');
    expect(gaveUp?.detail?.waitedMs).toBeGreaterThanOrEqual(1_500);
    expect(impatient.events.some((e) => e.type === 'agent-joined')).toBe(false);
  });

  it('a full queue is busy at once; a chat that waited the longest wait is no-answer', () => {
    expect(together.map((i) => i.outcome).sort()).toEqual(['busy', 'no-answer']);
    const overflowed = together.find((i) => i.outcome === 'no-answer')!;
    expect(overflowed.events.some((e) => e.type === 'queued')).toBe(true);
    expect(overflowed.events.find((e) => e.type === 'centre-busy')?.detail).toMatchObject({ queued: true });
    for (const i of together) expect(i.error).toBeUndefined();
  });

  it('the centre’s own counts match the Interactions, over HTTP as in process', async () => {
    const counts = (await (await fetch(`${centre.url}/truth/counts?channel=webchat`)).json()) as TruthCounts & { capacity: { webchat: number } };
    expect(counts).toMatchObject({ offered: 4, answered: 1, abandoned: 1, busy: 1, overflow: 1, live: 0, maxConcurrentInService: 1 });
    expect(counts.capacity.webchat).toBe(1);
    expect(centre.ledger.counts('webchat')).toMatchObject({ offered: 4, answered: 1, abandoned: 1, busy: 1, overflow: 1 });
    const all = [...served, impatient, ...together];
    const contacts = (await (await fetch(`${centre.url}/truth/contacts?channel=webchat`)).json()) as ContactTruth[];
    const fateOf = (i: Interaction) => contacts.find((c) => c.ref === i.centreRef)?.fate;
    const expected: Record<string, string> = { completed: 'answered', abandoned: 'abandoned', busy: 'busy', 'no-answer': 'overflow' };
    for (const i of all) expect(fateOf(i)).toBe(expected[i.outcome]);
    // The abandoned chat's wait as the customer measured it and as the centre logged it agree.
    const waited = impatient.events.find((e) => e.type === 'abandoned')!.detail!.waitedMs as number;
    const logged = contacts.find((c) => c.ref === impatient.centreRef)!.queuedForMs!;
    expect(Math.abs(waited - logged)).toBeLessThan(1_500);
  });
});

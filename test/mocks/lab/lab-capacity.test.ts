/**
 * The lab with capacity options: one ledger for both channels, and the truth over HTTP on the
 * chat centre (as a load test in another process reads it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type RunningLab } from '../../../mocks/lab/lab.js';

let dir: string;
let lab: RunningLab;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lab-capacity-'));
  lab = await startLab({
    groundTruthPath: join(dir, 'truth.jsonl'),
    timeScale: 0.1,
    widgetZoo: false,
    capacity: { chat: { agents: 2, chatsPerAgent: 3, maxQueueWaitSec: 50 }, voice: { lines: 4, agents: 2 }, handleTime: { meanMs: 30_000, spreadMs: 10_000 }, wrapUpMs: 0 },
  });
}, 60_000);

afterAll(async () => {
  await lab?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('lab capacity', () => {
  it('states its true capacity in process and over HTTP', async () => {
    const expected = { webchat: 6, voice: 2, handleTimeMs: 3000, wrapUpMs: 0, maxQueueWaitMs: { webchat: 5000, voice: null }, throughputPerSec: { webchat: 2, voice: 2 / 3 } };
    expect(lab.capacity()).toEqual(expected);
    const res = await fetch(`${lab.info.centre}/truth/counts`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ channel: 'all', offered: 0, answered: 0, asaMs: null, capacity: expected });
  });

  it('shares one ledger between the chat centre and the voice side', async () => {
    const c = lab.ledger.offer('voice', 'CA-test', 'CA-test');
    lab.ledger.busy(c, 'lines');
    const voice = (await (await fetch(`${lab.info.centre}/truth/counts?channel=voice`)).json()) as Record<string, unknown>;
    expect(voice).toMatchObject({ channel: 'voice', offered: 1, busy: 1 });
    const chat = (await (await fetch(`${lab.info.centre}/truth/counts?channel=webchat`)).json()) as Record<string, unknown>;
    expect(chat).toMatchObject({ channel: 'webchat', offered: 0 });
    const contacts = (await (await fetch(`${lab.info.centre}/truth/contacts?channel=voice`)).json()) as Array<Record<string, unknown>>;
    expect(contacts).toEqual([expect.objectContaining({ ref: 'CA-test', fate: 'busy', busyReason: 'lines' })]);
    expect((await fetch(`${lab.info.centre}/truth/counts?channel=fax`)).status).toBe(400);
  });
});

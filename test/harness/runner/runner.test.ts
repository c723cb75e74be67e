import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, ContactContext } from '../../../harness/channels/channel.js';
import { defaultConfig } from '../../../harness/config/load.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { executeRun, planRun, type ChannelRegistry } from '../../../harness/runner/runner.js';
import { loadScenarioFile } from '../../../harness/scenario/loader.js';
import { RunStore } from '../../../harness/store/run-store.js';

/** A channel that records what it was asked to place and fails contacts whose id is listed. */
function fakeChannels(placed: string[], opts: { fail?: string[]; hangUntilAbort?: string[]; throwFor?: string[] } = {}): ChannelRegistry {
  const make = async (): Promise<Channel> => ({
    kind: 'webchat',
    async place(ctx: ContactContext): Promise<Interaction> {
      placed.push(ctx.contactId);
      if (opts.throwFor?.includes(ctx.contactId)) throw new Error('boom');
      if (opts.hangUntilAbort?.includes(ctx.contactId) && !ctx.signal.aborted) {
        await new Promise((r) => ctx.signal.addEventListener('abort', r, { once: true }));
      }
      const failed = opts.fail?.includes(ctx.contactId);
      return {
        schemaVersion: 1,
        contactId: ctx.contactId,
        scenarioId: ctx.scenario.id,
        channel: 'webchat',
        startedAt: 1_700_000_000_000,
        durationMs: 1000,
        events: [],
        turns: [{ speaker: 'agent', text: `您好 ${ctx.vars.contactId}`, startMs: 10, endMs: 10 }],
        outcome: ctx.signal.aborted ? 'abandoned' : failed ? 'failed' : 'completed',
        error: failed ? { code: 'E_WAIT_TIMEOUT', message: 'x' } : undefined,
        transcriptSource: 'chat-dom',
      };
    },
    async close() {},
  });
  return { webchat: make, voice: make };
}

async function newRun(repeat = 3) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-run-'));
  const s = { ...(await loadScenarioFile('test/fixtures/scenarios/valid-chat.yaml')), repeat };
  const config = { ...defaultConfig(), out: dir, concurrency: 2 };
  const store = await RunStore.create(dir, planRun([s], config, true, 'test-run'), [s]);
  return { dir, store, config };
}

describe('runner and run store', () => {
  it('places every contact once, stores each Interaction and the manifest', async () => {
    const { store, config } = await newRun();
    const placed: string[] = [];
    const r = await executeRun(store, config, { channels: fakeChannels(placed, { fail: ['valid-chat.webchat.2'] }) });
    expect(r).toEqual({ placed: 3, failed: 1, interrupted: false });
    expect(placed.sort()).toEqual(['valid-chat.webchat.1', 'valid-chat.webchat.2', 'valid-chat.webchat.3']);
    const files = (await readdir(store.contactsDir)).sort();
    expect(files).toEqual(['valid-chat.webchat.1.json', 'valid-chat.webchat.2.json', 'valid-chat.webchat.3.json']);
    const manifest = JSON.parse(await readFile(path.join(store.dir, 'run.json'), 'utf8'));
    expect(manifest.status).toBe('completed');
    expect(manifest.contacts['valid-chat.webchat.2']).toMatchObject({ status: 'failed', outcome: 'failed', attempts: 1 });
    const scenario = JSON.parse(await readFile(path.join(store.dir, 'scenarios', 'valid-chat.json'), 'utf8'));
    expect(scenario.facts[0].key).toBe('annual-fee');
  });

  it('resume places only what is unfinished; --retry-failed re-places failures', async () => {
    const { store, config } = await newRun();
    await executeRun(store, config, { channels: fakeChannels([], { fail: ['valid-chat.webchat.2'] }) });
    const again: string[] = [];
    const reopened = await RunStore.open(store.dir);
    await executeRun(reopened, config, { channels: fakeChannels(again) });
    expect(again).toEqual([]);
    await executeRun(reopened, config, { channels: fakeChannels(again), retryFailed: true });
    expect(again).toEqual(['valid-chat.webchat.2']);
  });

  it('after a crash, a contact whose file exists is done and one without is placed again', async () => {
    const { store, config } = await newRun(2);
    await executeRun(store, config, { channels: fakeChannels([]) });
    // Simulate a crash: run.json says both were still running, and contact 2's file never got written.
    const runJson = path.join(store.dir, 'run.json');
    const m = JSON.parse(await readFile(runJson, 'utf8'));
    for (const c of Object.values<{ status: string }>(m.contacts)) c.status = 'running';
    await writeFile(runJson, JSON.stringify(m));
    await (await import('node:fs/promises')).rm(path.join(store.contactsDir, 'valid-chat.webchat.2.json'));
    const placed: string[] = [];
    const reopened = await RunStore.open(store.dir);
    await executeRun(reopened, config, { channels: fakeChannels(placed) });
    expect(placed).toEqual(['valid-chat.webchat.2']);
  });

  it('an interrupted contact is kept as a partial file and placed again on resume', async () => {
    const { store, config } = await newRun(1);
    const ac = new AbortController();
    const placed: string[] = [];
    setTimeout(() => ac.abort(), 50);
    const r = await executeRun(store, config, { channels: fakeChannels(placed, { hangUntilAbort: ['valid-chat.webchat.1'] }), signal: ac.signal });
    expect(r.interrupted).toBe(true);
    expect(await readdir(store.contactsDir)).toEqual(['valid-chat.webchat.1.partial-1.json']);
    expect(store.manifest.status).toBe('interrupted');
    const reopened = await RunStore.open(store.dir);
    const again: string[] = [];
    await executeRun(reopened, config, { channels: fakeChannels(again) });
    expect(again).toEqual(['valid-chat.webchat.1']);
    expect(reopened.manifest.contacts['valid-chat.webchat.1']).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a channel that throws yields a failed contact, not a lost run', async () => {
    const { store, config } = await newRun(2);
    const r = await executeRun(store, config, { channels: fakeChannels([], { throwFor: ['valid-chat.webchat.1'] }) });
    expect(r.failed).toBe(1);
    const i = JSON.parse(await readFile(path.join(store.contactsDir, 'valid-chat.webchat.1.json'), 'utf8'));
    expect(i.error.code).toBe('E_INTERNAL');
    expect(i.error.message).toContain('boom');
  });

  it('refuses a directory that is not a run', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-empty-'));
    await expect(RunStore.open(dir)).rejects.toThrow(/not a mystery-shopper run/);
  });
});

describe('runner: when a contact is due', () => {
  it('stamps dueAt when the contact gets a concurrency slot, not when the run starts', async () => {
    const { store, config } = await newRun(3); // concurrency 2
    const dueAt = new Map<string, number>();
    let release!: () => void;
    const firstTwoHeld = new Promise<void>((resolve) => (release = resolve));
    let releasedAt = 0;
    const make = async (): Promise<Channel> => ({
      kind: 'webchat',
      async place(ctx: ContactContext): Promise<Interaction> {
        dueAt.set(ctx.contactId, ctx.dueAt!);
        if (dueAt.size === 2) {
          // Both slots are taken: free them a moment later, noting when.
          setTimeout(() => {
            releasedAt = Date.now();
            release();
          }, 20);
        }
        if (!ctx.contactId.endsWith('.3')) await firstTwoHeld;
        return { schemaVersion: 1, contactId: ctx.contactId, scenarioId: ctx.scenario.id, channel: 'webchat', startedAt: Date.now(), durationMs: 0, events: [], turns: [], outcome: 'completed', transcriptSource: 'chat-dom' };
      },
      async close() {},
    });
    await executeRun(store, config, { channels: { webchat: make, voice: make } });
    expect(dueAt.size).toBe(3);
    expect(dueAt.get('valid-chat.webchat.1')!).toBeLessThanOrEqual(releasedAt);
    expect(dueAt.get('valid-chat.webchat.2')!).toBeLessThanOrEqual(releasedAt);
    // The third waited for a slot: it was due only once one of the first two had ended.
    expect(dueAt.get('valid-chat.webchat.3')!).toBeGreaterThanOrEqual(releasedAt);
  });
});

import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, ContactContext } from '../../../harness/channels/channel.js';
import { defaultConfig } from '../../../harness/config/load.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { actualStart, createLocalDispatcher } from '../../../harness/load/local-dispatcher.js';
import type { DueContact } from '../../../harness/load/types.js';
import { channelPool, type ChannelRegistry, type PlacementContext } from '../../../harness/runner/place-contact.js';
import { planRun } from '../../../harness/runner/runner.js';
import { loadScenarioFile } from '../../../harness/scenario/loader.js';
import { RunStore } from '../../../harness/store/run-store.js';

/** Records when each contact was placed and what it was given; the contact starts at once. */
function recordingChannels(calls: { contactId: string; at: number; ctx: ContactContext }[]): ChannelRegistry {
  const make = async (): Promise<Channel> => ({
    kind: 'webchat',
    async place(ctx): Promise<Interaction> {
      const at = Date.now();
      calls.push({ contactId: ctx.contactId, at, ctx });
      return {
        schemaVersion: 1,
        contactId: ctx.contactId,
        scenarioId: ctx.scenario.id,
        channel: 'webchat',
        startedAt: at,
        durationMs: 5,
        events: [{ type: 'started', atMs: 0, detail: { dueAt: ctx.dueAt, startLagMs: Math.max(0, at - ctx.dueAt!) } }],
        turns: [],
        outcome: 'completed',
        transcriptSource: 'chat-dom',
      };
    },
    async close() {},
  });
  return { webchat: make, voice: make };
}

async function setup() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-load-dispatch-'));
  const s = await loadScenarioFile('test/fixtures/scenarios/valid-chat.yaml');
  const config = { ...defaultConfig(), out: dir };
  const manifest = planRun([s], config, true, 'load-run');
  manifest.contacts = {};
  const store = await RunStore.create(dir, manifest, [s]);
  const calls: { contactId: string; at: number; ctx: ContactContext }[] = [];
  const pool = channelPool(recordingChannels(calls), config);
  const ac = new AbortController();
  const placement: PlacementContext = { store, config, scenarios: new Map([[s.id, s]]), channelFor: pool.channelFor, signal: ac.signal, patienceMs: 30_000 };
  const add = (c: DueContact) => store.addContact({ contactId: c.contactId, scenarioId: c.scenarioId, channel: c.channel, index: 1, status: 'pending', attempts: 0, load: { stage: c.stage, dueAt: c.dueAt } });
  return { store, calls, placement, ac, add, scenarioId: s.id };
}

describe('local dispatcher', () => {
  it('never starts a contact before it is due, and reports its real start', async () => {
    const { calls, placement, add, scenarioId } = await setup();
    const dispatcher = createLocalDispatcher({ placement });
    const c: DueContact = { contactId: `${scenarioId}.webchat.L1`, scenarioId, channel: 'webchat', stage: 's1', dueAt: Date.now() + 150 };
    add(c);
    const outcome = await dispatcher.dispatch(c);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.at).toBeGreaterThanOrEqual(c.dueAt);
    expect(calls[0]!.ctx.dueAt).toBe(c.dueAt);
    expect(calls[0]!.ctx.patienceMs).toBe(30_000);
    expect(outcome.outcome).toBe('completed');
    expect(outcome.startedAt).toBe(calls[0]!.at);
    expect(outcome.endedAt).toBeGreaterThanOrEqual(outcome.startedAt);
    await dispatcher.close();
  });

  it('a contact still waiting when the run is closed is not placed, and stays pending for resume', async () => {
    const { store, calls, placement, add, scenarioId } = await setup();
    const dispatcher = createLocalDispatcher({ placement });
    const c: DueContact = { contactId: `${scenarioId}.webchat.L2`, scenarioId, channel: 'webchat', stage: 's1', dueAt: Date.now() + 60_000 };
    add(c);
    const pending = dispatcher.dispatch(c);
    await dispatcher.close();
    expect((await pending).outcome).toBe('interrupted');
    expect(calls).toHaveLength(0);
    expect(store.toPlace().map((e) => e.contactId)).toEqual([c.contactId]);
  });

  it('the start is the channel’s own (after its start gate), or a call’s acceptance', () => {
    const base = { schemaVersion: 1 as const, contactId: 'x', scenarioId: 'x', startedAt: 1000, durationMs: 10, turns: [], outcome: 'completed' as const };
    expect(actualStart({ ...base, channel: 'webchat', events: [{ type: 'started', atMs: 0, detail: { dueAt: 900, startLagMs: 350 } }], transcriptSource: 'chat-dom' }, 950)).toBe(1250);
    expect(actualStart({ ...base, channel: 'voice', events: [{ type: 'dialed', atMs: 0 }, { type: 'call-created', atMs: 1200 }], transcriptSource: 'gather' }, 990)).toBe(2200);
  });
});

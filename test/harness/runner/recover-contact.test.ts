/**
 * Resume of contacts a killed run left in flight, with fake channels (the voice side against the
 * Twilio emulator is covered by test/harness/channels/voice/recover.test.ts and the e2e): a chat is
 * stored as E_INTERRUPTED_IN_FLIGHT by default and placed again only with replaceInterrupted; a
 * channel that can recover is asked first and never re-places a contact it recovered; every
 * attempt stays in the manifest's history.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, ContactContext, InFlightAttempt, Recovery } from '../../../harness/channels/channel.js';
import { defaultConfig } from '../../../harness/config/load.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { executeRun, planRun } from '../../../harness/runner/runner.js';
import { loadScenarioFile } from '../../../harness/scenario/loader.js';
import { RunStore } from '../../../harness/store/run-store.js';

const C1 = 'valid-chat.webchat.1';
const C2 = 'valid-chat.webchat.2';

function interaction(ctx: ContactContext, outcome: Interaction['outcome'] = 'completed'): Interaction {
  return { schemaVersion: 1, contactId: ctx.contactId, scenarioId: ctx.scenario.id, channel: 'webchat', startedAt: Date.now(), durationMs: 1000, events: [], turns: [{ speaker: 'agent', text: '您好', startMs: 10, endMs: 10 }], outcome, transcriptSource: 'chat-dom' };
}

/** A channel recording what it placed and (when `recover` is given) what it was asked to recover. */
function channels(placed: string[], recover?: (ctx: ContactContext, a: InFlightAttempt) => Recovery) {
  const make = async (): Promise<Channel> => ({
    kind: 'webchat',
    async place(ctx) {
      placed.push(ctx.contactId);
      return interaction(ctx);
    },
    ...(recover ? { recover: async (ctx: ContactContext, a: InFlightAttempt) => recover(ctx, a) } : {}),
    async close() {},
  });
  return { webchat: make, voice: make };
}

/** A run of 2 chats "killed" with contact 1 in flight (journalled, 2 turns captured) and contact 2 not started. */
async function killedRun(progress: { centreRef?: string; callSid?: string } = { centreRef: C1 }, withTurns = true) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-recover-'));
  const s = { ...(await loadScenarioFile('test/fixtures/scenarios/valid-chat.yaml')), repeat: 2 };
  const config = { ...defaultConfig(), out: dir, concurrency: 2 };
  const store = await RunStore.create(dir, planRun([s], config, true, 'killed'), [s]);
  const attempt = await store.beginAttempt(C1);
  const turns = withTurns ? [{ speaker: 'agent', text: '您好，工号1234', startMs: 100, endMs: 900 }, { speaker: 'customer', text: '我的卡丢了', startMs: 1500, endMs: 2000 }] as const : [];
  await attempt.progress({ ...progress, turns: [...turns] });
  await store.flush();
  return { dir: store.dir, config };
}

const history = (store: RunStore, id: string) => store.manifest.contacts[id]!.attemptHistory!.map((a) => a.end);

describe('resume of contacts a killed run left in flight', () => {
  it('a chat is stored as E_INTERRUPTED_IN_FLIGHT with its journalled turns, not placed again (the default)', async () => {
    const { dir, config } = await killedRun();
    const store = await RunStore.open(dir);
    const placed: string[] = [];
    const r = await executeRun(store, config, { channels: channels(placed) });
    expect(placed).toEqual([C2]);
    expect(r).toMatchObject({ placed: 2, failed: 1, interrupted: false });
    const stored = JSON.parse(await readFile(path.join(store.contactsDir, `${C1}.json`), 'utf8')) as Interaction;
    expect(stored).toMatchObject({ outcome: 'failed', failedBy: 'harness', error: { code: 'E_INTERRUPTED_IN_FLIGHT' }, centreRef: C1, durationMs: 2000 });
    expect(stored.turns.map((t) => t.text)).toEqual(['您好，工号1234', '我的卡丢了']);
    expect(history(store, C1)).toEqual(['abandoned']);
    expect(store.manifest.contacts[C1]).toMatchObject({ status: 'failed', attempts: 1 });
    // A later plain resume leaves it alone; --replace-interrupted places it again, once, explicitly.
    const again: string[] = [];
    const reopened = await RunStore.open(dir);
    await executeRun(reopened, config, { channels: channels(again) });
    expect(again).toEqual([]);
    await executeRun(reopened, config, { channels: channels(again), replaceInterrupted: true });
    expect(again).toEqual([C1]);
    expect(history(reopened, C1)).toEqual(['abandoned', 'finished']);
    expect(reopened.manifest.contacts[C1]).toMatchObject({ status: 'done', outcome: 'completed', attempts: 2 });
  });

  it('with replaceInterrupted the chat in flight is placed again at once and the abandoned attempt is kept in the history', async () => {
    const { dir, config } = await killedRun();
    const store = await RunStore.open(dir);
    const placed: string[] = [];
    await executeRun(store, config, { channels: channels(placed), replaceInterrupted: true });
    expect(placed.sort()).toEqual([C1, C2]);
    expect(history(store, C1)).toEqual(['replaced', 'finished']);
    const journal = JSON.parse(await readFile(path.join(store.attemptsDir, `${C1}.1.json`), 'utf8'));
    expect(journal.progress.turns).toHaveLength(2); // the first attempt's turns are kept
  });

  it('a chat journalled but killed before it opened the centre’s page is simply placed', async () => {
    const { dir, config } = await killedRun({}, false);
    const store = await RunStore.open(dir);
    const placed: string[] = [];
    await executeRun(store, config, { channels: channels(placed) });
    expect(placed.sort()).toEqual([C1, C2]);
    expect(history(store, C1)).toEqual(['never-placed', 'finished']);
  });

  it('a channel that recovers the contact is asked first, with the journal, and the contact is not placed', async () => {
    const { dir, config } = await killedRun({ callSid: 'CA0001' });
    const store = await RunStore.open(dir);
    const asked: InFlightAttempt[] = [];
    const placed: string[] = [];
    await executeRun(store, config, {
      channels: channels(placed, (ctx, a) => {
        asked.push(a);
        return { kind: 'recovered', interaction: interaction(ctx), note: 'found on Twilio' };
      }),
    });
    expect(placed).toEqual([C2]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ attempt: 1, progress: { callSid: 'CA0001' } });
    expect(asked[0]!.claimedCallSids.has('CA0001')).toBe(true);
    expect(store.manifest.contacts[C1]!.attemptHistory).toMatchObject([{ end: 'recovered', note: 'found on Twilio', callSid: 'CA0001' }]);
  });

  it('a channel that finds the contact was never placed gets it placed now, once', async () => {
    const { dir, config } = await killedRun({});
    const store = await RunStore.open(dir);
    const placed: string[] = [];
    await executeRun(store, config, { channels: channels(placed, () => ({ kind: 'not-placed', note: 'no call on Twilio' })) });
    expect(placed.sort()).toEqual([C1, C2]);
    expect(history(store, C1)).toEqual(['never-placed', 'finished']);
  });

  it('every contact in flight is settled before anything new is placed (a search by number must not see this resume’s own calls)', async () => {
    const { dir, config } = await killedRun({});
    const store = await RunStore.open(dir);
    const order: string[] = [];
    const make = async (): Promise<Channel> => ({
      kind: 'webchat',
      async place(ctx) {
        order.push(`place ${ctx.contactId}`);
        return interaction(ctx);
      },
      async recover(ctx) {
        order.push(`recover ${ctx.contactId}`);
        await new Promise((r) => setTimeout(r, 300));
        order.push(`recovered ${ctx.contactId}`);
        return { kind: 'not-placed', note: 'no call' };
      },
      async close() {},
    });
    await executeRun(store, config, { channels: { webchat: make, voice: make } });
    expect(order.slice(0, 2)).toEqual([`recover ${C1}`, `recovered ${C1}`]);
    expect(order.slice(2).sort()).toEqual([`place ${C1}`, `place ${C2}`]);
  });

  it('a recovery that fails is stored as the harness’s failure and never re-places the contact', async () => {
    const { dir, config } = await killedRun({ callSid: 'CA0002' });
    const store = await RunStore.open(dir);
    const placed: string[] = [];
    await executeRun(store, config, {
      channels: channels(placed, () => {
        throw new Error('Twilio unreachable');
      }),
    });
    expect(placed).toEqual([C2]);
    const stored = JSON.parse(await readFile(path.join(store.contactsDir, `${C1}.json`), 'utf8')) as Interaction;
    expect(stored).toMatchObject({ outcome: 'failed', failedBy: 'harness' });
    expect(stored.error?.message).toContain('Twilio unreachable');
    expect(history(store, C1)).toEqual(['abandoned']);
  });
});

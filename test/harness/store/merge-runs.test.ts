/**
 * Shards of one plan, merged, are the run the plan would have been on one machine: the same
 * contacts, the same summary — percentiles recomputed from the union of raw samples, which is
 * not what averaging the shards' percentiles gives.
 */
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Channel, ContactContext } from '../../../harness/channels/channel.js';
import { mergeCommand } from '../../../harness/cli/commands/merge.js';
import { runCommand } from '../../../harness/cli/commands/run.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import type { ChannelRegistry } from '../../../harness/runner/place-contact.js';
import { mergeRuns } from '../../../harness/store/merge-runs.js';
import { RunStore, writeJsonAtomic } from '../../../harness/store/run-store.js';
import type { RunManifest } from '../../../harness/store/types.js';

/** Deterministic contacts whose first response grows with the repetition: shards get different spreads. */
const channels: ChannelRegistry = (() => {
  const make = async (): Promise<Channel> => ({
    kind: 'webchat',
    async place(ctx: ContactContext): Promise<Interaction> {
      const n = Number(ctx.contactId.split('.').at(-1));
      const first = 1000 * n * n;
      return {
        schemaVersion: 1,
        contactId: ctx.contactId,
        scenarioId: ctx.scenario.id,
        channel: 'webchat',
        startedAt: 1_700_000_000_000 + n * 60_000,
        durationMs: first + 5000,
        events: [{ type: 'started', atMs: 0 }],
        turns: [
          { speaker: 'customer', text: '你好', startMs: 0, endMs: 0 },
          { speaker: 'agent', text: '您好，工号1234，很高兴为您服务。刷卡六次免年费。', startMs: first, endMs: first },
        ],
        outcome: n === 5 ? 'failed' : 'completed',
        error: n === 5 ? { code: 'E_WAIT_TIMEOUT', message: 'no reply' } : undefined,
        transcriptSource: 'chat-dom',
      };
    },
    async close() {},
  });
  return { webchat: make, voice: make };
})();

async function scenarioFile(dir: string, repeat: number): Promise<string> {
  const file = path.join(dir, 'merge-chat.yaml');
  const text = (await readFile('test/fixtures/scenarios/valid-chat.yaml', 'utf8')).replace(/^id: valid-chat$/mu, 'id: merge-chat');
  await writeFile(file, `${text}\nrepeat: ${repeat}\n`);
  return file;
}

const quiet = () => new PassThrough().resume();
const summaryOf = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8'));

describe('merge', () => {
  it('two shards merged give the contacts and summary of the unsharded run, percentiles from the union', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-merge-'));
    const file = await scenarioFile(dir, 9);
    const base = { out: path.join(dir, 'runs'), offline: true, channels, reports: false, stdout: quiet() };
    const whole = await runCommand([file], base);
    const shard1 = await runCommand([file], { ...base, shard: { index: 1, count: 2 } });
    const shard2 = await runCommand([file], { ...base, shard: { index: 2, count: 2 } });
    expect([shard1.contacts, shard2.contacts]).toEqual([5, 4]);

    const out = quiet();
    const code = await mergeCommand([shard2.runDir, shard1.runDir], { out: path.join(dir, 'merged'), reports: false }, out);
    expect(code).toBe(2); // contact 5 failed, as in the whole run
    expect(whole.code).toBe(2);
    const merged = (await mergeRuns([shard1.runDir, shard2.runDir], { out: path.join(dir, 'merged2') })).dir;

    const m = JSON.parse(await readFile(path.join(merged, 'run.json'), 'utf8')) as RunManifest;
    const w = JSON.parse(await readFile(path.join(whole.runDir, 'run.json'), 'utf8')) as RunManifest;
    expect(Object.keys(m.contacts).sort()).toEqual(Object.keys(w.contacts).sort());
    expect(Object.values(m.contacts).map((e) => `${e.contactId}:${e.status}`).sort()).toEqual(Object.values(w.contacts).map((e) => `${e.contactId}:${e.status}`).sort());
    expect(m.shard).toBeUndefined();
    expect(m.mergedFrom?.map((s) => s.shard?.index)).toEqual([1, 2]);
    expect(m.status).toBe('completed');
    // A merged run is a run: it reopens (resume, review) with nothing left to place.
    expect((await RunStore.open(merged)).toPlace()).toEqual([]);

    // The command scored the merged run like any run (the one directory under merged/).
    const [commandRun] = await readdir(path.join(dir, 'merged'));
    const [sw, mergedSummary, s1, s2] = await Promise.all([whole.runDir, path.join(dir, 'merged', commandRun!), shard1.runDir, shard2.runDir].map(summaryOf));
    expect(mergedSummary.timing).toEqual(sw.timing);
    expect(mergedSummary.overall.qualityScore).toEqual(sw.overall.qualityScore);
    expect(mergedSummary.contacts).toBe(sw.contacts);
    // Averaging the shards' p95 would not give the union's.
    const averaged = (s1.timing.firstResponseMs.p95 + s2.timing.firstResponseMs.p95) / 2;
    expect(averaged).not.toBe(sw.timing.firstResponseMs.p95);
  });

  it('refuses runs that are not shards of one plan, with the reason', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-merge-bad-'));
    const make = async (name: string, patch: Partial<RunManifest>) => {
      const runDir = path.join(dir, name);
      const manifest = { schemaVersion: 1, runId: name, status: 'completed', scenarios: [{ id: 's', sha256: 'aaa' }], contacts: {}, ...patch } as unknown as RunManifest;
      await mkdir(path.join(runDir, 'contacts'), { recursive: true });
      await mkdir(path.join(runDir, 'scenarios'), { recursive: true });
      await writeJsonAtomic(path.join(runDir, 'run.json'), manifest);
      return runDir;
    };
    const entry = (id: string) => ({ [id]: { contactId: id, scenarioId: 's', channel: 'webchat', index: 1, status: 'pending', attempts: 0 } });
    const a = await make('a', { shard: { index: 1, count: 2 }, contacts: entry('s.webchat.1') as RunManifest['contacts'] });
    const plain = await make('plain', {});
    const other = await make('other', { shard: { index: 2, count: 2 }, scenarios: [{ id: 's', sha256: 'bbb' }] as RunManifest['scenarios'] });
    const same = await make('same', { shard: { index: 1, count: 2 } });
    const three = await make('three', { shard: { index: 2, count: 3 } });
    const overlap = await make('overlap', { shard: { index: 2, count: 2 }, contacts: entry('s.webchat.1') as RunManifest['contacts'] });
    const loadA = await make('loadA', { shard: { index: 1, count: 2 }, load: { sha256: 'p1', seed: 1 } as RunManifest['load'] });
    const loadB = await make('loadB', { shard: { index: 2, count: 2 }, load: { sha256: 'p2', seed: 1 } as RunManifest['load'] });
    const b = await make('b', { shard: { index: 2, count: 3 } });

    await expect(mergeRuns([a, plain], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_NOT_SHARD' });
    await expect(mergeRuns([a, other], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_MISMATCH', message: expect.stringContaining('different scenarios') });
    await expect(mergeRuns([a, same], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_OVERLAP' });
    await expect(mergeRuns([a, three], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_MISMATCH', message: expect.stringContaining('not the same split') });
    await expect(mergeRuns([a, overlap], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_OVERLAP', message: expect.stringContaining('s.webchat.1') });
    await expect(mergeRuns([loadA, loadB], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_MISMATCH', message: expect.stringContaining('load profiles') });
    await expect(mergeRuns([a], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_INPUT' });
    const threeWay = await make('three1', { shard: { index: 1, count: 3 } });
    await expect(mergeRuns([threeWay, b], { out: dir })).rejects.toMatchObject({ code: 'E_MERGE_INCOMPLETE', message: expect.stringContaining('3/3') });
    expect((await mergeRuns([threeWay, b], { out: dir, allowMissing: true })).missingShards).toEqual([3]);
  });

  it('load shards: one load info, caps of the whole fleet, start lag p95 recomputed from every contact', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-merge-load-'));
    const shard = async (index: number, lags: number[]) => {
      const runDir = path.join(dir, `shard${index}`);
      await mkdir(path.join(runDir, 'contacts'), { recursive: true });
      await mkdir(path.join(runDir, 'scenarios'), { recursive: true });
      const contacts: RunManifest['contacts'] = {};
      for (const [k, lag] of lags.entries()) {
        const contactId = `s.webchat.L${index}${k}`;
        const dueAt = 1_700_000_000_000 + k * 1000;
        contacts[contactId] = { contactId, scenarioId: 's', channel: 'webchat', index: k, status: 'done', attempts: 1, load: { stage: 'steady', dueAt } };
        await writeJsonAtomic(path.join(runDir, 'contacts', `${contactId}.json`), { contactId, scenarioId: 's', runId: `r${index}`, channel: 'webchat', startedAt: dueAt + lag, durationMs: 1000, events: [], turns: [], outcome: 'completed', transcriptSource: 'chat-dom' });
      }
      const load = { profileId: 'p', file: 'p.yaml', sha256: 'abc', seed: 7, startedAt: 1000 * index, endedAt: 5000 + index, stages: [], targets: {}, caps: { concurrency: 10, callsPerSecond: 2 }, shard: { index, count: 2 }, dispatch: { kind: 'local' }, harnessLag: { toleranceMs: 1000, lateContacts: 0, p95LagMs: Math.max(...lags) } };
      await writeJsonAtomic(path.join(runDir, 'run.json'), { schemaVersion: 1, runId: `r${index}`, status: 'completed', config: {}, scenarios: [{ id: 's', sha256: 'aaa' }], contacts, load });
      return runDir;
    };
    // Shard 1 is fast, shard 2 has a slow tail: the union's p95 is the tail, not the mean of the two.
    const a = await shard(1, Array(19).fill(10));
    const b = await shard(2, [...Array(18).fill(20), 1500, 2000]);
    const { manifest } = await mergeRuns([a, b], { out: dir });
    expect(manifest.load).toMatchObject({ startedAt: 1000, endedAt: 5002, caps: { concurrency: 20, callsPerSecond: 4 }, dispatch: { kind: 'local' }, harnessLag: { toleranceMs: 1000, lateContacts: 2, p95LagMs: 1500 } });
    expect(manifest.load?.shard).toBeUndefined();
    expect(Object.keys(manifest.contacts)).toHaveLength(39);
  });
});

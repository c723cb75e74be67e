/**
 * The store after a crash: temp files of torn writes are ignored and removed, a torn or missing
 * run.json is rebuilt from plan.json + contacts/ + attempts/, and the attempt journal is replayed
 * (history in the manifest, attempts found in flight, Call SIDs owned).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../harness/config/load.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { planRun } from '../../../harness/runner/runner.js';
import { loadScenarioFile } from '../../../harness/scenario/loader.js';
import { readJournals } from '../../../harness/store/attempt-journal.js';
import { isStoredContactFile, RunStore } from '../../../harness/store/run-store.js';

async function newRun(repeat = 3) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-crash-store-'));
  const s = { ...(await loadScenarioFile('test/fixtures/scenarios/valid-chat.yaml')), repeat };
  const config = { ...defaultConfig(), out: dir };
  return RunStore.create(dir, planRun([s], config, true, 'crash-run'), [s]);
}

function interaction(contactId: string, startedAt: number): Interaction {
  return { schemaVersion: 1, contactId, scenarioId: 'valid-chat', channel: 'webchat', startedAt, durationMs: 5, events: [], turns: [], outcome: 'completed', transcriptSource: 'chat-dom' };
}

const C1 = 'valid-chat.webchat.1';
const C2 = 'valid-chat.webchat.2';
const C3 = 'valid-chat.webchat.3';

describe('run store after a crash', () => {
  it('ignores and removes the temp files of writes a crash cut short', async () => {
    const store = await newRun();
    await store.saveInteraction(interaction(C1, Date.now()));
    await store.flush();
    // A kill in the middle of writing contact 2, a journal and run.json: only temp files exist.
    await writeFile(path.join(store.contactsDir, `${C2}.json.123.abc.tmp`), '{"schemaVersion":1,"contactId":"valid-chat.we');
    await writeFile(path.join(store.attemptsDir, `${C2}.1.json.123.def.tmp`), '{"sch');
    await writeFile(path.join(store.dir, '.run.json.tmp'), '{"schemaVers');
    expect(isStoredContactFile(`${C2}.json.123.abc.tmp`)).toBe(false);
    const reopened = await RunStore.open(store.dir);
    expect((await readdir(store.contactsDir)).sort()).toEqual([`${C1}.json`]);
    expect(await readdir(store.attemptsDir)).toEqual([]);
    expect((await readdir(store.dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(reopened.toPlace().map((c) => c.contactId)).toEqual([C2, C3]);
    expect((await reopened.loadInteractions()).map((i) => i.contactId)).toEqual([C1]);
  });

  it('rebuilds a torn run.json from plan.json, contacts/ and attempts/', async () => {
    const store = await newRun();
    const a1 = await store.beginAttempt(C1);
    await store.saveInteraction(interaction(C1, a1.journal.startedAtMs + 1));
    await store.endAttempt(a1, 'finished');
    await store.beginAttempt(C2); // in flight at the "kill"
    await store.flush();
    await writeFile(path.join(store.dir, 'run.json'), '{"schemaVersion":1,"runId":"crash-run","contacts":{"valid-chat.web'); // torn
    const reopened = await RunStore.open(store.dir);
    const m = reopened.manifest;
    expect(m.runId).toBe('crash-run');
    expect(m.contacts[C1]).toMatchObject({ status: 'done', outcome: 'completed', attempts: 1, file: `contacts/${C1}.json` });
    expect(m.contacts[C1]!.attemptHistory).toMatchObject([{ attempt: 1, end: 'finished' }]);
    expect(m.contacts[C2]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(m.contacts[C2]!.attemptHistory).toMatchObject([{ attempt: 1 }]);
    expect(m.contacts[C2]!.attemptHistory![0]!.end).toBeUndefined();
    expect(reopened.inFlightAttempt(C2)?.attempt).toBe(1);
    expect(m.contacts[C3]).toMatchObject({ status: 'pending', attempts: 0 });
    // The rebuilt index is written back as valid JSON.
    expect(JSON.parse(await readFile(path.join(store.dir, 'run.json'), 'utf8')).contacts[C1].status).toBe('done');
  });

  it('still refuses a run whose run.json and plan.json are both unreadable', async () => {
    const store = await newRun(1);
    await writeFile(path.join(store.dir, 'run.json'), '{"torn');
    await rm(path.join(store.dir, 'plan.json'));
    await expect(RunStore.open(store.dir)).rejects.toThrow(/not readable as JSON/);
  });

  it('replays the journal: progress, ends, attempt numbers and Call SIDs survive a reopen', async () => {
    const store = await newRun();
    const a1 = await store.beginAttempt(C1);
    a1.progress({ callSid: 'CA0001', turns: [{ speaker: 'agent', text: '您好', startMs: 10, endMs: 20 }] });
    a1.progress({ turns: [{ speaker: 'agent', text: '您好', startMs: 10, endMs: 20 }, { speaker: 'customer', text: '你好', startMs: 30, endMs: 40 }] });
    const a2 = await store.beginAttempt(C2);
    await store.endAttempt(a2, 'interrupted', 'Ctrl-C');
    const a2b = await store.beginAttempt(C2);
    await store.saveInteraction(interaction(C2, a2b.journal.startedAtMs + 3));
    // Killed here: contact 2's file is stored but its attempt 2 not yet marked ended; contact 1 in flight.
    await a1.written();
    const journals = await readJournals(store.attemptsDir);
    expect(journals.get(C1)![0]!.progress).toMatchObject({ callSid: 'CA0001', turns: [{ text: '您好' }, { text: '你好' }] });
    expect(journals.get(C2)!.map((j) => [j.attempt, j.end])).toEqual([
      [1, 'interrupted'],
      [2, undefined],
    ]);

    // Reopen without the run.json writes of the session above (the index lagged the kill).
    await rm(path.join(store.dir, 'run.json'));
    const reopened = await RunStore.open(store.dir);
    expect(reopened.manifest.contacts[C2]).toMatchObject({ status: 'done', attempts: 2 });
    // The stored file belongs to attempt 2 (it started after the journal): closed as finished, not in flight.
    expect(reopened.inFlightAttempt(C2)).toBeUndefined();
    expect(reopened.manifest.contacts[C2]!.attemptHistory!.map((r) => r.end)).toEqual(['interrupted', 'finished']);
    expect(reopened.claimedCallSids()).toEqual(new Set(['CA0001']));
    expect(reopened.inFlightAttempt(C1)?.progress.turns).toHaveLength(2);
    // A new attempt gets the next number, never overwriting a journal.
    const next = await reopened.beginAttempt(C3);
    expect(next.journal.attempt).toBe(1);
    expect(reopened.manifest.contacts[C3]!.attempts).toBe(1);
  });

  it('a stored contact older than its last attempt means that attempt was in flight (a replacement killed mid-way)', async () => {
    const store = await newRun(1);
    const a1 = await store.beginAttempt(C1);
    await store.saveInteraction({ ...interaction(C1, a1.journal.startedAtMs), outcome: 'failed', error: { code: 'E_INTERRUPTED_IN_FLIGHT', message: 'x' } });
    await store.endAttempt(a1, 'abandoned');
    await new Promise((r) => setTimeout(r, 5));
    await store.beginAttempt(C1); // the explicit replacement, killed before it ended
    await store.flush();
    const reopened = await RunStore.open(store.dir);
    expect(reopened.inFlightAttempt(C1)?.attempt).toBe(2);
    expect(reopened.toPlace().map((c) => c.contactId)).toEqual([C1]);
    expect(reopened.manifest.contacts[C1]!.attempts).toBe(2);
  });
});

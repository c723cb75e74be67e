import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../../harness/interaction/types.js';
import { WorkerRunStore } from '../../../../harness/load/queue/worker-store.js';

describe('worker store', () => {
  it('a job is claimed once: the same job handed out again finds the first worker’s marker; a later job (a retry) claims afresh', async () => {
    const store = await WorkerRunStore.open(await mkdtemp(path.join(os.tmpdir(), 'ms-wstore-')), 'run-1');
    const marker = { contactId: 'a.webchat.1', jobId: 'run-1__a.webchat.1', jobCreatedAt: 1000, worker: 'host-a:1', at: 5 };
    expect(await store.claim(marker)).toEqual({ claimed: true });
    expect(await store.claim({ ...marker, worker: 'host-b:2' })).toEqual({ claimed: false, previous: marker });
    expect(await store.claim({ ...marker, jobCreatedAt: 2000, worker: 'host-b:2' })).toEqual({ claimed: true });
  });

  it('writes contacts, partials and the attempt journal — never run.json', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-wstore-'));
    const store = await WorkerRunStore.open(dir, 'run-1');
    store.expect({ contactId: 'a.webchat.1', channel: 'webchat', attempts: 2 });
    const attempt = await store.beginAttempt('a.webchat.1');
    const interaction = { contactId: 'a.webchat.1', outcome: 'completed' } as Interaction;
    await store.saveInteraction(interaction);
    await store.savePartial({ ...interaction, contactId: 'b.webchat.1' }, 1);
    await store.endAttempt(attempt, 'finished');
    expect((await readdir(dir)).sort()).toEqual(['attempts', 'contacts', 'queue', 'recordings']);
    expect((await readdir(path.join(dir, 'contacts'))).sort()).toEqual(['a.webchat.1.json', 'b.webchat.1.partial-1.json']);
    expect(await readdir(path.join(dir, 'attempts'))).toEqual(['a.webchat.1.2.json']);
    await expect(store.beginAttempt('unknown.webchat.1')).rejects.toThrow(/not announced/u);
  });
});

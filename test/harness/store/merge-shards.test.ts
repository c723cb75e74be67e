import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardManifest, takeShard } from '../../../harness/store/merge-shards.js';
import type { RunManifest } from '../../../harness/store/types.js';

describe('shards', () => {
  it('parses i/n and refuses what is not a shard of n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/i\/n/u);
  });

  it('every item lands in exactly one shard, every n-th in order', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const shards = [1, 2, 3].map((index) => takeShard(items, { index, count: 3 }));
    expect(shards[0]).toEqual([0, 3, 6, 9]);
    expect(shards.flat().sort((a, b) => a - b)).toEqual(items);
    expect(inShard(4, { index: 2, count: 3 })).toBe(true);
  });

  it('a plan is split by sorted contact id, whatever order the manifest lists them in, and records the shard', () => {
    const entry = (id: string) => [id, { contactId: id, scenarioId: 's', channel: 'webchat', index: 1, status: 'pending', attempts: 0 }] as const;
    const ids = ['b.webchat.1', 'a.webchat.2', 'a.webchat.1', 'c.voice.1'];
    const manifest = { contacts: Object.fromEntries(ids.map(entry)) } as unknown as RunManifest;
    const reversed = { contacts: Object.fromEntries([...ids].reverse().map(entry)) } as unknown as RunManifest;
    const one = shardManifest(manifest, { index: 1, count: 2 });
    expect(Object.keys(one.contacts).sort()).toEqual(['a.webchat.1', 'b.webchat.1']);
    expect(Object.keys(shardManifest(reversed, { index: 1, count: 2 }).contacts).sort()).toEqual(['a.webchat.1', 'b.webchat.1']);
    expect(Object.keys(shardManifest(manifest, { index: 2, count: 2 }).contacts).sort()).toEqual(['a.webchat.2', 'c.voice.1']);
    expect(one.shard).toEqual({ index: 1, count: 2 });
  });
});

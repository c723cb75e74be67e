/**
 * Shards: one plan split over several machines (a CI matrix), each running a deterministic part
 * and `merge` joining them. A plain run's shard i/n takes the contacts whose index in the plan's
 * contact ids (sorted, so the order of files on a command line does not matter) is i-1 modulo n;
 * a load run's shard takes every n-th arrival of the same seeded schedule, so each offers 1/n of
 * the rate and the union is the whole profile.
 */
import { InvalidArgumentError } from 'commander';
import type { RunManifest } from './types.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** `--shard i/n` (1 ≤ i ≤ n), for commander. */
export function parseShard(value: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/u.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/4');
  return { index, count };
}

/** Whether the item at 0-based `position` of a deterministic sequence belongs to the shard. */
export function inShard(position: number, shard: ShardSpec): boolean {
  return position % shard.count === shard.index - 1;
}

/** Every n-th item of a deterministic sequence (e.g. a seeded arrival schedule), for shard i/n. */
export function takeShard<T>(items: readonly T[], shard: ShardSpec): T[] {
  return items.filter((_, position) => inShard(position, shard));
}

/** The planned manifest cut down to this shard's contacts, with the shard recorded. */
export function shardManifest(manifest: RunManifest, shard: ShardSpec): RunManifest {
  const ids = Object.keys(manifest.contacts).sort();
  const keep = new Set(takeShard(ids, shard));
  const contacts = Object.fromEntries(Object.entries(manifest.contacts).filter(([id]) => keep.has(id)));
  return { ...manifest, contacts, shard: { index: shard.index, count: shard.count } };
}

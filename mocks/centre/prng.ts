/**
 * Deterministic randomness for the simulated centre: everything an agent does "by chance" (think
 * time, which forbidden phrase, which fact it gets wrong, ticket numbers) comes from a PRNG seeded
 * by hash(seed, ref), so the same seed and contact ref replay the same conversation.
 */

/** 32-bit FNV-1a over the UTF-16 code units of a string; stable across platforms and Node versions. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seed for one purpose ("profile", "brain" …) of one contact. */
export function seedFor(seed: number, ref: string, purpose: string): number {
  return hashString(`${seed}\u0000${ref}\u0000${purpose}`);
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A string of `length` decimal digits (first digit never 0, so it reads like a ticket number). */
  digits(length: number): string;
}

/** mulberry32: tiny, fast and good enough for simulation jitter. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Rng.pick: empty list');
      return items[int(0, items.length - 1)]!;
    },
    digits: (length: number): string => {
      let out = String(int(1, 9));
      while (out.length < length) out += String(int(0, 9));
      return out;
    },
  };
}

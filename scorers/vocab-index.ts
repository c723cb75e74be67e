/**
 * The lookup tables a vocabulary is scanned with (vocab-scan.ts), built once per rubric: a line is
 * walked token by token and only the phrases and construction patterns that can start or occur
 * there are tried, whatever the size of the vocabulary the rubric YAML grows to.
 */
import type { CompiledPhrase } from './text/fuzzy.js';
import type { CompiledPattern } from './text/patterns.js';
import { pairKey } from './text/view.js';

/** A phrase or pattern with the category it counts for (category: context.ts CompiledCategory). */
export interface IndexedEntry<T, C> {
  item: T;
  category: C;
}

/** Bits of a view's presence filter (TextView.presence: bit id & 1023 per token id). */
const PRESENCE_BITS = 1024;

/**
 * bucketOf[id] = 1 + the bucket of the phrases starting with token id (0: none): a typed-array
 * read per line token (a sparse JS array indexed by token id falls into slow dictionary mode).
 */
export interface PhraseBuckets<C> {
  bucketOf: Int32Array;
  buckets: IndexedEntry<CompiledPhrase, C>[][];
  /**
   * The first tokens in a view's presence layout (bit id & 1023 in words 0…31): a 128-byte test before bucketOf
   * (one int per token id, tens of KB a vocabulary) is read, which with two dozen vocabularies per line missed the
   * cache for tokens that start no phrase; and a line sharing no bit with it has no phrase candidate at all.
   */
  firstBits: Int32Array;
  /** The words of firstBits that are not zero: the line's test reads only those (sharesBit, as keyMask's maskWords). */
  firstWords: Int32Array;
  /**
   * The same buckets flattened, for the scan's inner loop: bucket b holds entries
   * [bucketStart[b], bucketStart[b + 1]) of `entries`, and entry e's tokens are
   * tokens[tokenStart[e] … tokenStart[e + 1]). Comparing a line against contiguous typed arrays
   * instead of entry → phrase → Int32Array objects spared the scan most of its memory stalls.
   */
  flat: { bucketStart: Int32Array; entries: IndexedEntry<CompiledPhrase, C>[]; tokenStart: Int32Array; tokens: Int32Array };
}

export interface VocabIndex<C> {
  /** Phrases that match only exactly or as homophones, by their first token id, in the vocabulary's order. */
  phrasesByFirstToken: PhraseBuckets<C>;
  /** Every construction pattern in scan order: categories in order, each category's patterns in order. */
  patterns: IndexedEntry<CompiledPattern, C>[];
  /**
   * The patterns by the key (view.ts pairKey) of each pair of their narrowest required sound-pair
   * set (CompiledPattern.pairKeys[0]): a match, exact or by sound, holds one of those pairs of
   * adjacent tokens, so walking a line's adjacent tokens finds every pattern that can match. Pairs
   * rule out far more than single sounds; keys eight times finer than the 1024-bit pair filter's
   * keep a line's pairs from picking up patterns filed under other pairs that share a bit.
   */
  byPair: KeyLists;
  /**
   * The patterns without a pair set, by their first required sound set (token id & 1023): a line
   * holding none of its sounds fails mayMatch on that set.
   */
  bySound: KeyLists;
  /** Indexes of patterns with neither a pair set nor a required set: tried on every line. */
  unfiltered: Int32Array;
  /**
   * Which filter bits file any pattern, in a view's presence layout (TextView.presence): words 0…31 the sounds of
   * bySound (bit id & 1023), words 64…95 the pairs of byPair (bit pairKey >>> 3, view.ts pairBit); the others zero.
   * A line whose own filter shares no bit with them has no candidate but the unfiltered ones, and a line token whose
   * bit is clear here is passed over without reading bySound's or byPair's start arrays (8,193 ints a vocabulary:
   * with two dozen vocabularies scanned per line, those reads missed the cache).
   */
  keyMask: Int32Array;
  /** The words of keyMask that are not zero: the early exit tests only those (most of the 64 are zero in small vocabularies). */
  maskWords: Int32Array;
  /**
   * One bit per pair key (8,192) whose byPair list is not empty: in a large vocabulary most of keyMask's pair bits are
   * set (each stands for eight keys), so its test let most line pairs through to read byPair's start array, which
   * then held an empty list; this 1 KB map sends only the filed keys there.
   */
  pairBits: Int32Array;
  /**
   * Every pattern's required sound sets (CompiledPattern.required) in flat arrays: pattern k's
   * sets are [setStart[k], setStart[k + 1]), set s's ids are ids[idStart[s] … idStart[s + 1]).
   */
  required: FlatSets;
  /** Every pattern's sound-pair sets (CompiledPattern.pairs, view.ts pairBit values), flat in the same layout. */
  pairs: FlatSets;
  /**
   * `required` and `pairs` without the set a pattern is filed under (byPair: pairs[0]; bySound: required[0]): a
   * candidate was found through a line pair or sound in that set, whose bit is therefore set in the line's filter,
   * so patternMayOccur need not test it again (the same answer; a set test per candidate spared). Both kinds in one
   * list per pattern, each id as its bit in the presence layout (pairs at words 64…), smallest sets first: most
   * candidates fail some set, and a small set is both the likelier to fail and the cheaper to read through.
   */
  unfiled: FlatSets;
}

/** Pattern indexes by key, flat: key x's are items[start[x] … start[x + 1]), ascending. */
export interface KeyLists {
  start: Int32Array;
  items: Int32Array;
}

/** Sets of ints per pattern: pattern k's sets are [setStart[k], setStart[k + 1]), set s is ids[idStart[s] … idStart[s + 1]). */
export interface FlatSets {
  setStart: Int32Array;
  idStart: Int32Array;
  ids: Int32Array;
}

/**
 * Index the categories' phrases (those with maxEdits 0; approximate ones are tried on every line
 * by the scanner) and patterns.
 */
export function buildVocabIndex<C extends { phrases: CompiledPhrase[]; patterns: CompiledPattern[] }>(categories: readonly C[]): VocabIndex<C> {
  const byToken = new Map<number, IndexedEntry<CompiledPhrase, C>[]>();
  for (const category of categories) {
    for (const phrase of category.phrases) {
      if (!phrase.tokens.length || phrase.maxEdits > 0) continue;
      const first = phrase.tokens[0]!;
      let bucket = byToken.get(first);
      if (!bucket) byToken.set(first, (bucket = []));
      bucket.push({ item: phrase, category });
    }
  }
  const bucketOf = new Int32Array(Math.max(-1, ...byToken.keys()) + 1);
  const buckets: IndexedEntry<CompiledPhrase, C>[][] = [];
  for (const [id, bucket] of byToken) bucketOf[id] = buckets.push(bucket);
  const firstBits = new Int32Array(PRESENCE_BITS >> 5);
  for (const id of byToken.keys()) firstBits[(id >> 5) & 31]! |= 1 << (id & 31);
  const phrasesByFirstToken = { bucketOf, buckets, firstBits, firstWords: nonZeroWords(firstBits), flat: flattenBuckets(buckets) };
  const patterns: IndexedEntry<CompiledPattern, C>[] = [];
  for (const category of categories) for (const item of category.patterns) patterns.push({ item, category });
  const byPair: number[][] = Array.from({ length: PAIR_KEYS }, () => []);
  const bySound: number[][] = Array.from({ length: PRESENCE_BITS }, () => []);
  const unfiltered: number[] = [];
  const unfiledRequired: Int32Array[][] = [];
  const unfiledPairs: Int32Array[][] = [];
  patterns.forEach(({ item }, index) => {
    // pair sets come narrowest first (pattern-pairs.ts requiredPairs)
    const keys = item.pairKeys[0];
    if (keys && keys.length > 0) {
      for (const key of new Set(keys)) byPair[key]!.push(index);
      unfiledRequired.push(item.required);
      unfiledPairs.push(item.pairs.slice(1));
      return;
    }
    unfiledPairs.push(item.pairs);
    const set = item.required[0];
    if (!set || set.length === 0) {
      unfiltered.push(index);
      unfiledRequired.push(item.required);
      return;
    }
    for (const bit of new Set(Array.from(set, (id) => id & (PRESENCE_BITS - 1)))) bySound[bit]!.push(index);
    unfiledRequired.push(item.required.slice(1));
  });
  const keyMask = new Int32Array(96);
  bySound.forEach((list, bit) => {
    if (list.length) keyMask[bit >> 5]! |= 1 << (bit & 31);
  });
  byPair.forEach((list, key) => {
    const bit = key >>> 3;
    if (list.length) keyMask[64 + (bit >> 5)]! |= 1 << (bit & 31);
  });
  const pairBits = new Int32Array(PAIR_KEYS >> 5);
  byPair.forEach((list, key) => {
    if (list.length) pairBits[key >> 5]! |= 1 << (key & 31);
  });
  const maskWords = nonZeroWords(keyMask);
  return {
    phrasesByFirstToken,
    maskWords,
    pairBits,
    patterns,
    byPair: flattenLists(byPair),
    bySound: flattenLists(bySound),
    keyMask,
    unfiltered: Int32Array.from(unfiltered),
    required: flattenSets(patterns.map((e) => e.item.required)),
    pairs: flattenSets(patterns.map((e) => e.item.pairs)),
    unfiled: flattenSets(unfiledRequired.map((req, k) => unfiledGates(req, unfiledPairs[k]!))),
  };
}

/** A candidate's sets to test, as presence bits (sounds: id & 1023; pairs: 2048 + bit), fewest ids first (stable). */
function unfiledGates(required: readonly Int32Array[], pairs: readonly Int32Array[]): Int32Array[] {
  const sets = [...required.map((set) => set.map((id) => id & (PRESENCE_BITS - 1))), ...pairs.map((set) => set.map((bit) => 2048 + (bit & 1023)))];
  return sets.sort((a, b) => a.length - b.length);
}

/** How many distinct pair keys (view.ts pairKey: 13 bits). */
const PAIR_KEYS = 1 << 13;

function flattenLists(lists: readonly number[][]): KeyLists {
  const start = new Int32Array(lists.length + 1);
  for (let x = 0; x < lists.length; x++) start[x + 1] = start[x]! + lists[x]!.length;
  const items = new Int32Array(start[lists.length]!);
  for (let x = 0; x < lists.length; x++) items.set(lists[x]!, start[x]!);
  return { start, items };
}

function flattenBuckets<C>(buckets: IndexedEntry<CompiledPhrase, C>[][]): PhraseBuckets<C>['flat'] {
  const entries = buckets.flat();
  const bucketStart = new Int32Array(buckets.length + 1);
  for (let b = 0; b < buckets.length; b++) bucketStart[b + 1] = bucketStart[b]! + buckets[b]!.length;
  const tokenStart = new Int32Array(entries.length + 1);
  for (let e = 0; e < entries.length; e++) tokenStart[e + 1] = tokenStart[e]! + entries[e]!.item.tokens.length;
  const tokens = new Int32Array(tokenStart[entries.length]!);
  for (let e = 0; e < entries.length; e++) tokens.set(entries[e]!.item.tokens, tokenStart[e]!);
  return { bucketStart, entries, tokenStart, tokens };
}

function flattenSets(perPattern: readonly (readonly Int32Array[])[]): FlatSets {
  const sets = perPattern.flat();
  const setStart = new Int32Array(perPattern.length + 1);
  for (let k = 0; k < perPattern.length; k++) setStart[k + 1] = setStart[k]! + perPattern[k]!.length;
  const idStart = new Int32Array(sets.length + 1);
  for (let q = 0; q < sets.length; q++) idStart[q + 1] = idStart[q]! + sets[q]!.length;
  const ids = new Int32Array(idStart[sets.length]!);
  for (let q = 0; q < sets.length; q++) ids.set(sets[q]!, idStart[q]!);
  return { setStart, idStart, ids };
}

/**
 * patterns.ts mayMatch's required sets for pattern `k` of the index, on the flat arrays: false when
 * some required set has no id in the line's presence filter (TextView.presence).
 */
export function requiredMayOccur<C>(index: VocabIndex<C>, k: number, presence: Int32Array): boolean {
  return everySetMayOccur(index.required, k, presence, 0);
}

/**
 * patterns.ts mayMatch for pattern `k` of the index (its required sounds, then its sound pairs), on
 * the flat arrays: no pattern object, set array or typed-array header read per candidate. Only for a
 * candidate of candidatePatterns (the set it was found by is not tested again: unfiled).
 */
export function patternMayOccur<C>(index: VocabIndex<C>, k: number, presence: Int32Array): boolean {
  const { setStart, idStart, ids } = index.unfiled;
  for (let s = setStart[k]!, end = setStart[k + 1]!; s < end; s++) {
    let q = idStart[s]!;
    const last = idStart[s + 1]!;
    // ids are presence bits already (unfiledGates): no word offset or mask per id
    while (q < last && (presence[ids[q]! >> 5]! & (1 << (ids[q]! & 31))) === 0) q++;
    if (q === last) return false;
  }
  return true;
}

/** Every set of pattern k in `sets` has a value whose bit is set in presence words word0 … word0 + 31. */
function everySetMayOccur(sets: FlatSets, k: number, presence: Int32Array, word0: number): boolean {
  const { setStart, idStart, ids } = sets;
  for (let s = setStart[k]!, end = setStart[k + 1]!; s < end; s++) {
    let found = false;
    for (let q = idStart[s]!, last = idStart[s + 1]!; q < last; q++) {
      const id = ids[q]!;
      if ((presence[word0 + ((id >> 5) & 31)]! & (1 << (id & 31))) !== 0) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** The candidates of the current walk, in out[0 … count). */
export interface Candidates {
  out: Int32Array;
  count: number;
}
const scratch: Candidates = { out: new Int32Array(256), count: 0 };
/**
 * One bit per pattern of the current walk (bit k & 31 of word k >> 5), cleared word by word as
 * it is read out. A line of the forbidden vocabulary made ~60 of its 400 patterns candidates,
 * each placed in order by insertion and tracked by an epoch mark; setting bits and reading the
 * words out in ascending order gives the same candidates in the same order without the shifting.
 */
let candidateBits = new Int32Array(16);

/**
 * Indexes (ascending, i.e. scan order) of the patterns of `index` that may match a line with
 * `tokens` (TextView.tokens): a shared scratch, valid until the next call (scans never nest).
 */
export function candidatePatterns<C>(index: VocabIndex<C>, tokens: Int32Array, presence: Int32Array): Candidates {
  const c = scratch;
  c.count = 0;
  const n = index.patterns.length;
  if (n === 0) return c;
  const mask = index.keyMask;
  const unfiltered = index.unfiltered;
  if (unfiltered.length === 0 && !sharesBit(mask, presence, index.maskWords)) return c;
  const words = (n + 31) >> 5;
  if (candidateBits.length < words) candidateBits = new Int32Array(Math.max(words, 2 * candidateBits.length));
  if (c.out.length < n) c.out = new Int32Array(Math.max(n, 2 * c.out.length));
  const bits = candidateBits;
  for (let k = 0; k < unfiltered.length; k++) {
    const p = unfiltered[k]!;
    bits[p >> 5]! |= 1 << (p & 31);
  }
  // flat lists, typed: a line's few dozen tokens and pairs each read a slice of one array
  const { start: soundStart, items: soundItems } = index.bySound;
  const { start: pairStart, items: pairItems } = index.byPair;
  const pairBits = index.pairBits;
  for (let i = 0; i < tokens.length; i++) {
    const id = tokens[i]!;
    const s = id & (PRESENCE_BITS - 1);
    if ((mask[s >> 5]! & (1 << (s & 31))) !== 0) {
      for (let q = soundStart[s]!, end = soundStart[s + 1]!; q < end; q++) {
        const p = soundItems[q]!;
        bits[p >> 5]! |= 1 << (p & 31);
      }
    }
    if (i === 0) continue;
    const key = pairKey(tokens[i - 1]!, id);
    if ((pairBits[key >> 5]! & (1 << (key & 31))) === 0) continue;
    for (let q = pairStart[key]!, end = pairStart[key + 1]!; q < end; q++) {
      const p = pairItems[q]!;
      bits[p >> 5]! |= 1 << (p & 31);
    }
  }
  const out = c.out;
  let count = 0;
  for (let w = 0; w < words; w++) {
    let word = bits[w]!;
    if (word === 0) continue;
    bits[w] = 0; // left clear for the next walk
    while (word !== 0) {
      const low = word & -word;
      out[count++] = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
    }
  }
  c.count = count;
  return c;
}

/** The indexes of a filter's words that are not zero: the only words sharesBit need read. */
function nonZeroWords(a: Int32Array): Int32Array {
  return Int32Array.from(a.keys()).filter((w) => a[w] !== 0);
}

/** Some bit of the words `words` (those not zero in a) is set in both filters. */
export function sharesBit(a: Int32Array, b: Int32Array, words: Int32Array): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if ((a[w]! & b[w]!) !== 0) return true;
  }
  return false;
}

/** Phrases' tokens in one flat array: phrase k's are tokens[start[k] … start[k + 1]). */
export interface FlatTokens {
  start: Int32Array;
  tokens: Int32Array;
}

export function flattenTokens(phrases: readonly CompiledPhrase[]): FlatTokens {
  const start = new Int32Array(phrases.length + 1);
  for (let k = 0; k < phrases.length; k++) start[k + 1] = start[k]! + phrases[k]!.tokens.length;
  const tokens = new Int32Array(start[phrases.length]!);
  for (let k = 0; k < phrases.length; k++) tokens.set(phrases[k]!.tokens, start[k]!);
  return { start, tokens };
}

/**
 * More than `maxEdits` of phrase k's tokens are certainly absent from the line (presence filter):
 * then fuzzy.ts findPhrase finds nothing — its exact pass needs every token, its approximate pass
 * gives up at the same count — so the scan skips the phrase without looking at it.
 */
export function tooManyAbsent(flat: FlatTokens, k: number, maxEdits: number, presence: Int32Array): boolean {
  const tokens = flat.tokens;
  let absent = 0;
  for (let q = flat.start[k]!, end = flat.start[k + 1]!; q < end; q++) {
    const id = tokens[q]!;
    if ((presence[(id >> 5) & 31]! & (1 << (id & 31))) === 0 && ++absent > maxEdits) return true;
  }
  return false;
}

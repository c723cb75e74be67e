/**
 * One turn's text, prepared once for every check: folded (normalise.ts), numerals canonical
 * (numerals.ts), and as pinyin token ids (pinyin.ts). Views are cached by text because contact
 * centres repeat scripted lines endlessly; `memo` lets checks cache per-vocabulary results too.
 */
import { BREAK, foldTextShared, sharedWithoutBreaks, type MappedText } from './normalise.js';
import { rewriteNumbers } from './numerals.js';
import { tokenIdOfCode } from './pinyin.js';
import { clearDigitShapes, shapedView } from './digit-shape.js';

export interface TextView extends Omit<MappedText, 'from' | 'to' | 'breakBefore'> {
  /**
   * MappedText's per-char arrays, written into the token slab: views live in the cache for long,
   * and compact typed arrays are far cheaper for the GC than pushed-to JS arrays with spare room.
   */
  from: Int32Array;
  to: Int32Array;
  breakBefore: Int32Array;
  original: string;
  /** Pinyin/char token id per char of `norm` (the 模糊音-folded id of a token: pinyin.ts foldedId, a table read). */
  tokens: Int32Array;
  /**
   * 1024-bit presence filter of `tokens` (bit id & 1023) in words 0…31: with a line's few dozen
   * tokens it is nearly exact, so "does the line hold this sound?" needs no scan (TypedArray
   * includes is a slow builtin call). Words 32…63 are the same filter over the characters of
   * `norm` (bit code & 1023, read with mayHoldChar), in the same array to spare a typed array per
   * line: an exact match needs the characters themselves, and a homophone in the line sets a sound
   * bit but not a character bit (patterns.ts runs a construction's exact expression only when its
   * characters occur). Words 64…95 are a filter of adjacent sound pairs (pairBit of tokens i and
   * i + 1, read with mayHoldPair): most lines holding a construction's sounds hold them apart.
   */
  presence: Int32Array;
  /**
   * Per-view results cache owned by callers (keyed by a compiled vocabulary object); null until
   * first used (memoOf): many lines never need one, and an empty Map per cached line is GC work.
   */
  memo: Map<object, unknown> | null;
  /** Spoken characters of the original text (speech.ts spokenChars), -1 until counted: a field, not a memo entry, as every voice agent line needs it. */
  spoken: number;
  /** Whether the line hands the word over (silence.ts handsOver): 1/0, -1 until decided. */
  handsOver: number;
  /** Whole-line tests of the text alone, two bits each (lineTest): 0 until one is decided. */
  lineFlags: number;
  /** The same for tests 16 and up (LINE_TEST), a second 32-bit word. */
  lineFlags2: number;
  /** The clause-marked text for construction patterns (patterns.ts clauseTextOf), built on first use. */
  clause: unknown;
  /** Vocabulary hits for the compiled rubric hitsOwner (vocab-scan.ts vocabHits), one slot per vocabulary; kept on
   * the view itself, not in an { owner, slots } object: one dependent memory load less on every (mostly cached) read. */
  hits: unknown[] | null;
  hitsOwner: object | null;
  /** The line's digit shape (digit-shape.ts digitShapeOf: lines that differ only in digits share vocabulary hits), undefined until asked. */
  shape: unknown;
}

const MAX_CACHED = 50_000;

/**
 * Token arrays are carved out of shared 256 KiB buffers: a fresh Int32Array per line means a fresh
 * off-heap backing store per line, whose allocation and GC bookkeeping cost more than filling it.
 * A slab stays alive while any view on it does (bounded by the view cache).
 */
const SLAB_INTS = 65_536;
let slab = new ArrayBuffer(SLAB_INTS * 4);
let slabUsed = 0;

/** `n` zeroed int32s carved out of the current slab (small arrays only; large ones get their own buffer). */
export function slabInts(n: number): Int32Array {
  if (n > SLAB_INTS / 16) return new Int32Array(n);
  if (slabUsed + n > SLAB_INTS) {
    slab = new ArrayBuffer(SLAB_INTS * 4);
    slabUsed = 0;
  }
  const a = new Int32Array(slab, slabUsed * 4, n);
  slabUsed += n;
  return a;
}

export function buildView(text: string): TextView {
  // normaliseText, except that the BREAK marks are stripped straight into the slab arrays (stripBreaks without three
  // arrays per line); the fold lives in shared scratch buffers: copied into the slab below, before the next line
  const marked = rewriteNumbers(foldTextShared(text), text);
  const norm = sharedWithoutBreaks(marked) ?? (marked.norm.includes(BREAK) ? marked.norm.replaceAll(BREAK, '') : marked.norm);
  const n = norm.length;
  const from = slabInts(n);
  const to = slabInts(n);
  const breakBefore = slabInts(n);
  const breakCode = BREAK.charCodeAt(0);
  let pending = 0;
  for (let i = 0, k = 0; i < marked.norm.length; i++) {
    if (marked.norm.charCodeAt(i) === breakCode) {
      pending = 1;
      continue;
    }
    from[k] = marked.from[i]!;
    to[k] = marked.to[i]!;
    breakBefore[k] = pending || marked.breakBefore[i]!;
    pending = 0;
    k++;
  }
  return finishView(text, norm, from, to, breakBefore);
}

/** The view of `text` from its `norm` and maps (buildView; digit-shape.ts shapedView): tokens and filters added. */
export function finishView(text: string, norm: string, from: Int32Array, to: Int32Array, breakBefore: Int32Array): TextView {
  const n = norm.length;
  const tokens = slabInts(n);
  const filters = slabInts(96);
  // no per-token position index: phrase search scans the Int32Array (a Map per new line dominated cold scoring)
  for (let i = 0; i < n; i++) {
    const code = norm.charCodeAt(i);
    tokens[i] = tokenIdOfCode(code);
    filters[32 + ((code >> 5) & 31)]! |= 1 << (code & 31);
    if (i > 0) {
      const bit = pairBit(tokens[i - 1]!, tokens[i]!);
      filters[64 + (bit >> 5)]! |= 1 << (bit & 31);
    }
  }
  // explicit fields, not a spread (a spread here showed up as the top cost of cold scoring)
  return {
    norm,
    from,
    to,
    breakBefore,
    original: text,
    tokens,
    presence: presenceOf(tokens, filters),
    memo: null,
    spoken: -1,
    handsOver: -1,
    lineFlags: 0,
    lineFlags2: 0,
    clause: undefined,
    hits: null,
    hitsOwner: null,
    shape: undefined,
  };
}

/** Set bit (id & 1023) of every token id into `into` (its first 32 int32 words, zeroed). */
function presenceOf(tokens: Int32Array, into: Int32Array): Int32Array {
  for (let i = 0; i < tokens.length; i++) into[(tokens[i]! >> 5) & 31]! |= 1 << (tokens[i]! & 31);
  return into;
}

/** False when the character `code` certainly does not occur in the view's `norm` (true: it very probably does). */
export function mayHoldChar(view: TextView, code: number): boolean {
  return (view.presence[32 + ((code >> 5) & 31)]! & (1 << (code & 31))) !== 0;
}

/** The bit (0…1023) of the adjacent token pair (a, b) in a view's pair filter: pairKey's top 10 bits. */
export function pairBit(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x5bd1e995), 0x9e3779b1) >>> 22;
}

/**
 * A 13-bit key of the adjacent token pair (a, b), of which pairBit is the top 10 bits
 * (pairBit(a, b) === pairKey(a, b) >>> 3): eight times finer, for the vocabulary index
 * (vocab-index.ts), which looks pairs up by key where the 1024-bit filter would merge them.
 */
export function pairKey(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x5bd1e995), 0x9e3779b1) >>> 19;
}

/** False when no two adjacent tokens of the view make the pair with bit `bit` (pairBit). */
export function mayHoldPair(view: TextView, bit: number): boolean {
  return (view.presence[64 + (bit >> 5)]! & (1 << (bit & 31))) !== 0;
}

/**
 * The whole-line tests kept in TextView.lineFlags: regular expressions over a line's text alone that a check ran on every
 * agent turn of every contact, so on each scripted line again per contact (~4 % of scoring an unseen bench contact).
 */
export const LINE_TEST = {
  /** checks/bare-referral.ts: the line itself reads as a referral elsewhere with no way there. */
  bareReferral: 0,
  /** checks/mocking-structures.ts: the line may hold a mocking structure (false: certainly none). */
  mocking: 1,
  /** checks/rude-structures.ts: the line holds an unsoftened prohibition to the customer. */
  bareProhibition: 2,
  /** checks/bare-referral.ts: the line ends on a bare order referral (这个找物业去) with no way there. */
  orderReferral: 3,
  /** checks/non-answer-forms.ts turnAsksQuestion: the turn asks something (asksQuestion of its text). */
  asksQuestion: 4,
  /** checks/receipt-reply.ts: the line is a receipt token alone (知道了 / 哦), a wrap-up question after it cut. */
  receiptOnly: 5,
  /** checks/receipt-reply.ts: the line is a bare 嗯 (repeated). */
  bareMm: 6,
  /** checks/complaint-turns.ts: the line presses for the answer (non-answer-repairs.ts pressesForAnswer, cut at particles). */
  pressesForAnswer: 7,
  /** checks/non-answer-repairs.ts madeGoodLater: the same, also cut at the line's clause openings (pauses). */
  pressesAtPauses: 8,
  /** checks/told-you-instead.ts: the line says something was told or explained, outside quotation marks (its gate). */
  telling: 9,
  /** checks/professionalism.ts plainAnswers: the turn's text is a question (non-answer-forms.ts QUESTION). */
  question: 10,
  /** checks/curt-pauses.ts curtBetweenPauses: the trimmed line has a pause and no courteous restatement (its gate). */
  pausedUnrestated: 11,
  /** checks/gave-up.ts gaveUpOn: the (customer's) line gives up (GIVE_UP). */
  givesUp: 12,
  /** checks/fact-questions.ts: the line asks for a value (ASKS_VALUE of its norm). */
  asksValue: 13,
  /** checks/stance-non-answer.ts hedgedGuess: the line's norm holds a hedged guess (HEDGE; false: no exec needed). */
  hedge: 14,
  /** checks/complaint-turns.ts openingTurn: the line only says hello or checks the line (HELLO_ONLY of its norm). */
  helloOnly: 15,
  /** checks/complaint-turns.ts selfBlamed: the line puts the cause down to the customer (SELF_CAUSE). */
  selfCause: 16,
  /** checks/professionalism.ts answersAcknowledgingQuestion: the (agent's) line asks for the details (ASKS_FOR_DETAILS). */
  asksForDetails: 17,
  /** checks/issued-code.ts issuedCode: the line's norm holds four digits in a row (its gate). */
  fourDigits: 18,
  /** checks/acknowledgement.ts aboutWaiting: the line's norm is about waiting or a delay (WAITING). */
  waiting: 19,
  /** checks/late-check.ts checkAddedAfterAnswer: the line's norm opens with 另外 / 对了 (ADDED). */
  addedCheck: 20,
  /** checks/late-check.ts inTurnAfterthought: the line's norm holds 对了 / 另外 (MARKER_CHARS). */
  afterthought: 21,
} as const;

/**
 * The answer of whole-line test `k` (LINE_TEST) on `view`, computed by `test` on first use and kept in two bits of
 * view.lineFlags (decided, answer): numbers on the view, not memo entries, since nearly every line needs them and a
 * memo Map per line is garbage-collector work. `test` must read the view's text alone.
 */
export function lineTest(view: TextView, k: number, test: (view: TextView) => boolean): boolean {
  if (k >= 16) return lineTest2(view, k - 16, test);
  const decided = 1 << (2 * k);
  let flags = view.lineFlags;
  if ((flags & decided) === 0) view.lineFlags = flags |= decided | (test(view) ? decided << 1 : 0);
  return (flags & (decided << 1)) !== 0;
}

/** lineTest for tests 16 and up, in view.lineFlags2 (`k`: the test's number less 16). */
function lineTest2(view: TextView, k: number, test: (view: TextView) => boolean): boolean {
  const decided = 1 << (2 * k);
  let flags = view.lineFlags2;
  if ((flags & decided) === 0) view.lineFlags2 = flags |= decided | (test(view) ? decided << 1 : 0);
  return (flags & (decided << 1)) !== 0;
}

/** The view's memo Map, created on first use. */
export function memoOf(view: TextView): Map<object, unknown> {
  return (view.memo ??= new Map());
}

/** False when token `id` certainly does not occur in the view (true: it very probably does). */
export function mayHold(view: TextView, id: number): boolean {
  return (view.presence[(id >> 5) & 31]! & (1 << (id & 31))) !== 0;
}

/**
 * The view of `text`: cached from its second sight on (the cache is cleared wholesale when full:
 * simple and bounded). A line seen once gets a view of its own, which the contact's checks share
 * (context.ts prepare) and which dies with the contact. Most of a new contact's lines never recur
 * (ids, amounts, phone numbers); cached, each one's view, typed arrays, memos and hits outlived
 * several young-generation collections and was copied by each — about a quarter of the CPU of
 * scoring unseen contacts went to those copies — and filled the cache that the scripted lines need.
 */
export function viewOf(text: string): TextView {
  // One hash of the text for both the cache and the second-sight filter. A Map<string, TextView>
  // hashed every turn's text again: the texts arrive as fresh strings (JSON.parse) whose hash V8
  // has not computed yet, and its string hash cost twice this loop (the lookup was ~0.15 µs a turn,
  // ~5 % of scoring an unseen contact).
  const h = hashText(text);
  let v = cachedView(text, h);
  if (!v) {
    v = shapedView(text) ?? buildView(text); // a known line with other digits (digit-shape.ts): no fold, no rewrite
    if (seenHash(h)) admit(v, h);
  }
  return v;
}

/** FNV-1a over the UTF-16 units of `text`. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The view cache: open addressing (linear probing) on the text hash. A slot is two int32s side by
 * side, the hash and 1 + the view's index in `views` (0: empty), so a probe reads one cache line
 * and touches a view (and its text) only where the hashes agree. (Hashes and views in two parallel
 * arrays cost two cache misses per probe: the lookup of a line already seen was ~5 % of scoring an
 * unseen contact, most of it waiting on memory.) At most MAX_CACHED views in 2^17 slots (under
 * 40 % full, so a probe sequence stays short).
 */
const SLOT_BITS = 17;
const SLOTS = 1 << SLOT_BITS;
const slots = new Int32Array(2 * SLOTS);
/** The cached views, densely in admission order (slots hold indexes into it). */
const views: TextView[] = [];
/** The cached views' texts, in the same order: a probe whose hash agrees compares the text without loading the view. */
const texts: string[] = [];

/** The cached view of `text` (hash `h`), or null. */
function cachedView(text: string, h: number): TextView | null {
  for (let i = h & (SLOTS - 1); ; i = (i + 1) & (SLOTS - 1)) {
    const at = slots[2 * i + 1]!;
    if (at === 0) return null;
    if (slots[2 * i] === h && texts[at - 1] === text) return views[at - 1]!;
  }
}

function admit(v: TextView, h: number): void {
  if (views.length >= MAX_CACHED) clearViewCache();
  let i = h & (SLOTS - 1);
  while (slots[2 * i + 1] !== 0) i = (i + 1) & (SLOTS - 1);
  slots[2 * i] = h;
  texts.push(v.original);
  slots[2 * i + 1] = views.push(v);
}

/** Empty the view cache (when full; tests). */
export function clearViewCache(): void {
  slots.fill(0);
  views.length = 0;
  texts.length = 0;
}

/** How many views the cache holds. */
export function cachedViewCount(): number {
  return views.length;
}

/**
 * Empty the view cache and forget every line seen (benchmarks: each cold pass starts from the same
 * state). Not for the cache filling up: a line seen before then is still admitted on its next sight.
 */
export function resetViewCaches(): void {
  clearViewCache();
  clearDigitShapes();
  seen.fill(0);
  seenSet = 0;
}

/** Bits of the second-sight filter: one per hash value, a false "seen" only admits a line early. */
const SEEN_BITS = 1 << 20;
const seen = new Int32Array(SEEN_BITS >> 5);
let seenSet = 0;

/**
 * True when `text` (very probably) went through here before; marks it as seen. The filter is
 * reset once a quarter of its bits are set, so a false "seen" stays rare; a line seen before a
 * reset is then admitted on its third sight instead.
 */
export function seenBefore(text: string): boolean {
  return seenHash(hashText(text));
}

function seenHash(h: number): boolean {
  const bit = (h ^ (h >>> 20)) & (SEEN_BITS - 1);
  const word = bit >> 5;
  const mask = 1 << (bit & 31);
  if ((seen[word]! & mask) !== 0) return true;
  seen[word]! |= mask;
  if (++seenSet > SEEN_BITS / 4) {
    seen.fill(0);
    seenSet = 0;
  }
  return false;
}

/** The original text behind norm chars [start, end). */
export function quoteOf(view: TextView, start: number, end: number): string {
  if (end <= start) return '';
  return view.original.slice(view.from[start]!, view.to[end - 1]!);
}

/**
 * A clause opens at norm position `k`: punctuation before it (breakBefore) or a pause in speech — a space in the
 * transcript right before its character, which `norm` drops (ASR output often has no punctuation at all).
 */
export function clauseOpensAt(view: Pick<TextView, 'breakBefore' | 'original' | 'from'>, k: number): boolean {
  return !!view.breakBefore[k] || SPACE.test(view.original.charAt((view.from[k] ?? 0) - 1));
}
const SPACE = /\s/u;

/**
 * A pause in speech between norm chars `i` and `j` (i < j; `j` undefined or past the end: the end of the line): a
 * space in the original text between them, which `norm` drops. The test clauseOpensAt makes for one char, over a span.
 */
export function spokenPauseBetween(view: Pick<TextView, 'original' | 'from'>, i: number, j: number | undefined): boolean {
  const stop = j === undefined ? undefined : view.from[j];
  return SPACE.test(view.original.slice(view.from[i]! + 1, stop ?? view.original.length));
}

/**
 * The clause of `view.norm` around [start, end): out to the nearest punctuation breaks either side,
 * but at most `reach` characters past the span on each side (an ASR transcript without punctuation
 * is one long clause, so callers reading words "around" a hit bound it).
 */
export function clauseBounds(view: Pick<TextView, 'norm' | 'breakBefore'>, start: number, end: number, reach = Infinity): [number, number] {
  let from = start;
  while (from > 0 && start - from < reach && !view.breakBefore[from]) from--;
  let to = end;
  while (to < view.norm.length && to - end < reach && !view.breakBefore[to]) to++;
  return [from, to];
}

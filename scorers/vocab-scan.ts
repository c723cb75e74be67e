/**
 * Finding a rubric vocabulary in a turn: phrases by the line's own tokens, approximate phrases,
 * construction patterns, category exceptions removed and overlapping hits merged (the surest
 * kind wins). Memoised per view and rubric; the compiled vocabularies come from context.ts.
 */
import type { CompiledCategory, CompiledRubric, CompiledVocab, PreparedTurn, VocabMatch, VocabName } from './context.js';
import { crossesBreak, findPhrase, occurrenceLength, occurrenceStart, phraseLevelAt, type CompiledPhrase, type PhraseMatch } from './text/fuzzy.js';
import { mayMatch, spansOf, type PatternSpan } from './text/patterns.js';
import { mayHold, memoOf, quoteOf, viewOf, type TextView } from './text/view.js';
import { differingDigits, digitShapeOf, keepResult, keptFor, MAX_KEPT } from './text/digit-shape.js';
import { candidatePatterns, patternMayOccur, sharesBit, tooManyAbsent, type FlatTokens } from './vocab-index.js';

/** Which hit wins when two overlap: surer kinds first. */
const LEVEL_RANK: Record<PhraseMatch['level'], number> = { exact: 0, homophone: 1, pattern: 2, 'pattern-sound': 3, fuzzy: 4 };

/** True when an exception of the category (or the vocabulary) overlaps the hit within one clause. */
function excepted(view: TextView, start: number, end: number, cat: CompiledCategory, v: CompiledVocab): boolean {
  // two calls, not a loop over [cat.exceptions, shared]: that array was allocated for every hit
  if (exceptedByPhrase(view, start, end, cat.exceptions, cat.exceptionTokens) || exceptedByPhrase(view, start, end, v.exceptions, v.exceptionTokens)) return true;
  const patterns = cat.exceptionPatterns;
  for (let k = 0; k < patterns.length; k++) {
    const xp = patterns[k]!;
    if (!mayMatch(view, xp)) continue;
    // a scratch of its own (the scan may be walking scratchSpans): an array per hit and pattern was garbage
    const spans = exceptionSpans;
    if (spans.length) spans.length = 0;
    spansOf(view, xp, spans);
    for (let i = 0; i < spans.length; i++) if (spans[i]!.start < end && start < spans[i]!.end) return true;
  }
  return false;
}

/** Spans of the exception pattern being tested (excepted runs to completion, never re-entered). */
const exceptionSpans: PatternSpan[] = [];

/** True when one of `list` occurs overlapping [start, end) within one clause. */
function exceptedByPhrase(view: TextView, start: number, end: number, list: readonly CompiledPhrase[], flat: FlatTokens): boolean {
  const n = view.norm.length;
  for (let k = 0; k < list.length; k++) {
    // exceptions match exactly or as homophones only: one absent sound and findPhrase finds nothing
    if (tooManyAbsent(flat, k, 0, view.presence)) continue;
    const x = list[k]!;
    if (x.maxEdits > 0) {
      // (not built so: exceptions compile without approximate matching) findPhrase's own loop
      for (let e = findPhrase(view, x, 0); e; e = e.end < n ? findPhrase(view, x, e.end) : null) {
        if (e.start < end && start < e.end && !crossesBreak(view, e.start, e.end)) return true;
      }
      continue;
    }
    // the occurrences findPhrase's loop visits, in order and without a match object each; once
    // one starts at or after the hit's end, no later one overlaps it
    const len = occurrenceLength(x);
    for (let at = occurrenceStart(view, x, 0); at >= 0 && at < end; at = at + len < n ? occurrenceStart(view, x, at + len) : -1) {
      if (start < at + len && !crossesBreak(view, at, at + len)) return true;
    }
  }
  return false;
}

/** Every hit of a vocabulary in a view: phrases and patterns, exceptions removed, overlaps merged. */
function scanVocab(view: TextView, v: CompiledVocab): VocabMatch[] {
  // most lines hold none of a vocabulary: nothing is allocated until a hit
  let raw: VocabMatch[] | null = null;
  const spans = scratchSpans;
  // phrases by the line's own tokens: at each position, only the phrases starting with its token
  // are compared there (the index holds only phrases that never match approximately)
  const tokens = view.tokens;
  const n = tokens.length;
  const { bucketOf, firstBits, firstWords, flat } = v.index.phrasesByFirstToken;
  const { bucketStart, tokenStart, tokens: phraseTokens, entries } = flat;
  // no token of the line may start a phrase (presence words 0…31 against firstBits): nothing to walk
  for (let i = sharesBit(firstBits, view.presence, firstWords) ? 0 : n; i < n; i++) {
    const id = tokens[i]!;
    // the small first-token filter before the large table (vocab-index.ts PhraseBuckets.firstBits)
    if ((firstBits[(id >> 5) & 31]! & (1 << (id & 31))) === 0) continue;
    const b = id < bucketOf.length ? bucketOf[id]! : 0;
    if (b === 0) continue;
    for (let e = bucketStart[b - 1]!, last = bucketStart[b]!; e < last; e++) {
      // equal characters have equal tokens: the phrase's tokens at i are necessary for any level
      // (the first is the bucket's), compared on the flat arrays before the phrase is looked at
      const from = tokenStart[e]!;
      const m = tokenStart[e + 1]! - from;
      if (i + m > n) continue;
      let j = 1;
      while (j < m && tokens[i + j] === phraseTokens[from + j]) j++;
      if (j < m) continue;
      const { item: phrase, category } = entries[e]!;
      const level = phraseLevelAt(view, phrase, i);
      if (level === null) continue;
      const end = i + phrase.tokens.length;
      // one object per hit (phraseAt's match copied with its category was two)
      if (!excepted(view, i, end, category, v)) (raw ??= []).push({ phrase: phrase.text, start: i, end, cost: 0, level, quote: quoteOf(view, i, end), category: category.name });
    }
  }
  const approximate = v.approximate;
  for (let k = 0; k < approximate.length; k++) {
    const { phrase, category } = approximate[k]!;
    if (tooManyAbsent(v.approximateTokens, k, phrase.maxEdits, view.presence)) continue;
    raw = phraseHits(view, phrase, category, v, raw);
  }
  // only the patterns with a sound pair (else a sound) of their index set in the line (vocab-index.ts), in scan order
  const candidates = candidatePatterns(v.index, tokens, view.presence);
  for (let c = 0; c < candidates.count; c++) {
    const k = candidates.out[c]!;
    if (!patternMayOccur(v.index, k, view.presence)) continue; // mayMatch on the flat arrays
    const { item: p, category: cat } = v.index.patterns[k]!;
    // (spansOf: patternSpans without testing mayMatch again.) Most candidates add no span, and
    // setting an array's length is a slow builtin call: reset only what was used
    if (spans.length) spans.length = 0;
    for (const s of spansOf(view, p, spans)) {
      if (excepted(view, s.start, s.end, cat, v)) continue;
      (raw ??= []).push({ phrase: p.source, start: s.start, end: s.end, cost: 0, level: s.bySound ? 'pattern-sound' : 'pattern', quote: quoteOf(view, s.start, s.end), category: cat.name });
    }
  }
  if (!raw) return NO_HITS;
  if (raw.length < 2) return raw;
  // hits mostly arrive in order already (phrases are found left to right): a stable sort of a
  // sorted array leaves it as it is, so the comparator calls are skipped then
  if (!inOrder(raw)) raw.sort(byPosition);
  // overlapping hits are one occurrence (不归我管 found as a phrase and by 不归…管): keep the surest
  const out: VocabMatch[] = [raw[0]!];
  for (let i = 1; i < raw.length; i++) {
    const m = raw[i]!;
    const last = out[out.length - 1]!;
    if (m.start < last.end) {
      if (surer(m, last)) out[out.length - 1] = m;
    } else out.push(m);
  }
  return out;
}

/**
 * Which of two overlapping hits is the reading: the written one that holds the other; else a hit as written over
 * one found by sound (心里没数 said in full is not the sound-alike of 急什么 at its edge); else the surer kind.
 */
function surer(m: VocabMatch, last: VocabMatch): boolean {
  if (holds(m, last)) return true;
  if (holds(last, m)) return false;
  const written = WRITTEN.has(m.level);
  if (written !== WRITTEN.has(last.level)) return written;
  return LEVEL_RANK[m.level] < LEVEL_RANK[last.level];
}

/**
 * Whether written hit `a` holds the whole of written hit `b` and more: the longer construction is the reading
 * (连这都不知道 is mockery, not the 不知道 inside it), whichever of the two is a phrase and which a pattern.
 */
function holds(a: VocabMatch, b: VocabMatch): boolean {
  return WRITTEN.has(a.level) && WRITTEN.has(b.level) && a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;
}
const WRITTEN: ReadonlySet<PhraseMatch['level']> = new Set(['exact', 'pattern']);

/** Hit order: by start, then surer kinds first, then longer first. */
function byPosition(a: VocabMatch, b: VocabMatch): number {
  return a.start - b.start || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || b.end - a.end;
}

function inOrder(hits: readonly VocabMatch[]): boolean {
  for (let i = 1; i < hits.length; i++) if (byPosition(hits[i - 1]!, hits[i]!) > 0) return false;
  return true;
}

/** Pattern spans of the current scan (scans never nest; exception checks use their own arrays). */
const scratchSpans: PatternSpan[] = [];

/** Every occurrence of one phrase, exceptions removed, appended to `raw` (allocated on the first hit). */
function phraseHits(view: TextView, p: CompiledPhrase, cat: CompiledCategory, v: CompiledVocab, raw: VocabMatch[] | null): VocabMatch[] | null {
  for (let m = findPhrase(view, p, 0); m; m = m.end < view.norm.length ? findPhrase(view, p, m.end) : null) {
    if (!excepted(view, m.start, m.end, cat, v)) (raw ??= []).push(withCategory(m, cat.name));
  }
  return raw;
}

/** Shared empty result (never mutated). */
const NO_HITS: VocabMatch[] = [];

function withCategory(m: PhraseMatch, category: string): VocabMatch {
  return { phrase: m.phrase, start: m.start, end: m.end, cost: m.cost, level: m.level, quote: m.quote, category };
}

/**
 * Round 22 (ASR reading): a speech-recognised call marks a pause with a space where a writer puts a comma (…讲两遍了 按住… /
 * …让人着急 您辛苦了 您…). For these vocabularies, whose patterns end or open a clause at a break, a line with a space
 * between two Han characters is read as the same line with a comma there (the norm is the same, so the hits' positions
 * are too), and its hits are quoted from the line as said. A space beside a hesitation filler (呃 / 嗯 / 额 / 那个 / 这个 /
 * 就是) is the filler's own pause, no break: what follows still belongs to the clause (…不归我们管 就是 不过我帮您转…).
 * Only the vocabularies measured to read alike so (a global reading of every space as a break moved corpus cells both
 * ways, round 21): the impolite list and its look-alikes, empathy, the verification frame and the reference words —
 * for these a space after a code before Han characters is a pause too (受理编号K5521 专员… as 受理编号K5521，专员…).
 * Round 23: the closing vocabulary too — its wish clause (祝… to the clause's end) and final thanks read on a call as on
 * the same words typed with commas (…周六见 祝大家… 方便的话… scored as …周六见，祝大家…，方便的话…).
 * Round 25: the forbidden vocabulary too — its clause-closing constructions (就这样 挂了 / 等着吧 … / …讲过了 200元) read a
 * recognised call as the same words typed with commas; and a space between a Han character and a number is a pause as well
 * (…都讲过了 200元 as …都讲过了，200元), not a gap inside a number (138 1234: a digit before it). The non-answer list
 * (unresolved) too: its constructions that close a clause (…查不到 抱歉 / …定不了 您…) read the pause as the comma.
 */
const PAUSE_BREAKS: ReadonlySet<VocabName> = new Set<VocabName>(['impolite', 'impoliteLookAlikes', 'empathy', 'verificationFrame', 'referenceKeywords', 'closings', 'forbidden', 'unresolved']);
const HAN_PAUSE = /(?<=[\p{L}\p{N}])(?<!呃|嗯|额|那个|这个|就是)[ \u3000\t]+(?!呃|嗯|额|那个|这个|就是)(?=\p{Script=Han})|(?<=\p{Script=Han})(?<!呃|嗯|额|那个|这个|就是)[ \u3000\t]+(?=\d)/gu;
/** memoOf key of a view's paused reading (pausedView). */
const PAUSED_KEY = {};
/** The view of the line with its pauses between Han characters written as commas, or null when it has none. */
function pausedView(view: TextView): TextView | null {
  const text = view.original;
  if (!text.includes(' ') && !text.includes('\u3000') && !text.includes('\t')) return null;
  const memo = memoOf(view);
  let paused = memo.get(PAUSED_KEY) as TextView | null | undefined;
  if (paused === undefined) {
    const commas = text.replace(HAN_PAUSE, '，');
    paused = commas === text ? null : viewOf(commas);
    memo.set(PAUSED_KEY, paused);
  }
  return paused;
}

/** Every hit of a vocabulary in a turn (in order, exceptions removed), memoised on the turn's view. */
export function vocabHits(rubric: CompiledRubric, name: VocabName, t: PreparedTurn): VocabMatch[] {
  return vocabHitsInView(rubric, name, t.view);
}

/** vocabHits of a view that is no turn of its own (a stretch of a turn between pauses, checks/curt-pauses.ts). */
export function vocabHitsInView(rubric: CompiledRubric, name: VocabName, view: TextView): VocabMatch[] {
  const v = rubric.vocabs[name];
  // one array of slots per view and rubric, not a Map entry per vocabulary: views live long in
  // the cache, and a dozen Map entries each were a measurable share of the garbage collector's work
  let slots = view.hits;
  // sized once: filled slot by slot from [], it was reallocated as it grew
  if (!slots || view.hitsOwner !== rubric) {
    slots = view.hits = new Array<unknown>(rubric.vocabCount);
    view.hitsOwner = rubric;
  }
  const hit = slots[v.slot] as VocabMatch[] | undefined;
  if (hit !== undefined) return hit;
  const paused = PAUSE_BREAKS.has(name) ? pausedView(view) : null;
  const hits = paused ? requoted(vocabHitsInView(rubric, name, paused), view) : shapeHits(rubric, v, view);
  slots[v.slot] = hits;
  return hits;
}

/**
 * scanVocab, shared by the lines of one digit shape (text/digit-shape.ts): a new line that is a known line with other
 * digits has the same hits at the same positions, and is re-quoted from the known line's hits instead of scanned,
 * unless a part of the vocabulary that tells some of the differing digits apart (CompiledVocab.tellers) may occur on
 * the known line. Every other part takes the differing digits alike, and a teller ruled out on the known line by a
 * sound it needs that is no digit is ruled out on the new one too (the two lines hold the same sounds but digits).
 */
function shapeHits(rubric: CompiledRubric, v: CompiledVocab, view: TextView): VocabMatch[] {
  const shape = digitShapeOf(view);
  if (!shape) return scanVocab(view, v);
  const list = keptFor(shape, rubric, v.slot);
  if (list) {
    for (let k = 0; k < list.length; k++) {
      const kept = list[k]!;
      if ((differingDigits(kept.norm, view.norm) & kept.told) === 0) return requoted(kept.value as VocabMatch[], view);
    }
  }
  const hits = scanVocab(view, v);
  if (!list || list.length < MAX_KEPT) keepResult(shape, rubric, v.slot, view, hits, toldInView(v, view));
  return hits;
}

/** The digits told apart by the tellers of `v` that may occur in the view: those not ruled out by a set of sounds
 * (DigitTeller.needs) none of which the view holds. */
function toldInView(v: CompiledVocab, view: TextView): number {
  let told = 0;
  const tellers = v.tellers;
  next: for (let i = 0; i < tellers.length; i++) {
    const t = tellers[i]!;
    if ((told | t.told) === told) continue;
    outer: for (let k = 0; k < t.needs.length; k++) {
      const set = t.needs[k]!;
      for (let j = 0; j < set.length; j++) if (mayHold(view, set[j]!)) continue outer;
      continue next;
    }
    told |= t.told;
  }
  return told;
}

/** `known`, found on another line of the view's shape at the same positions, with the view's own words as quotes. */
function requoted(known: VocabMatch[], view: TextView): VocabMatch[] {
  if (known.length === 0) return known;
  const out: VocabMatch[] = [];
  for (let i = 0; i < known.length; i++) {
    const m = known[i]!;
    out.push({ phrase: m.phrase, start: m.start, end: m.end, cost: m.cost, level: m.level, quote: quoteOf(view, m.start, m.end), category: m.category });
  }
  return out;
}

/** The first hit of a vocabulary in a turn (phrases and patterns), or null. */
export function findVocab(rubric: CompiledRubric, name: VocabName, t: PreparedTurn): VocabMatch | null {
  return vocabHits(rubric, name, t)[0] ?? null;
}

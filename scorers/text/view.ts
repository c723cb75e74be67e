/**
 * One turn's text, prepared once for every check: folded (normalise.ts), numerals canonical
 * (numerals.ts), and as pinyin token ids (pinyin.ts). Views are cached by text because contact
 * centres repeat scripted lines endlessly; `memo` lets checks cache per-vocabulary results too.
 */
import type { MappedText } from './normalise.js';
import { normaliseText } from './numerals.js';
import { foldedId, tokenId } from './pinyin.js';

export interface TextView extends MappedText {
  original: string;
  /** Pinyin/char token id per char of `norm`. */
  tokens: Int32Array;
  /** 模糊音-folded token ids. */
  folded: Int32Array;
  /** Positions of each token, ascending: phrase search starts only where its first token occurs. */
  positions: Map<number, number[]>;
  /** Per-view results cache owned by callers (keyed by a compiled vocabulary object). */
  memo: Map<object, unknown>;
}

const MAX_CACHED = 50_000;
const cache = new Map<string, TextView>();

export function buildView(text: string): TextView {
  const mapped = normaliseText(text);
  const n = mapped.norm.length;
  const tokens = new Int32Array(n);
  const folded = new Int32Array(n);
  const positions = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const id = tokenId(mapped.norm[i]!);
    tokens[i] = id;
    folded[i] = foldedId(id);
    const list = positions.get(id);
    if (list) list.push(i);
    else positions.set(id, [i]);
  }
  // explicit fields, not a spread (a spread here showed up as the top cost of cold scoring)
  return {
    norm: mapped.norm,
    from: mapped.from,
    to: mapped.to,
    breakBefore: mapped.breakBefore,
    original: text,
    tokens,
    folded,
    positions,
    memo: new Map(),
  };
}

/** The cached view of `text` (the cache is cleared wholesale when full: simple and bounded). */
export function viewOf(text: string): TextView {
  let v = cache.get(text);
  if (!v) {
    if (cache.size >= MAX_CACHED) cache.clear();
    v = buildView(text);
    cache.set(text, v);
  }
  return v;
}

/** The original text behind norm chars [start, end). */
export function quoteOf(view: TextView, start: number, end: number): string {
  if (end <= start) return '';
  return view.original.slice(view.from[start]!, view.to[end - 1]!);
}

/**
 * Tone-less pinyin as small integer ids, so homophones (工号 / 公号) compare equal and the fuzzy
 * finder can run edit distance over int arrays. Readings are per character (the default reading);
 * both the vocabulary and the transcript go through the same table, so a polyphone reads the same
 * on both sides — what matters for ASR is that a *different* character with the same sound maps to
 * the same id. Every character is converted once per process (pinyin-pro costs ~30µs a call).
 */
import { pinyin } from 'pinyin-pro';

const ids = new Map<string, number>();
const names: string[] = [];
const foldedIds: number[] = [];
/** Per id: a digit token (`#d`)? Read in the fuzzy finder's inner loop, so not a string test there. */
const digitIds: boolean[] = [];
const charIds = new Map<string, number>();

function intern(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = names.length;
    ids.set(key, id);
    names.push(key);
    foldedIds.push(-1);
    digitIds.push(key.startsWith('#'));
  }
  return id;
}

/**
 * 模糊音, as Chinese input methods offer it: initials zh/z, ch/c, sh/s, n/l and finals eng/en,
 * ing/in, ang/an are what ASR and regional accents confuse most. Folded-equal syllables substitute
 * at half cost in the fuzzy finder; they never count as exact.
 */
export function foldSyllable(s: string): string {
  return s
    .replace(/^([zcs])h/u, '$1')
    .replace(/^n/u, 'l')
    .replace(/([aei])ng$/u, '$1n')
    .replace(/ing$/u, 'in');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Id of one normalised character: its pinyin syllable for CJK, `#d` for a digit, else the char. */
export function tokenId(ch: string): number {
  let id = charIds.get(ch);
  if (id === undefined) {
    let key: string;
    if (CJK.test(ch)) key = (pinyin(ch, { toneType: 'none', v: true }) || ch).toLowerCase();
    else if (ch >= '0' && ch <= '9') key = `#${ch}`;
    else key = `=${ch}`;
    id = intern(key);
    charIds.set(ch, id);
  }
  return id;
}

/** tokenId by UTF-16 code unit, +1 (0 = not yet looked up): a typed-array read instead of a Map per char. */
const idByCode = new Int32Array(0x10000);

/** tokenId of the single UTF-16 unit `code` (what indexing a normalised string yields). */
export function tokenIdOfCode(code: number): number {
  const cached = idByCode[code]!;
  if (cached !== 0) return cached - 1;
  const id = tokenId(String.fromCharCode(code));
  idByCode[code] = id + 1;
  return id;
}

/** Id of the 模糊音-folded syllable (for digits and symbols: the id itself). */
export function foldedId(id: number): number {
  let f = foldedIds[id]!;
  if (f === -1) {
    const name = names[id]!;
    f = /^[a-zü]+$/u.test(name) ? intern(`~${foldSyllable(name)}`) : id;
    foldedIds[id] = f;
  }
  return f;
}

/** True for digit tokens: digits never match fuzzily (20元 must not pass for 30元). */
export function isDigitToken(id: number): boolean {
  return digitIds[id]!;
}

/** The syllables of a normalised string, e.g. for logs and tests: "工号" → ["gong", "hao"]. */
export function syllables(norm: string): string[] {
  return [...norm].map((ch) => names[tokenId(ch)]!.replace(/^[#=]/u, ''));
}

/** Per token id: the UTF-16 code of the first character seen with it (0 = none yet). */
const repByToken: number[] = [];
/** canonicalCode by UTF-16 unit (0 = not yet looked up): one typed-array read per character. */
const repByCode = new Uint16Array(0x10000);

/** The syllable (or `#d` digit, `=c` other char) of a token id. */
export function tokenName(id: number): string {
  return names[id]!;
}

/**
 * One representative character per sound: homophones (公/工, 查/茶) map to the same character, so a
 * regular expression rewritten with representatives matches ASR homophones of its literal text.
 * The representative is whichever character of the sound was met first; both sides go through
 * this table, so which one it is does not matter.
 */
export function canonicalCode(code: number): number {
  const cached = repByCode[code]!;
  if (cached !== 0) return cached;
  let rep: number;
  if (OWN_SOUND.has(code)) rep = code;
  else if (code === DE_COMPLEMENT) rep = DE;
  else {
    const id = tokenIdOfCode(code);
    rep = repByToken[id] ?? 0;
    if (rep === 0) rep = repByToken[id] = code;
  }
  repByCode[code] = rep;
  return rep;
}

/**
 * Sentence particles keep their own sound: they are their own representative and nobody else's.
 * Read alone, several take a reading they never have as particles (呗 is "bai", 了 "liao", 咯 "ge"),
 * so by sound a clause-final 呗 matched 拜拜 and 就这样拜拜 read as the shrug 就这样呗; and speech
 * recognition writes a particle as a particle, not as a content word of the same sound.
 */
const OWN_SOUND = new Set([...'呗吧啊呢嘛啦哦呀了的嘞咯喽么哈'].map((ch) => ch.charCodeAt(0)));
/**
 * Round 23 (reading): 得 is heard as the particle 的 — the same toneless "de", which speech recognition and hurried typing
 * write for each other (您是哪天得场次 is 哪天的场次; 跑得快 heard as 跑的快 reads the same by sound): 的's sound class, its one
 * other member. The exact text keeps each character; only forms by sound (heardText, patterns' bySound) merge them.
 */
const DE = '的'.charCodeAt(0);
const DE_COMPLEMENT = '得'.charCodeAt(0);

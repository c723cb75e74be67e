/**
 * Politeness's reading of single lines (checks/professionalism.ts): which 忌语 and impolite phrases are rude as
 * said — by sound only where speech was recognised, outside quotation marks, and not softened by 您 in their
 * clause or by a reassurance to 您 just before.
 */
import { type CompiledRubric, findVocab, type PreparedTranscript, type PreparedTurn, type VocabMatch, vocabHits } from '../context.js';
import type { Rubric } from '../rubric/schema.js';
import { clauseBounds } from '../text/view.js';
import { isLineCheck } from './silence-turns.js';
import { toldYouInstead } from './told-you-instead.js';

/** An impolite phrase, or a forbidden word said in a way that talks down to the customer, in one turn. */
export function rudeIn(c: CompiledRubric, v: Pick<Rubric['vocabularies'], 'impoliteCategories' | 'impoliteWhenFamiliar' | 'impoliteEvenWithRespect'>, t: PreparedTurn, typed: boolean): VocabMatch | null {
  // typed chat is spelt as the agent meant it: a match by sound alone (来水 for 赖谁) is a different word,
  // not a misrecognised one (speech recognition is why sound matches exist); and in speech two syllables
  // are too few to tell a word by sound (抢修完六点左右来水 is not 赖谁), so a sound match needs three;
  // and words in quotation marks are someone else's, reported (您说的“你们自己看着办”是哪位同事说的): not said to the customer
  // (written is a module function, not a closure here: the tsx/esbuild build wraps a named closure in
  // __name, an Object.defineProperty per call, which with rudeIn running on every agent turn was ~8 %
  // of cold scoring's CPU)
  const impolite = vocabHits(c, 'impolite', t);
  let m: VocabMatch | null = null;
  for (let i = 0; i < impolite.length; i++) {
    if (written(impolite[i]!, t, typed)) {
      m = impolite[i]!;
      break;
    }
  }
  if (m || (!v.impoliteCategories.length && !v.impoliteWhenFamiliar.length)) return m;
  // A 忌语 of a harsh category (impatient, blaming, mocking …) said without 您 in its clause talks
  // down to the customer: rude (是你自己搞错了, 吵有什么用, 着什么急啊，等着吧); an "already told you"
  // only when aimed at the customer as 你 (刚才不是跟你说过了吗, not 这个我已经讲过一遍了). Said with
  // 您 (是您自己没注意, 您投诉也没用), or a flat "we" statement (不归我们管, 我也没办法), it is a 忌语
  // in a courteous register: forbidden-words only.
  // a harsh 忌语 that a look-alike overlaps (怪不了我们 / 办不了，别问了) evaluates no one or closes a refusal: a 忌语 only
  const lookAlikes = vocabHits(c, 'impoliteLookAlikes', t);
  const harsh =
    vocabHits(c, 'forbidden', t).find((h) => {
      if (!written(h, t, typed)) return false;
      if (lookAlikes.some((x) => x.start < h.end && h.start < x.end)) return false;
      const clause = clauseOf(t, h);
      // 您 nearby softens a 忌语, not one that itself says 你 (帮您处理谁让你自己不早点弄的: the blame is aimed at 你),
      // nor mockery or abuse, which the respectful form only sharpens (您可真行，什么都不看就签了)
      // — 您 before the 忌语's end: one just after it in an unpunctuated run opens the next sentence (想投诉就去投诉呗您这张卡…
      // / 你能不能听我说完您记一下), it was not said to soften the words before it
      if ((softenedBefore(t, h) || REASSURANCE.test(leadingClause(t, h))) && !FAMILIAR_YOU.test(h.quote) && !v.impoliteEvenWithRespect.includes(h.category)) return false;
      return v.impoliteCategories.includes(h.category) || (v.impoliteWhenFamiliar.includes(h.category) && FAMILIAR_YOU.test(clause) && REPROACH.test(clause));
    }) ?? null;
  // the told-you said instead of the answer is rude whatever the address (told-you-instead.ts), where the rubric reads the
  // told-you family by address at all (impoliteWhenFamiliar)
  return harsh ?? (v.impoliteWhenFamiliar.length ? toldYouInstead(t) : null);
}

/**
 * A match by sound over fewer than three characters (混，但 for 混蛋; 赖谁 in 来水): two syllables collide with too many
 * ordinary words to stand for the 忌语 — forbidden-words reads its own hits so too, as politeness does here.
 */
export function shortSoundAlike(h: VocabMatch): boolean {
  return BY_SOUND.has(h.level) && h.end - h.start < MIN_SOUND_CHARS;
}

/**
 * A match found by sound that stands for no word said: in typed chat (spelt as the agent meant it — 手机什么毛病 typed is not
 * 急什么, round 21) or over fewer than three characters in speech (shortSoundAlike). forbidden-words' reading of its own hits.
 */
export function notSaidBySound(h: VocabMatch, typed: boolean): boolean {
  return BY_SOUND.has(h.level) && (typed || h.end - h.start < MIN_SOUND_CHARS);
}

/** A hit said as written: see rudeIn. */
function written(h: VocabMatch, t: PreparedTurn, typed: boolean): boolean {
  return (!BY_SOUND.has(h.level) || (!typed && !shortSoundAlike(h))) && !quoted(t, h.start);
}

/**
 * Whether the character at norm index `at` stands inside quotation marks in the original text (「…」, “…”, ‘…’,
 * 『…』, or between a pair of ASCII double quotes): words reported, not the agent's own address.
 */
export function quoted(t: PreparedTurn, at: number): boolean {
  const text = t.view.original;
  if (!QUOTE_MARK.test(text)) return false;
  const o = t.view.from[at] ?? 0;
  let depth = 0;
  let ascii = false;
  for (let i = 0; i < o; i++) {
    const ch = text[i]!;
    if (ch === '"') ascii = !ascii;
    else if (OPENING_QUOTES.includes(ch)) depth++;
    else if (CLOSING_QUOTES.includes(ch) && depth > 0) depth--;
  }
  return depth > 0 || ascii;
}
const QUOTE_MARK = /["「“‘『]/u;
const OPENING_QUOTES = '「“‘『';
const CLOSING_QUOTES = '」”’』';

/** Match levels found by sound, not by the characters written (text/fuzzy.ts). */
const BY_SOUND: ReadonlySet<VocabMatch['level']> = new Set(['homophone', 'pattern-sound']);
/** Fewest characters a match by sound must span to stand for the word (two syllables collide with too many words). */
const MIN_SOUND_CHARS = 3;

/**
 * A reproach: a rhetorical question (不是跟你说过了吗, 你怎么还不明白, 听不懂吗). "Already told you" is rude
 * as a reproach; said flatly (前面跟你讲过好几遍了。) it is a 忌语 in a courteous register only.
 */
const REPROACH = /吗|嘛|怎么|咋|什么|听不懂|不明白|不懂|还问/u;

/** 你 addressing someone (not the set greeting 你好). */
const FAMILIAR_YOU = /你(?!好(?!像))/u;

/**
 * The words around a hit that decide its register: its clause, but at most a few characters either
 * side (an ASR transcript without punctuation is one long "clause"; 非常抱歉给您带来不便了 你自己看App
 * 不就行了 is still said to 你).
 */
function clauseOf(t: PreparedTurn, h: { start: number; end: number }): string {
  return t.view.norm.slice(...clauseBounds(t.view, h.start, h.end, AROUND));
}

/** Whether 您 stands in the hit or in its clause before it (AROUND characters at most): 是您自己没注意 / 您投诉也没用. */
function softenedBefore(t: PreparedTurn, h: { start: number; end: number }): boolean {
  const at = t.view.norm.indexOf('您', clauseBounds(t.view, h.start, h.end, AROUND)[0]);
  return at >= 0 && at < h.end;
}

/**
 * The clause before the hit's own when a comma joins them into one sentence: its last few characters.
 * Empty after a sentence end (您别急。听我说完).
 */
function leadingClause(t: PreparedTurn, h: { start: number; end: number }): string {
  const v = t.view;
  const [from] = clauseBounds(v, h.start, h.end, AROUND);
  if (from === 0 || !v.breakBefore[from]) return '';
  const gap = v.original.slice(v.to[from - 1], v.from[from]);
  if (!SENTENCE_GOES_ON.test(gap) || SENTENCE_ENDS.test(gap)) return '';
  return v.norm.slice(clauseBounds(v, from - 1, from, LEADING_REACH)[0], from);
}
/** How far back the clause before may reach (您先别着急 whole; an unpunctuated run is cut short). */
const LEADING_REACH = 8;
/**
 * A reassurance said to 您 (您别急 / 您先别着急 / 您放心 [S17 文明用语]): a 忌语 that follows it in the same sentence
 * (您别急，先听我说) calms the customer down, it does not scold; 您 in a clause that is itself part of the order
 * (您听我说，不要打断我) softens nothing.
 */
const REASSURANCE = /您(?:先)?(?:别|不要|不用)(?:着急|急|担心|慌)|您放心/u;
const SENTENCE_GOES_ON = /[，,、；;]/u;
const SENTENCE_ENDS = /[。.！!？?\n]/u;

/** Characters either side of a 忌语 in which 您 still softens it (是您自己没注意, 刚才不是跟您说过了吗). */
const AROUND = 3;

/** The agent doing something for the customer in the turn: 我帮您查一下 / 为您登记 / 替您反映 (on the normalised text). */
const SERVES_CUSTOMER = /(?:帮|为|替|给)(?:您|你)(?:去|再)?(?:查|投诉|登记|反映|联系|处理|办|问|转|申请|催|看)/gu;

/**
 * Whether the turn serves the customer with or after the rude-looking words (我帮您投诉吧 / 这里不是您家附近的网点，我帮您查一下):
 * the help answers them. Help offered before them (…我可以帮您转到物流组，您看需要吗？这么简单的事你都不明白) excuses nothing
 * that follows — the jibe is still said.
 */
export function servesAfter(norm: string, from: number): boolean {
  SERVES_CUSTOMER.lastIndex = 0;
  for (let x = SERVES_CUSTOMER.exec(norm); x; x = SERVES_CUSTOMER.exec(norm)) if (x.index + x[0].length > from) return true;
  return false;
}

/**
 * Round 22: the agent's turn replies to the customer's "nothing more" (没了，就这些 / 没有了，谢谢 — a line check after it, 人呢？,
 * passed over): no question is left open, so a pointer said there (你自己看说明书吧) passes no matter off and a bare 挂了 (就这样，
 * 挂了) ends a finished call — not the 推诿 or the impatient hang-up said to a customer still asking (dev24a, dev24c, dev3b labels).
 * Read only for those two: any other harsh line there is still said.
 */
export function excusedAtWrapUp(c: CompiledRubric, p: PreparedTranscript, t: PreparedTurn, h: Pick<VocabMatch, 'category' | 'quote'>): boolean {
  if (h.category !== PASSING_OFF && !HANG_UP.test(h.quote)) return false;
  for (let k = p.dialogue.indexOf(t) - 1; k >= 0; k--) {
    const x = p.dialogue[k]!;
    if (x.turn.speaker !== 'customer' || isLineCheck(x)) continue;
    return findVocab(c, 'nothingMore', x) !== null || findVocab(c, 'customerLeaveTaking', x) !== null;
  }
  return false;
}
/** The 忌语 category of passing the matter off (推诿). */
const PASSING_OFF = '推诿';
/** The hang-up announced as a clause of its own (挂了 / 我挂了啊 / 就挂电话了). */
const HANG_UP = /^(?:我)?(?:就)?挂(?:了|电话了)(?:啊|哦|哈)?$/u;

/**
 * Chinese numerals ↔ digits, so that 二十元, 20元, 二十块 and ¥20 all read "20元", 百分之五 reads
 * "5%", 九点半 reads "9:30" and an ASR's 一零八 or 幺零八 reads "108". Both the vocabulary/fact
 * values and the transcript go through the same rewriting, so whatever canonical form we pick, the
 * two sides agree.
 */
import { BREAK, foldText, stripBreaks, type MappedSource, type MappedText } from './normalise.js';
import { rewrite } from './rewrite.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 幺: 1, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
/** Round 23: 一家 after a personal pronoun (您一家) or before a family word (一家人) is the family, a word. */
const FAMILY_AFTER = new Set('人子老'.split(''));
const PRONOUN_BEFORE = /[您你我他她咱们]/u;

/**
 * Characters that, right after a lone 一/两, show it is a quantity (一个, 两天, 一元) rather than part
 * of a word (一下, 一起, 统一). Other lone numerals (三, 五 …) are converted anyway: words built on
 * them are rare in service dialogue and both sides are rewritten the same way.
 */
const MEASURE = new Set(
  '个位件张次天日周月年号元块角毛分秒小时刻点%台部笔项条份种家名岁倍成折层楼户套本期档级米公斤克'.split(''),
);

/** Value of a numeral run that contains units (十百千万亿); colloquial 两万五 = 25000, 一百五 = 150. */
export function parseChineseNumber(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let sawZero = false;
  for (const ch of run) {
    if (ch in DIGITS) {
      if (digit !== null && !sawZero) return null; // 二三十: not a positional numeral
      digit = DIGITS[ch]!;
      if (digit === 0) {
        sawZero = true;
        digit = null;
      }
    } else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch]!;
      lastUnit = UNITS[ch]!;
      digit = null;
      sawZero = false;
    } else if (ch in BIG_UNITS) {
      total += (section + (digit ?? 0)) * BIG_UNITS[ch]!;
      if (section === 0 && digit === null && total === 0) return null;
      lastUnit = BIG_UNITS[ch]!;
      section = 0;
      digit = null;
      sawZero = false;
    } else return null;
  }
  if (digit !== null) {
    // 一百五 → 150, 两万五 → 25000: a trailing digit right after a unit (no 零) is one place lower.
    const beforeLast = run[run.length - 2];
    const afterUnit = beforeLast !== undefined && (beforeLast in UNITS || beforeLast in BIG_UNITS);
    section += afterUnit && lastUnit >= 100 && !sawZero ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

/** A numeral run as digits: positional when it has units, else read digit by digit (二零二四 → 2024). */
export function chineseRunToDigits(run: string): string | null {
  if (/[十百千万亿]/u.test(run)) {
    const v = parseChineseNumber(run);
    if (v === null && DIGITS_THEN_BIG_UNIT.test(run)) return String(Number(chineseRunToDigits(run.slice(0, -1))) * BIG_UNITS[run[run.length - 1]!]!);
    return v === null ? null : String(v);
  }
  // digit by digit through a table of UTF-16 units (phone and id numbers are long runs)
  const units: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const d = DIGIT_UNIT[run.charCodeAt(i)]!;
    if (d === 0) return digitsOf(run); // not a digit character: the general path below
    units.push(d);
  }
  return String.fromCharCode.apply(null, units);
}

/**
 * Round 25: digits read one by one before 万 / 亿 (八零万元 / 幺零零万 = 80万 / 100万, as an ASR writes a figure read out digit
 * by digit): a run of plain digits holding a 零 / 〇 / 幺 — never in an approximate pair (三四万 / 一两万, left unread) —
 * then the big unit. Positional numerals (八十万) never get here: they parse.
 */
const DIGITS_THEN_BIG_UNIT = /^(?=[^]*[零〇幺])[零〇幺一二两三四五六七八九]{2,}[万亿]$/u;

/** '0'…'9' code of each digit character in DIGITS, 0 for anything else. */
const DIGIT_UNIT = new Uint16Array(0x10000);
for (const [ch, v] of Object.entries(DIGITS)) DIGIT_UNIT[ch.charCodeAt(0)] = 0x30 + v;
// the radio reading's 洞 (0) and 拐 (7), which RUN admits only between digits
DIGIT_UNIT['洞'.charCodeAt(0)] = 0x30;
DIGIT_UNIT['拐'.charCodeAt(0)] = 0x37;

function digitsOf(run: string): string {
  let s = '';
  for (const ch of run) s += String(DIGITS[ch]);
  return s;
}

/**
 * A numeral run. Inside a run read digit by digit, 洞 is 0 and 拐 is 7 (the radio and call-centre reading of digits,
 * 幺两三四五六拐八九洞, as ASR writes it: 编号CL二洞二六… / 九二洞七号): only between two digits, so 漏洞 / 拐弯 stay words.
 */
const RUN = /[零〇幺一二两三四五六七八九十](?:[零〇幺一二两三四五六七八九十百千万亿]|[洞拐](?=[零〇幺一二两三四五六七八九]))*/gu;
const PERCENT = /百分之([零〇幺一二两三四五六七八九十百千\d]+(?:(?:点|\.)[零〇幺一二两三四五六七八九\d]+)?)/gu;

function decimalRun(s: string): string | null {
  const [intPart, frac] = s.split(/点|\./u);
  const i = /^\d+$/.test(intPart!) ? intPart! : chineseRunToDigits(intPart!);
  if (i === null) return null;
  if (frac === undefined) return i;
  const f = /^\d+$/.test(frac) ? frac : chineseRunToDigits(frac);
  return f === null ? null : `${i}.${f}`;
}

/**
 * Round 20: a leading 一 that cannot begin the number after it ends the word before it (统一 / 唯一 / 同一 + 四人间,
 * 二十四小时, 四十五天): the run does not read as one number (一二十四), or reads as a two-digit number nobody says digit by
 * digit in two characters (一四, not the approximate 一两 / 一二). After a Han character the 一 is kept and the number
 * starts after it; a digit-by-digit id (号码是一三八…) is longer and reads whole.
 */
const LONE_AFTER_ONE = /[三四五六七八九]/u;
/**
 * Round 23: …or a run read digit by digit before 折 that is longer than a discount's number (统一九八折 / 唯一九五折: a
 * discount has one or two digits, 九折 / 九八折), so its leading 一 ends the word before it.
 */
function discountTooLong(run: string, norm: string, at: number): boolean {
  return run.length === 3 && norm[at + 3] === '折' && !NUMERAL_UNIT.test(run);
}
const NUMERAL_UNIT = /[十百千万亿]/u;
const HAN_BEFORE = /[\p{Script=Han}](?<![零〇幺一二两三四五六七八九十百千万亿第])/u;

/** The rewriting patterns, compiled once (a regex literal in the function body is a new object per call). */
const RE = {
  // 6千8 / 4万6: one digit right after the unit (no further unit or digit) is one place lower, as 两千八 / 四万六 read
  bigUnit: /(\d+(?:\.\d+)?)(万|千)(?:(\d)(?![\d.:十百千万]))?(?![米克])/gu,
  clockMinutes: /(\d{1,2})点(\d{1,2})分/gu,
  clockHalf: /(\d{1,2})点半/gu,
  clockWhole: /(\d{1,2})点[整钟]/gu,
  clockZero: /(\d{1,2}):00(?!\d)/gu,
  clockDigits: /(\d{1,2})点(\d{2})(?![\d元块%万千])/gu,
  spokenDecimal: /(\d+)点(\d+)/gu,
  // 2块5 is 2.5元, but in 十块三个工作日 the 3 counts days: a digit followed by a measure word is not 毛 (nor by 块:
  // round 24, 三块两块 as one ASR line is two amounts, not 3.2元)
  kuaiMao: /(\d+)块(\d)(?:毛|(?![\d.:个位件张次天日周月年号时小分秒点岁倍层期项条份笔台部种套家名成折楼户本档级米斤克刻块%]))/gu,
  money: /(\d+(?:\.\d+)?)(?:块钱|块|元钱|元整|圆)/gu,
  currencySign: /[¥$]\s*(\d+(?:\.\d+)?)元?/gu,
  trailingZeros: /(\d+)\.(\d*?)0+元/gu,
};

const CLOCK_CHARS = /[点:]/u;
/**
 * Round 21: an ASR space inside one number (两千 五百, 一百 二十元) is a BREAK between two runs; when the first ends in
 * a unit (百千万) and the second is smaller than that unit, they are one number (2500), not two (三百 五百 stays two).
 */
const SPLIT_RUN = /(?<![零〇幺一二两三四五六七八九十百千万亿])([零〇幺一二两三四五六七八九十百千万]*[百千万])\|([零〇幺一二两三四五六七八九十百千]+)/gu;

/** Cheap test first: a unit right before a BREAK. */
const SPACE_CHAR = /\s/u;
const SPLIT_GATE = new RegExp(`[百千万]\\${BREAK}`, 'u');

function joinSplitRun(m: RegExpExecArray, text: MappedSource, original: string): string | null {
  // only a space in the original (a comma or a full stop between them keeps two numbers: 三千，五百是定金)
  if (!SPACE_CHAR.test(original[text.from[m.index + m[1]!.length]!] ?? '')) return null;
  const head = parseChineseNumber(m[1]!);
  const tail = parseChineseNumber(m[2]!);
  const unit = { 百: 100, 千: 1000, 万: 10_000 }[m[1]!.slice(-1)]!;
  if (head === null || tail === null || tail === 0 || tail >= unit) return null;
  return String(head + tail);
}

/**
 * Round 24: a lone 一/两 + 块 read as money only where it is an amount. It is a word — 一块儿 / 一块去 (together), 这一块
 * / 哪一块 (this area), 一块屏幕 / 两块侧板 (pieces), 一块一块 / 青一块紫一块 (patches) — when 儿 follows, a demonstrative
 * or a size (好大一块) precedes, a plural person precedes and no numeral follows (我们一块), or a Han character follows
 * that cannot go on from an amount (AMOUNT_NEXT: 钱, a numeral, 多, an adverb or particle) and the clause right before
 * it is not about paying (PRICE_BEFORE: 收您一块手续费). At a clause's end it stays money (一百积分抵一块, 就一块)
 * unless it closes an X一块Y一块 pair.
 */
const AMOUNT_NEXT = new Set('钱零二两三四五六七八九十半多左上出起就都也还是的吧呢啊呀哦嘛啦了哈'.split(''));
/** 这一块 / 同一块 (an area, the same piece), 好大一块 (a piece's size) */
const DEMONSTRATIVE = new Set('这那哪某同大'.split(''));
const TOGETHER_BEFORE = new Set('们俩咱'.split(''));
const AMOUNT_DIGIT = /[零二两三四五六七八九十半多\d]/u;
const PRICE_BEFORE = /(?:[收付花交缴抵扣退补赔返减省价费每]|便宜|贵|一共|总共|只要|才)[^|]{0,2}$/u;
const HAN_CHAR = /\p{Script=Han}/u;
function pieceNotMoney(norm: string, at: number): boolean {
  const after = norm[at + 2] ?? '';
  if (after === '钱') return false;
  if (after === '儿' || DEMONSTRATIVE.has(norm[at - 1] ?? '')) return true;
  // 一块一个 / 一块一斤: an amount and a unit price; 一块一块 / 青一块紫一块: patches
  if (after === '一') return norm[at + 3] === '块';
  if (norm[at - 2] === '块' && norm[at - 3] === norm[at]) return true;
  // 我们一块吧 / 咱俩一块 (together) unless a numeral goes on (我们一块五)
  if (TOGETHER_BEFORE.has(norm[at - 1] ?? '') && !AMOUNT_DIGIT.test(after)) return true;
  if (!HAN_CHAR.test(after) || AMOUNT_NEXT.has(after)) return false;
  return !PRICE_BEFORE.test(norm.slice(Math.max(0, at - 4), at));
}

/** 周 / 星期 / 礼拜 naming a weekday right before `at` (not 每周 / 两周 / 几周: a rate or a count of weeks). */
function weekdayBefore(norm: string, at: number): boolean {
  const two = norm.slice(Math.max(0, at - 2), at);
  if (two === '星期' || two === '礼拜') return true;
  return norm[at - 1] === '周' && !WEEKS_COUNTED.test(norm[at - 2] ?? '');
}
const WEEKS_COUNTED = /[每几个两一二三四五六七八九十\d]/u;
/** A clock hour's unit right after the run. */
const CLOCK_AFTER = /^[点时]$/u;
/** A part of the day right before a clock hour (下午两点). */
const DAY_PART = /^(?:上午|下午|中午|晚上|凌晨|早上|早晨|傍晚|夜里|夜间)$/u;
const MONEY_CHARS = /[块元圆¥$]/u;
const BIG_UNIT_CHARS = /[万千]/u;

/** Rewrite numerals, percentages, money and clock times to one canonical form (see module doc). */
/** [0-9零〇幺一二两三四五六七八九十百千万亿¥$] as a table by UTF-16 unit (every new line is tested). */
const ANY_NUMBER_UNIT = new Uint8Array(0x10000);
for (const ch of '0123456789零〇幺一二两三四五六七八九十百千万亿¥$') ANY_NUMBER_UNIT[ch.charCodeAt(0)] = 1;

function hasAnyNumber(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) if (ANY_NUMBER_UNIT[norm.charCodeAt(i)] === 1) return true;
  return false;
}

export function canonicaliseNumbers(text: MappedText, original?: string): MappedText {
  return stripBreaks(rewriteNumbers(text, original));
}

/** canonicaliseNumbers with the BREAK marks still in (view.ts strips them straight into its arrays). */
export function rewriteNumbers<T extends MappedSource>(text: T, original?: string): T | MappedText {
  // most lines have no number at all: skip the rewriting passes
  if (!hasAnyNumber(text.norm)) return text;
  let t: T | MappedText = text;
  // Every pattern below needs a literal character: 百分之; 万/千; 点 or : (clock, decimals); 块 元 圆 ¥ $
  // (money). Rewrites only ever add digits, % . : 点 and 元, so a group absent from the line as it
  // came in stays absent and its regex passes are skipped (most lines hold one number at most).
  const hasClock = CLOCK_CHARS.test(t.norm);
  const hasMoney = MONEY_CHARS.test(t.norm);
  if (t.norm.includes('百分之')) {
    t = rewrite(t, PERCENT, (m) => {
      const v = decimalRun(m[1]!);
      return v === null ? null : `${v}%`;
    });
  }
  if (original !== undefined && SPLIT_GATE.test(t.norm)) {
    const marked = t;
    t = rewrite(t, SPLIT_RUN, (m) => joinSplitRun(m, marked, original));
  }
  t = rewrite(t, RUN, (m, norm) => {
    const run = m[0];
    if (run.length === 1 && (run === '一' || run === '两' || run === '幺')) {
      const next = norm[m.index + 1] ?? '';
      const nextNext = norm[m.index + 2] ?? '';
      // round 21: a lone 一/两 + 点 after a part of the day (下午两点, 凌晨一点) is a clock time, not 一点 (a bit)
      const clock = next === '点' && (/[零〇一二两三四五六七八九十半钟整\d]/u.test(nextNext) || DAY_PART.test(norm.slice(Math.max(0, m.index - 2), m.index)));
      if (!MEASURE.has(next) || (next === '点' && !clock)) return null;
      // round 24: 一块 / 两块 is money only as an amount (pieceNotMoney); 一小会儿 / 一时 are "a little" / "a moment"
      if (next === '块' && pieceNotMoney(norm, m.index)) return null;
      if ((next === '小' && nextNext !== '时') || (next === '时' && !DAY_PART.test(norm.slice(Math.max(0, m.index - 2), m.index)))) return null;
      // round 23: 一家 naming the whole family is a word, not a count of shops: a personal pronoun before it (您一家 /
      // 我们一家四口 — the family apposed to its members) or a family word after it (一家人 / 一家子 / 一家老小)
      if (next === '家' && (FAMILY_AFTER.has(nextNext) || PRONOUN_BEFORE.test(norm[m.index - 1] ?? ''))) return null;
      // round 26: 一 + a measure word said twice (一次次 / 一遍遍 / 一天天 / 一个个) is "one after another", not a count of one
      if (run === '一' && nextNext === next && next !== '号') return null;
    }
    // round 21: 十分钟 is ten minutes, not 十分 (very) + 钟
    if (run === '十' && norm[m.index + 1] === '分' && norm[m.index + 2] !== '钟' && !/\d/.test(norm[m.index - 1] ?? '')) {
      // 十分感谢 (very): keep, unless it is a clock's minutes (九点十分 has a digit before 点 … handled below)
      if (norm[m.index - 1] !== '点') return null;
    }
    // round 24: 一块五一个 / 两块二一斤 — the 毛 digit after 块, then a lone 一/两 counting the unit the price is for: two
    // numbers (1.5元 a piece), not 51
    if (run.length === 2 && norm[m.index - 1] === '块' && (run[1] === '一' || run[1] === '两') && MEASURE.has(norm[m.index + 2] ?? '') && !NUMERAL_UNIT.test(run)) {
      return `${DIGITS[run[0]!]}毛${DIGITS[run[1]]}`;
    }
    // round 26 (reading): a weekday's numeral before a clock hour ends at the day (周五十七点 / 星期六十点): 五 + 十七点, not 57点
    if (run.length > 1 && weekdayBefore(norm, m.index) && CLOCK_AFTER.test(norm[m.index + run.length] ?? '')) {
      const hour = chineseRunToDigits(run.slice(1));
      // (周一 keeps its 一 before a number, as a lone 一 before digits does: 周一9点)
      if (hour !== null && DIGITS[run[0]!] !== undefined) return `${run[0] === '一' ? '一' : DIGITS[run[0]!]}${hour}`;
    }
    const digits = chineseRunToDigits(run);
    if (run[0] === '一' && run.length > 1 && (digits === null || (run.length === 2 && LONE_AFTER_ONE.test(run[1]!)) || discountTooLong(run, norm, m.index)) && HAN_BEFORE.test(norm[m.index - 1] ?? '')) {
      const rest = chineseRunToDigits(run.slice(1));
      return rest === null ? null : `一${rest}`;
    }
    return digits;
  });
  // 1.5万 → 15000, 3千 → 3000 (Arabic digits with a Chinese unit)
  if (BIG_UNIT_CHARS.test(t.norm)) {
    t = rewrite(t, RE.bigUnit, (m) => {
      const unit = m[2] === '万' ? 10_000 : 1000;
      const v = Number(m[1]) * unit + (m[3] ? Number(m[3]) * (unit / 10) : 0);
      return Number.isFinite(v) ? String(Math.round(v * 100) / 100) : null;
    });
  }
  // clock times: 9点30分 / 9点半 → 9:30; 9点整 / 9点钟 / 9:00 → 9点; 9点05 (two digits) → 9:05
  if (hasClock) t = rewrite(t, RE.clockMinutes, (m) => `${m[1]}:${m[2]!.padStart(2, '0')}`);
  if (hasClock) t = rewrite(t, RE.clockHalf, (m) => `${m[1]}:30`);
  if (hasClock) t = rewrite(t, RE.clockWhole, (m) => `${m[1]}点`);
  if (hasClock) t = rewrite(t, RE.clockZero, (m) => `${m[1]}点`);
  if (hasClock) t = rewrite(t, RE.clockDigits, (m) => `${m[1]}:${m[2]}`);
  // decimals said aloud: 3点5 → 3.5
  if (hasClock) t = rewrite(t, RE.spokenDecimal, (m) => `${m[1]}.${m[2]}`);
  // money: 20块钱 / 20块 / 20元钱 / ¥20 / 20.00元 → 20元; 2块5 → 2.5元
  if (hasMoney) t = rewrite(t, RE.kuaiMao, (m) => `${m[1]}.${m[2]}元`);
  if (hasMoney) t = rewrite(t, RE.money, (m) => `${m[1]}元`);
  if (hasMoney) t = rewrite(t, RE.currencySign, (m) => `${m[1]}元`);
  if (hasMoney) t = rewrite(t, RE.trailingZeros, (m) => (m[2] ? `${m[1]}.${m[2]}元` : `${m[1]}元`));
  return t;
}

/** Folded and numerals canonical: the form vocabulary, fact values and turns are compared in. */
export function normaliseText(text: string): MappedText {
  return canonicaliseNumbers(foldText(text), text);
}

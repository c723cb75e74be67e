/**
 * Personal numbers in transcript text: mobile, landline and E.164 phone numbers, 身份证号 and bank
 * cards — also when spoken (一三八…, 幺 for 1) or read out in groups ("138 0013 8000",
 * "138-0013-8000"), which is how ASR and chat customers write them. A number is only personal when
 * its digits validate (ID checksum and birth date, card Luhn, phone numbering plan), so 工号,
 * amounts, order and ticket numbers, dates and 400/800 hotlines stay readable.
 */
import type { PiiSpan } from './types.js';

const DIGIT_OF: Record<string, string> = {
  零: '0', '〇': '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

function digitOf(ch: string): string | undefined {
  if (ch >= '0' && ch <= '9') return ch;
  if (ch >= '０' && ch <= '９') return String(ch.charCodeAt(0) - 0xff10);
  return DIGIT_OF[ch];
}

/** Characters customers put between digit groups when reading a number out. */
const SEPARATOR = /^[ \u00a0\u3000\-－–]$/u;

interface Group {
  digits: string;
  start: number;
  end: number;
}

/** Maximal digit runs of the text, split into the groups they were written in. */
function digitRuns(text: string): { groups: Group[]; plus: boolean; trailingX: number | null }[] {
  const runs: { groups: Group[]; plus: boolean; trailingX: number | null }[] = [];
  let i = 0;
  while (i < text.length) {
    if (digitOf(text[i]!) === undefined) {
      i++;
      continue;
    }
    const plus = i > 0 && (text[i - 1] === '+' || text[i - 1] === '＋');
    const groups: Group[] = [];
    let trailingX: number | null = null;
    for (;;) {
      const start = i;
      let digits = '';
      while (i < text.length && digitOf(text[i]!) !== undefined) digits += digitOf(text[i++]!);
      groups.push({ digits, start, end: i });
      // one or two separators, then more digits: the same number read out in groups
      let j = i;
      while (j < text.length && j - i < 2 && SEPARATOR.test(text[j]!)) j++;
      if (j > i && j < text.length && digitOf(text[j]!) !== undefined) {
        i = j;
        continue;
      }
      break;
    }
    if (i < text.length && (text[i] === 'X' || text[i] === 'x') && !/[A-Za-z]/u.test(text[i + 1] ?? '')) trailingX = i;
    runs.push({ groups, plus, trailingX });
  }
  return runs;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** 18-digit 身份证号: area, birth date, sequence, ISO 7064 check character. */
export function isIdCard18(id: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/u.test(id)) return false;
  const y = Number(id.slice(6, 10));
  if (y < 1900 || y > 2099 || !validDate(y, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(id[k]) * ID_WEIGHTS[k]!;
  return ID_CHECK[sum % 11] === id[17];
}

/** 15-digit 身份证号 (issued before 1999): area, YYMMDD, sequence; no check digit. */
export function isIdCard15(id: string): boolean {
  return /^[1-8]\d{14}$/u.test(id) && validDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

export function luhnValid(n: string): boolean {
  let sum = 0;
  let double = false;
  for (let k = n.length - 1; k >= 0; k--) {
    let d = n.charCodeAt(k) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

type NumberKind = 'phone' | 'id-card' | 'bank-card';

/** What a whole digit string is, or null when it is not a personal number. */
export function classifyDigits(digits: string, plus: boolean): NumberKind | null {
  if (plus) return /^[1-9]\d{7,14}$/u.test(digits) ? 'phone' : null;
  if (/^(?:0086|86)?1[3-9]\d{9}$/u.test(digits)) return 'phone';
  // 400/800 are the centres' own hotlines, not a person's number
  if (/^(?:400|800)\d{7}$/u.test(digits)) return null;
  if (/^0[1-9]\d{8,10}$/u.test(digits)) return 'phone';
  if (isIdCard18(digits) || isIdCard15(digits)) return 'id-card';
  if (/^[3-69]\d{12,18}$/u.test(digits) && luhnValid(digits)) return 'bank-card';
  return null;
}

/**
 * Words right before a number that say it is not personal (工号 1234, 订单号 …, ¥…, 验证码 …);
 * after them a number is left alone even when its digits happen to validate.
 */
const NOT_PERSONAL_BEFORE =
  /(?:工号|单号|编号|流水号|注册号|代码|参考号|受理号|验证码|分机|金额|余额|积分|额度|[¥￥$]|RMB|尾号|后[四六]位)[\s:：是为的]{0,3}$/iu;
const NOT_PERSONAL_AFTER = /^\s?(?:元|块|人民币|分钟|秒)/u;

const CHINESE_DIGIT_CODES = new Set(Object.keys(DIGIT_OF).map((c) => c.charCodeAt(0)));

function hasSevenDigits(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || CHINESE_DIGIT_CODES.has(c)) && ++count >= 7) return true;
  }
  return false;
}

export function findNumbers(text: string): PiiSpan[] {
  // cheap test first: most turns hold fewer than seven digits in all
  if (!hasSevenDigits(text)) return [];
  const spans: PiiSpan[] = [];
  for (const run of digitRuns(text)) {
    const first = run.groups[0]!;
    const last = run.groups[run.groups.length - 1]!;
    const runStart = run.plus ? first.start - 1 : first.start;
    // part of an identifier such as SF1234… or WO2024…
    if (/[A-Za-z]/u.test(text[runStart - 1] ?? '') || (run.trailingX === null && /[A-Za-z]/u.test(text[last.end] ?? ''))) continue;
    if (NOT_PERSONAL_BEFORE.test(text.slice(Math.max(0, runStart - 8), runStart))) continue;
    const groups = run.groups;
    // the longest contiguous groups that form a personal number, left to right
    let i = 0;
    while (i < groups.length) {
      let matched = false;
      for (let j = groups.length - 1; j >= i; j--) {
        let digits = groups.slice(i, j + 1).map((g) => g.digits).join('');
        let end = groups[j]!.end;
        if (j === groups.length - 1 && run.trailingX !== null && digits.length === 17) {
          digits += 'X';
          end = run.trailingX + 1;
        }
        if (digits.length < 7) break;
        const plus = run.plus && i === 0;
        const kind = classifyDigits(digits, plus);
        if (!kind) continue;
        if (NOT_PERSONAL_AFTER.test(text.slice(end))) continue;
        spans.push({ kind, start: plus ? groups[i]!.start - 1 : groups[i]!.start, end, digits: plus ? `+${digits}` : digits });
        i = j + 1;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
  }
  return spans;
}

/** Keeps the first `head` and last `tail` characters, stars in between (at least one). */
export function starMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** 138****8000, 110***********1234, 6222***********0128: enough to tell numbers apart in evidence. */
export function maskNumber(kind: NumberKind, digits: string): string {
  if (kind === 'phone') {
    const mobile = /^(\+?(?:0086|86)?)(1[3-9]\d{9})$/u.exec(digits);
    if (mobile) return mobile[1]! + starMiddle(mobile[2]!, 3, 4);
    return digits.startsWith('+') ? `+${starMiddle(digits.slice(1), 2, 4)}` : starMiddle(digits, 3, 4);
  }
  if (kind === 'id-card') return starMiddle(digits, 3, 4);
  return starMiddle(digits, 4, 4);
}

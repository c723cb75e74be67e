/**
 * Marks of typed chat that normalise.ts folds (round 22). A sticker or media code in square brackets ([微笑] / [玫瑰] /
 * [图片]: a few Han characters the chat widget shows as a picture) is no typed words: one BREAK, like the emoji it
 * stands for. (A tilde stays as it was, a kept maths symbol: a closing 好的~ reads as a softener, politeness's tests.)
 */

/** A sticker or media code: 1–4 Han characters in square brackets (also silence-turns.ts's bare-receipt reading). */
export const STICKER_SOURCE = '[[［][\\u4e00-\\u9fff]{1,4}[\\]］]';
const STICKER = new RegExp(STICKER_SOURCE, 'y');

/** End (exclusive) of a sticker code opening at `at` in `text`, or -1. */
export function stickerEnd(text: string, at: number): number {
  STICKER.lastIndex = at;
  return STICKER.test(text) ? STICKER.lastIndex : -1;
}

/**
 * A space typed between an ASCII digit and its magnitude (保额 5 万元 / 50 万: the spacing many typists and input
 * methods put between Latin and Han) joins one number; between two numerals elsewhere a space still parts two numbers
 * (ASR digit groups, normalise.ts).
 */
export function spacedMagnitude(last: number, next: number): boolean {
  return last >= 0x30 && last <= 0x39 && (next === 0x4e07 || next === 0x4ebf || next === 0x5343 || next === 0x767e);
}

/**
 * Marks of typed chat that normalise.ts folds (round 22). A tilde (~ / ～, a maths symbol to Unicode) is kept only
 * between two numerals (3~5天, a range); typed elsewhere it is chat's soft sentence end (好的~ / 请稍候～), a BREAK like
 * 。. A sticker or media code in square brackets ([微笑] / [玫瑰] / [图片]: a few Han characters the chat widget shows as
 * a picture) is no typed words: one BREAK, like the emoji it stands for.
 */

/** `~` (U+007E; ～ folds to it). */
export const TILDE = 0x7e;

const STICKER = /[[［][\u4e00-\u9fff]{1,4}[\]］]/y;

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

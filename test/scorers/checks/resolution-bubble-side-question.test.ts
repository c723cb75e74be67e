/**
 * resolution (round 24, chat bubbles): the customer's question is the whole message — an aside opened in one bubble and
 * asked in the next (顺便问下 ‖ 周末能练车吗？ a second apart) is the side question 顺便问下，周末能练车吗？ is, so a polite
 * shrug to it, taken, is no non-answer. Our own wordings (a driving school).
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: 'C1学费', expected: '3800元', wrong: ['4800元'], cues: ['学费', '多少钱'] }] });
type L = [Speaker, string, number];
const verdict = (lines: L[]) => only(resolution(chat(lines), S, rubric)).pass;
const bubbles = (texts: string[], at: number, gap: number): L[] => texts.map((x, k) => ['customer', x, at + k * gap] as L);
const contact = (asked: L[], reply: L[]): L[] => [
  ['agent', '您好，顺风驾校，工号0716为您服务', 500],
  ['customer', '报C1学费多少钱？', 4000],
  ['agent', 'C1学费3800元。', 9000],
  ...asked,
  ['agent', '这个我不太清楚。', 25000],
  ...reply,
  ['agent', '感谢咨询，再见。', 46000],
];
const TAKEN = bubbles(['好的，谢谢。'], 33000, 0);

describe('resolution: a customer question sent as bubbles', () => {
  it('the aside opened in one bubble and asked in the next is a side question', () => {
    expect(verdict(contact(bubbles(['顺便问下，你们周末能练车吗？'], 15000, 0), TAKEN))).toBe(true);
    expect(verdict(contact(bubbles(['顺便问下', '你们周末能练车吗？'], 15000, 1000), TAKEN))).toBe(true);
    expect(verdict(contact(bubbles(['对了，随口问一句', '你们周末能练车吗？'], 15000, 1500), TAKEN))).toBe(true);
  });
  it('not when the customer re-asks it, nor when the bubbles are messages of their own', () => {
    expect(verdict(contact(bubbles(['顺便问下', '你们周末能练车吗？'], 15000, 1000), bubbles(['嗯，那到底能不能练？'], 33000, 0)))).toBe(false);
    expect(verdict(contact(bubbles(['顺便问下', '你们周末能练车吗？'], 15000, 5000), TAKEN))).toBe(false);
  });
});

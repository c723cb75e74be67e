/**
 * empathy (round 23, chat bubbles): "the agent's next two turns" after a complaint count messages — a message the agent
 * sends as two bubbles a second apart (好的，我看看。‖ 请把单号发我。) is one turn, so an apology in the message after it is
 * still in time. Bubbles two seconds or more apart are messages of their own. Our own wordings (a laundry pick-up service).
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type L = [Speaker, string, number];
const verdict = (lines: L[]) => only(empathy(chat(lines), S, rubric)).pass;
const contact = (gap: number): L[] => [
  ['agent', '您好，洗衣上门服务，请问有什么可以帮您？', 1000],
  ['customer', '衣服送回来少了一件，太过分了！', 8000],
  ['agent', '好的，我看一下。', 14000],
  ['agent', '请把取件单号发我。', 14000 + gap],
  ['customer', 'XY2231', 30000],
  ['agent', '真的很抱歉给您添麻烦了，我马上联系门店核对。', 40000],
  ['customer', '好', 48000],
];

describe('empathy: the next two agent messages, not bubbles', () => {
  it('an apology in the message after a two-bubble message is in time', () => {
    expect(verdict(contact(1000))).toBe(true);
  });
  it('three separate messages: the apology in the third is late', () => {
    expect(verdict(contact(5000))).toBe(false);
  });
});

/**
 * hold-etiquette (round 23): the agent's message on coming back from a hold, sent in a chat as two bubbles a second apart
 * (您还在吗？‖ 谢谢您耐心等待，…), thanks the customer as the one bubble would. A thanks sent as a later message after the
 * customer spoke, or a return without any, does not. Our own wordings (a ski-pass desk).
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type L = [Speaker, string, number];
const before: L[] = [
  ['agent', '您好，雪场票务在线客服，请问有什么可以帮您？', 1000],
  ['customer', '我的雪票刷不开闸机', 8000],
  ['agent', '请您稍等，我查一下这张票的状态。', 12000],
];
const verdict = (back: L[]) => only(holdEtiquette(chat([...before, ...back, ['customer', '好的', 90000]]), S, rubric)).pass;

describe('hold-etiquette: the return message sent as bubbles', () => {
  it('reads one bubble and two alike', () => {
    expect(verdict([['agent', '您还在线吗？感谢您耐心等待，这张票需要到窗口重新激活。', 70000]])).toBe(true);
    expect(verdict([['agent', '您还在线吗？', 70000], ['agent', '感谢您耐心等待，这张票需要到窗口重新激活。', 71000]])).toBe(true);
    expect(verdict([['agent', '查到了。', 70000], ['agent', '让您久等了，这张票需要到窗口重新激活。', 71000]])).toBe(true);
  });
  it('a thanks in a later message, after the customer spoke, or none at all, is not the return thanks', () => {
    expect(verdict([['agent', '您还在线吗？', 70000], ['customer', '在', 75000], ['agent', '感谢您耐心等待，这张票需要到窗口重新激活。', 80000]])).toBe(false);
    expect(verdict([['agent', '您还在线吗？', 70000], ['agent', '这张票需要到窗口重新激活。', 71000]])).toBe(false);
  });
});

/**
 * message.ts (round 24): the chat-message helpers every check shares — a message is a run of one speaker's bubbles ≤ 2 s
 * apart with nothing between (context.ts prepare links them); a call's turns are messages of one bubble. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../scorers/context.js';
import { anyBubble, bubbleBefore, firstMessages, inMessage, laterBubble, messageEnd, messageStart, otherBubble } from '../../scorers/message.js';
import { call, chat } from './helpers.js';

const lines: [('agent' | 'customer'), string, number][] = [
  ['agent', '您好，这里是花店。', 1000],
  ['customer', '我想订一束花', 5000],
  ['customer', '明天上午能送到吗', 6000],
  ['agent', '可以的。', 9000],
  ['agent', '请留一下地址。', 10000],
  ['agent', '配送费十元。', 11500],
  ['customer', '好', 20000],
  ['agent', '稍后联系您。', 25000],
];

describe('message helpers', () => {
  const d = prepare(chat(lines)).dialogue;
  it('finds the first and last bubble of a message from any of its bubbles', () => {
    expect([messageStart(d, 4), messageEnd(d, 4)]).toEqual([3, 5]);
    expect([messageStart(d, 0), messageEnd(d, 0)]).toEqual([0, 0]);
    expect([messageStart(d, 2), messageEnd(d, 1)]).toEqual([1, 2]);
  });
  it('walks the other bubbles of a message, not the turns around it', () => {
    const says = (s: string) => (b: { turn: { text: string } }) => b.turn.text.includes(s);
    expect(bubbleBefore(d, 5, says('地址'))).toBe(true);
    expect(bubbleBefore(d, 3, says('送到'))).toBe(false);
    expect(laterBubble(d[3]!, says('配送费'))).toBe(true);
    expect(laterBubble(d[5]!, says('稍后'))).toBe(false);
    expect(otherBubble(d, 4, says('可以'))).toBe(true);
    expect(otherBubble(d, 4, says('地址'))).toBe(false);
    expect(anyBubble(d, 4, says('地址'))).toBe(true);
    expect([inMessage(d[4]!), inMessage(d[6]!)]).toEqual([true, false]);
  });
  it('counts messages, not bubbles', () => {
    const agent = prepare(chat(lines)).agent;
    expect(firstMessages(agent, 2).map((t) => t.turn.text)).toEqual(['您好，这里是花店。', '可以的。', '请留一下地址。', '配送费十元。']);
  });
  it('a call has no bubbles: every turn is its own message', () => {
    const c = prepare(call(lines)).dialogue;
    expect([messageStart(c, 4), messageEnd(c, 4)]).toEqual([4, 4]);
  });
});

/**
 * politeness (round 23): a chat message sent as two bubbles a second apart reads as the one message it is — the answer in
 * the next bubble stands beside an "already told you" as it would in one bubble, a 喂喂 that goes on in the next bubble picks
 * up the line, and a terse bubble whose message goes on courteously (说吧。‖ 请问您要租几天？) or goes on at all is no curt
 * one-word reply. Our own wordings (a bike-rental desk).
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type L = [Speaker, string, number];
const rude = (lines: L[]) => only(politeness(chat(lines), S, rubric)).pass === false;
/** The same contact with agent line `k` sent as two bubbles, split after its first sentence, the second 1 s later. */
function split(lines: L[], k: number): L[] {
  const [who, text, at] = lines[k]!;
  const m = /^(.+?[。？！])(.+)$/u.exec(text)!;
  return [...lines.slice(0, k), [who, m[1]!, at], [who, m[2]!, at + 1000], ...lines.slice(k + 1)];
}

const OPEN: L = ['agent', '您好，单车租赁服务台，请问有什么可以帮您？', 1000];

describe('politeness: a message sent as bubbles', () => {
  it('an answer in the next bubble stands beside the told-you', () => {
    const lines: L[] = [OPEN, ['customer', '押金多少钱？', 8000], ['agent', '押金两百元。', 12000], ['customer', '押金到底多少？', 20000], ['agent', '刚才讲过了。押金两百元，还车就退。', 26000], ['customer', '好', 32000]];
    expect(rude(lines)).toBe(false);
    expect(rude(split(lines, 4))).toBe(false);
  });
  it('the told-you alone stays rude, in a bubble of its own or followed by a question back', () => {
    const alone: L[] = [OPEN, ['customer', '押金多少钱？', 8000], ['agent', '押金两百元。', 12000], ['customer', '押金到底多少？', 20000], ['agent', '刚才讲过了。', 26000], ['customer', '好', 32000]];
    expect(rude(alone)).toBe(true);
    const askedBack: L[] = [OPEN, ['customer', '押金多少钱？', 8000], ['agent', '押金两百元。', 12000], ['customer', '押金到底多少？', 20000], ['agent', '刚才讲过了。', 26000], ['agent', '为什么又问', 27000], ['customer', '好', 32000]];
    expect(rude(askedBack)).toBe(true);
  });
  it('a 喂喂 going on in the next bubble picks up the line; a bare 喂喂 message does not', () => {
    const one: L[] = [['agent', '喂喂？单车租赁服务台，请问您要办什么？', 1000], ['customer', '我想租车', 8000], ['agent', '好的，请您报一下手机号。', 12000]];
    expect(rude(one)).toBe(false);
    expect(rude(split(one, 0))).toBe(false);
    const bare: L[] = [['agent', '喂喂？', 1000], ['agent', '单车租赁服务台，请问您要办什么？', 9000], ['customer', '我想租车', 15000], ['agent', '好的，请您报一下手机号。', 19000]];
    expect(rude(bare)).toBe(true);
  });
  it('terse bubbles of courteous messages are not curt replies; terse messages still are', () => {
    const lines: L[] = [
      OPEN,
      ['customer', '我要租车', 8000],
      ['agent', '说吧。请问您要租几天？', 12000],
      ['customer', '三天', 20000],
      ['agent', '知道了。请您到店出示身份证。', 26000],
      ['customer', '好', 32000],
      ['agent', '行。感谢您的耐心，祝您骑行愉快。', 36000],
    ];
    expect(rude(lines)).toBe(false);
    expect(rude(split(split(split(lines, 6), 4), 2))).toBe(false);
    const terse: L[] = [OPEN, ['customer', '我要租车', 8000], ['agent', '说吧。', 12000], ['customer', '租三天', 20000], ['agent', '知道了。', 26000], ['customer', '然后呢', 32000], ['agent', '身份证号。', 36000], ['customer', '好', 42000], ['agent', '感谢您的耐心，祝您骑行愉快。', 46000]];
    expect(rude(terse)).toBe(true);
  });
});

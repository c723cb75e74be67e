/**
 * silence-turns.ts bareWords (round 22): a receipt typed with an emoji, its skin-tone modifier or a chat sticker code after
 * it (行👍🏻 / 明白了[抱拳] / 知道了😀) is the same bare receipt as 行。— closing, dead-air and response-latency read the
 * customer's last words through it. Words in brackets that are no sticker, or words after the emoji, stay words.
 * Our own wordings (a moving company's chat).
 */
import { describe, expect, it } from 'vitest';
import { bareWords } from '../../../scorers/checks/silence-turns.js';
import { endsOnAcknowledgement } from '../../../scorers/checks/closing-turn.js';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const contact = (last: string) =>
  chat([
    ['agent', '您好，安心搬家在线客服，我是小程', 1000],
    ['customer', '周六上午能派车吗？', 2000],
    ['agent', '周六上午九点可以派车，师傅会提前半小时联系您。', 3000],
    ['agent', '稍后会推送评价，麻烦给本次服务打个分。', 4000],
    ['customer', last, 5000],
  ]);

describe('bare receipts with chat decorations', () => {
  it.each(['行👍🏻', '明白了[抱拳]', '知道了😀', '好的～', '可以［握手］'])('%j is a bare receipt', (typed) => {
    expect(endsOnAcknowledgement(typed)).toBe(true);
  });

  it.each([['行👍🏻', '行。'], ['明白了[抱拳]', '明白了。'], ['知道了😀', '知道了。']])('closing reads %j as %j', (typed, plain) => {
    expect(only(closing(contact(typed), S, rubric)).pass).toBe(only(closing(contact(plain), S, rubric)).pass);
  });

  it('look-alikes: words after the emoji, or in brackets too long for a sticker, are words', () => {
    expect(endsOnAcknowledgement('行👍 那车费怎么算')).toBe(false);
    expect(bareWords('好的[周六上午九点到]')).toContain('周六上午九点到');
  });
});

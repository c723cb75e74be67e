/**
 * resolution: 也 before a not-knowing joins who does not know (我们物业也不了解 / 客服这边也不清楚) — a non-answer —
 * while 也 before "cannot solve" still joins an action that would not help (嚷嚷也解决不了: a dismissal, forbidden-words'
 * business). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const NO_FACTS = scenario();
const reply = (asked: string, said: string) => chat([['agent', '您好，工号3391为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]);
const pass = (asked: string, said: string) => only(resolution(reply(asked, said), NO_FACTS, rubric)).pass;

describe('也 before a not-knowing', () => {
  it('names who does not know: a non-answer', () => {
    expect(pass('小区东门什么时候重新开放？', '抱歉，这个我们物业也不了解情况。')).toBe(false);
    expect(pass('这个活动还会再办吗？', '不好意思，客服这边也不太清楚。')).toBe(false);
  });

  it('an action that would not help, or a not-knowing followed by a look-up, is no non-answer', () => {
    expect(pass('小区东门什么时候重新开放？', '您催也解决不了，施工队说下周一开放。')).toBe(true);
    expect(pass('这个活动还会再办吗？', '客服这边也不太清楚，我帮您问一下运营同事。')).toBe(true);
  });
});

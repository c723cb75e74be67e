/**
 * record-reference (round 17): the keyword, a clause or two about how the number will arrive, then the reading announced
 * (受理号稍后短信发您，我先念一下：…) — the number read is the reference, as is the after-sales ticket's (售后单 + its
 * code); a hotline announced the same way is not. Our own
 * wordings (a water utility).
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const gives = (line: string) => only(recordReference(chat([['agent', '您好，请讲', 500], ['customer', '家里停水了', 1500], ['agent', line, 2500]]), S, rubric)).pass;

describe('record-reference: the reading announced after the keyword', () => {
  it('gives the reference', () => {
    expect(gives('已经给您登记了，受理号稍后短信发您，我先念一下：SW20417736，您记一下')).toBe(true);
    // (…and the after-sales ticket, 售后单 + its code)
    expect(gives('已经给您建了售后单SH8830412，师傅明天联系您')).toBe(true);
  });
  it('gives none', () => {
    expect(gives('受理号稍后短信发您，有问题拨打热线，我念一下：96116')).toBe(false);
  });
});

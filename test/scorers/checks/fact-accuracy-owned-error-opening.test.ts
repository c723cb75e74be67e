/**
 * Round 24: a turn that opens by owning an error — after an apology its first words say the agent's own earlier words
 * were wrong (看漏了 / 看成了别的 / 报串了 / 上一句报得不对 / 前面说的有误), often followed by 以这个为准 and the value a
 * sentence later — restates the fact in the whole turn, as an opening 更正 does: fact-accuracy passes on the corrected
 * value, no-misinformation still fails on the value taken back. Not when the error is the customer's (您记错了), not a
 * 看成 of regarding (可以看成…), and not when the owning comes late in a turn with the value far from it. Wordings are ours.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'tuning', label: '钢琴调音费', expected: '三百五十元', variants: ['350元'], wrong: ['四百五十元', '450元'], cues: ['调音费'] }] });
const said = (later: string) =>
  chat([
    ['customer', '上门调一次钢琴多少钱？', 1000],
    ['agent', '调音费是四百五十元。', 2000],
    ['customer', '哦，好的。', 3000],
    ['agent', later, 4000],
  ]);

describe('facts: a turn opening by owning an error', () => {
  it.each([
    '抱歉，刚才看漏了一行，以这个为准。师傅上门一次收350元。',
    '不好意思 上一句报得不对 以这个为准 师傅上门一次收三百五十元',
    '对不起，我把两份价目表看成了一份，以这个为准。上门一次收三百五十元。',
    '前面说的有误，以这个为准：上门一次收350元。',
    '抱歉，我前面报串了，以这个为准。上门一次收350元。',
  ])('%s', (later) => {
    const i = said(later);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it.each([
    '您记错了吧，上回那位师傅是别家的。我们这边上门一次收350元。',
    '这个可以看成两部分，上门费另算。周末来的话，上门一次收350元。',
    '好的，周末也能约。如果周五之前约那天上门的话师傅说得不对的地方您可以投诉，上门一次收350元。',
  ])('look-alike: %s', (later) => {
    expect(only(factAccuracy(said(later), S, rubric)).pass).toBe(false);
  });
});

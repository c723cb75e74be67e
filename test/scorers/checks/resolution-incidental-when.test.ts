/**
 * resolution (round 13): a question asking when — what time, which day, next time — is about the timing of the
 * customer's own service, never incidental by its place in the contact: a shrug to it stays a non-answer. Wordings are
 * our own, in a trade no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '调音费', expected: '每次200元', wrong: ['每次300元'], cues: ['调音', '费'] }] });
const pass = (side: string, shrug: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号2604为您服务', 500],
        ['customer', '钢琴调音怎么收费？', 1000],
        ['agent', '钢琴调音是每次200元。', 3000],
        ['customer', '要带琴凳吗？', 4000],
        ['agent', '不用带，师傅自己有工具。', 4500],
        ['customer', side, 5000],
        ['agent', shrug, 7000],
        ['customer', '好吧。', 8000],
        ['agent', '还有别的事吗？', 9000],
        ['customer', '没有了。', 10_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: a shrug to a when-question', () => {
  it('stays a non-answer', () => {
    for (const side of ['调音师傅礼拜三能来吗？', '师傅啥时候到？', '下回还能约同一个师傅吗？']) expect(pass(side, '这个我说不准。'), side).toBe(false);
  });
  it('an incidental question with no when is still forgiven', () => {
    expect(pass('你们店招学徒吗？', '招聘的事我这边不太清楚。')).toBe(true);
  });
});

/**
 * resolution: a shrug or pointer elsewhere to a question that is incidental by its place in the contact — after the
 * scenario's fact was stated and a further question of the customer's was answered, naming none of the facts' cues,
 * not going on from the last answer (那… / 这个…), and taken without a re-ask — leaves the question answered even
 * without a side opener. A shrug to the first follow-up, to a question on the matter, or to one going on from the
 * last answer stays a non-answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '寄存费', expected: '每天5元', wrong: ['每天10元'], cues: ['寄存', '费'] }] });
type Lines = Parameters<typeof chat>[0];
const contact = (followUp: string | null, side: string, shrug: string, then = '没有了，谢谢。') => {
  const asked: Lines = followUp
    ? [
        ['customer', followUp, 4000],
        ['agent', '可以的，前台二十四小时有人，随时能取。', 4500],
      ]
    : [];
  return chat([
    ['agent', '您好，工号3318为您服务', 500],
    ['customer', '行李寄存怎么收费？', 1000],
    ['agent', '行李寄存是每天5元。', 3000],
    ...asked,
    ['customer', side, 5000],
    ['agent', shrug, 7000],
    ['agent', '给您登记好了，单号JC2026120501，还有别的事吗？', 8000],
    ['customer', then, 9000],
    ['agent', '不客气，再见。', 11_000],
  ]);
};
const pass = (followUp: string | null, side: string, shrug: string, then?: string) => only(resolution(contact(followUp, side, shrug, then), S, rubric)).pass;

describe('a shrug to an incidental question without an opener', () => {
  it('leaves the question answered after the fact and a follow-up were answered', () => {
    expect(pass('晚上十点以后还能取吗？', '我车停在门口的临时车位要收钱吗？', '停车场的事我们这边管不了')).toBe(true);
    expect(pass('晚上十点以后还能取吗？', '附近哪里能换外币', '换外币我们这里查不到')).toBe(true);
  });

  it('a shrug to the first question after the fact, one on the matter, one going on from the answer, or one asked again stays a non-answer', () => {
    expect(pass(null, '我车停在门口的临时车位要收钱吗？', '停车场的事我们这边管不了')).toBe(false);
    expect(pass('晚上十点以后还能取吗？', '寄存超过一周怎么算？', '这个我们这边查不了')).toBe(false);
    expect(pass('晚上十点以后还能取吗？', '那能不能给我打个折？', '这个我们这边管不了')).toBe(false);
    expect(pass('晚上十点以后还能取吗？', '附近哪里能换外币', '换外币我们这里查不到', '你们连这都查不到吗？')).toBe(false);
  });
});

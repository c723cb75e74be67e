/**
 * resolution: a turn that states a scenario fact answers the customer, so a non-answer in it is excused
 * (具体原因我不清楚，手续费是20元). Not when the fact is a self-correction of a value given in an earlier turn
 * (这个我不清楚。刚才说错了，应该是…): that restates the old answer and leaves the new question open.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'term', label: '寄存期限', expected: '30天', wrong: ['7天'], cues: ['寄存'] }] });
const contact = (reply: string) =>
  chat([
    ['customer', '行李寄存最长多久？', 1000],
    ['agent', '寄存最长7天', 2000],
    ['customer', '超期了怎么收费？', 3000],
    ['agent', reply, 4000],
  ]);

describe('resolution: a correction does not answer the new question', () => {
  it('fails a non-answer followed only by a correction of the earlier fact', () => {
    for (const reply of ['这个我不清楚。刚才说错了，应该是30天', '超期怎么收我这边查不了。更正一下，寄存是30天']) {
      expect(only(resolution(contact(reply), S, rubric)).pass, reply).toBe(false);
    }
  });

  it('a fact first given in the turn with the non-answer still answers', () => {
    const i = chat([
      ['customer', '行李寄存最长多久？超期怎么收？', 1000],
      ['agent', '超期怎么收我不清楚，寄存最长是30天', 2000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });
});

/**
 * Round 26: the customer's grievance (嫌X多/贵…) or fear with a degree word (这么怕X) answered by 那 + a bare 别 before any
 * verb closing its clause is take-it-or-leave-it contempt (轻蔑): rude and a 忌语. Help in the next clause, the plain 怕X
 * (advice), and a verb the customer may skip with an alternative stay clean. Wordings are our own (a kayak rental desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，碧波皮划艇租赁，请问有什么可以帮您', '押金要五百也太多了吧');

describe('round 26: a grievance answered by "then don\'t"', () => {
  it('fails both checks', () => {
    for (const said of [
      '嫌押金多那您别租啊。',
      '这么怕晒那就别报户外团呗',
      '那么怕水 那你别划了',
      '嫌规矩多，那就别办会员嘛。',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '嫌跑一趟麻烦的话，那您别跑了，我给您寄过去。', // help in the next clause
      '怕过敏的话那就别用这款防晒，换成物理防晒的。', // the plain fear: advice
      '押金五百是规定，还船时全额退回，您放心。',
    ]) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});

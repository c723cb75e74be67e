/**
 * Round 21 (a reading bug): 等 + 想好再说 is a time clause — "wait until it is decided" (可以先放着，等想好再说) gives the
 * customer time, as 您想好再说 does; 想好再说 said as the condition for coming back (你想好再说 / 想好再打过来) stays the
 * sending-away. Wordings are our own (a language school).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，语桥外语学校，请问有什么可以帮您', '我还没想好报哪个班');

describe('round 21: waiting until the customer has decided', () => {
  it('gives time', () => {
    for (const said of ['名额可以先帮您留着，等想好再说。', '不影响的，等您考虑好了再定。']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });

  it('the sending-away stays', () => {
    for (const said of ['你想好再说。', '想好了再打过来。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});

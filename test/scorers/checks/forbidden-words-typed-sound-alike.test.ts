/**
 * Round 21 (a reading bug): forbidden-words read its phrases by sound in typed chat too, so a word typed as meant and
 * sounding like a 忌语 across its end (翡翠什么 → 催什么, 鸡什么 → 急什么) was counted. Typed chat is spelt as the agent meant
 * it, as politeness already reads it (rude-lines.ts): a match by sound alone is some other word. The 忌语 typed as such still
 * counts. Wordings are our own (a jewellery counter and a grocer's chat).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，珍宝阁在线客服，请问有什么可以帮您', '你们店里都有哪些货');

describe('round 21: no sound-alike 忌语 in typed chat', () => {
  it('a typed word that only sounds like a 忌语 is not one', () => {
    for (const said of ['店里翡翠什么成色都有，您想看哪种？', '散养的鸡什么时候到货，我帮您问问。']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });

  it('the 忌语 typed as such still counts', () => {
    for (const said of ['催什么催，排着呢。', '急什么，货还没到。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});

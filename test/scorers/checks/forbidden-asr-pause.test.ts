/**
 * Round 25 (ASR reading): the forbidden-words vocabulary reads a space between two Han characters in a recognised call as
 * the clause break it stands for, as the impolite, empathy and closing lists already do (scorers/vocab-scan.ts
 * PAUSE_BREAKS): its constructions that close a clause — the "I told you already" rebuke, the curt hang-up, the brush-off
 * to wait — read the spaced line as they read the same words with commas. A space beside a hesitation filler stays the
 * filler's own pause, and a space between a Han character and a number is a pause as well (…讲过的 200元). Wordings are our own (a bicycle-rental kiosk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const kiosk = replyAtDesk('您好，绿道单车租赁点，请问有什么需要', '押金是多少来着？');
const spaced = (said: string) => said.replace(/[，。？！]/gu, ' ').replace(/ +/gu, ' ').trim();

describe('forbidden-words: the punctuated and the spaced line read alike', () => {
  it('forbidden either way', () => {
    for (const said of ['我刚刚讲过了，押金两百块钱。', '押金都跟您讲过了，200元。', '就这样，挂了。', '等着吧，车子修好了自然通知。']) {
      expect(kiosk.forbidden(said), said).toBe(true);
      expect(kiosk.forbidden(spaced(said)), spaced(said)).toBe(true);
    }
  });

  it('look-alikes stay clean either way', () => {
    for (const said of ['我再给您讲一遍，押金两百块钱。', '押金我给您说一下，200元。', '好的，那我先挂了，有事您再打过来。', '您稍等一下，车子修好了我马上通知您。']) {
      expect(kiosk.forbidden(said), said).toBe(false);
      expect(kiosk.forbidden(spaced(said)), spaced(said)).toBe(false);
    }
  });
});

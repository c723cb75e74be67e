/**
 * Round 22 (ASR reading): the impolite vocabulary reads a space between two Han characters in a recognised call as the
 * clause break it stands for (…讲两遍了 按住… ends the rebuke as a comma does), and two of its constructions that span a
 * pause — the dislike then "then don't come" (嫌…慢 那您别来) and "your own … , what has it to do with us" (您自己…
 * 跟我们有什么关系) — now read the comma as they read the space. Wordings are our own (a gym's front desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const desk = replyAtDesk('您好，铁馆健身前台，请问有什么可以帮您', '团课总是排不上，怎么回事？');
const spaced = (said: string) => said.replace(/[，。？！]/gu, ' ').replace(/ +/gu, ' ').trim();

describe('politeness: the punctuated and the spaced line read alike', () => {
  it('rude either way', () => {
    for (const said of ['我都讲两遍了，按住复位键。', '嫌排队慢，那您别来。', '您自己练不练，跟我们有什么关系？']) {
      expect(desk.rude(said), said).toBe(true);
      expect(desk.rude(spaced(said)), spaced(said)).toBe(true);
    }
  });

  it('look-alikes stay courteous either way', () => {
    for (const said of ['您嫌排队慢的话，可以预约早上的时段。', '我再给您讲一遍，按住复位键。', '您自己约的课，跟我们前台说一声就行。']) {
      expect(desk.rude(said), said).toBe(false);
      expect(desk.rude(spaced(said)), spaced(said)).toBe(false);
    }
  });
});

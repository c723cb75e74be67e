/**
 * Round 22 (speech-recognition homophones): resolution's own constructions of "I cannot answer" are read as
 * heard in speech — a recogniser's slip inside 不了解 / 没办法 / 说不好 is the same non-answer — and as written in
 * typed chat (a homophone typed is another word). Wordings are our own (a bicycle repair desk).
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { NON_ANSWER, NON_ANSWER_HEARD } from '../../../scorers/checks/non-answer-forms.js';
import { heardText } from '../../../scorers/text/patterns.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const lines = (said: string): ['agent' | 'customer', string, number][] => [
  ['agent', '您好，车行维修部，请问有什么可以帮您', 1000],
  ['customer', '变速器换一套大概要几天', 3000],
  ['agent', said, 6000],
  ['customer', '哦那好吧', 9000],
];
const spoken = (said: string) => only(resolution(call(lines(said)), S, rubric)).pass;
const typed = (said: string) => only(resolution(chat(lines(said)), S, rubric)).pass;

describe('NON_ANSWER_HEARD: the forms as heard', () => {
  const heard = (s: string) => NON_ANSWER_HEARD.some((re) => re.test(heardText(s)));
  it('reads the slipped and the clean form alike', () => {
    for (const [clean, slipped] of [['这个零件我不了解', '这个零件我不了姐'], ['工期我没办法确定', '工期我没半法确定'], ['这个真说不好', '这个真说布好']]) {
      expect(heard(clean), clean).toBe(true);
      expect(heard(slipped), slipped).toBe(true);
      expect(NON_ANSWER.some((re) => re.test(slipped)), `${slipped} as written`).toBe(false);
    }
  });
  it('keeps its guards and its other sounds out', () => {
    // 不了解的 modifies a noun (the look-ahead), 说不好意思 is an apology, 没办法说话 cannot talk now, 不料 is another sound
    for (const s of ['有不了解的地方随时问', '您慢慢说不好意思', '信号差没办法说话', '不料零件缺货']) expect(heard(s), s).toBe(false);
  });
});

describe('resolution: a slipped non-answer in speech is a non-answer, in typed chat it is not read so', () => {
  it('fails the call clean or slipped', () => {
    for (const said of ['这个我不太了解', '这个我不太了姐', '这个我没办法查', '这个我玫办法查']) expect(spoken(said), said).toBe(false);
  });
  it('does not read a typed homophone as the non-answer', () => {
    expect(typed('这个我不太了解')).toBe(false);
    expect(typed('这个我不太了姐')).not.toBe(false);
  });
  it('passes a look-alike answer in speech', () => {
    for (const said of ['大概三天，不料缺货的话会晚一点', '三天左右，有不了解的地方随时问我']) expect(spoken(said), said).not.toBe(false);
  });
});

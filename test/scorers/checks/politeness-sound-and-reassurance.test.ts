/**
 * Politeness reads a 忌语 as rude only where it was said: typed chat is spelt as meant (a sound-alike is another
 * word), two syllables are too few to tell a word by sound, and an order that follows a reassurance to 您 in the
 * same sentence calms the customer down. Wordings are our own (a heating company, a library, a parcel locker).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const chatSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));
const callSays = (...lines: string[]) => call(lines.map((text, k) => ['agent', text, 1000 + k * 3000, 3000 + k * 3000] as ['agent', string, number, number]));

describe('politeness: a 忌语 found only by sound', () => {
  it('typed chat: a water-supply time is not 赖谁 (the sound-alike is another word)', () => {
    const i = chatSays('您好，热力公司在线客服，请问有什么可以帮您？', '管道修好了，今晚十点前来水。', '好的，谢谢您，再见。');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('speech: two syllables by sound (来水) are too few to stand for 赖谁', () => {
    const i = callSays('您好 热力公司 请问有什么可以帮您', '管道修好了 今晚十点前来水', '好的 谢谢您 再见');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('speech: three syllables by sound still stand for the 忌语 (记什么 heard for 急什么, said to 你)', () => {
    const i = callSays('您好 图书馆 请问有什么可以帮您', '你记什么记 排着队呢', '好的 再见');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('typed chat: the 忌语 written as such is still rude', () => {
    const i = chatSays('您好，图书馆在线客服，请问有什么可以帮您？', '你急什么急，排着队呢。', '好的，再见。');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});

describe('politeness: an order after a reassurance to 您', () => {
  it('您先别着急，先听我说 calms the customer down: courteous', () => {
    const i = chatSays('您好，快递柜客服，请问有什么可以帮您？', '您先别着急，先听我说，柜子已经远程打开了。', '好的，谢谢您的耐心。');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('您放心，听我说完 in speech, comma-joined: courteous', () => {
    const i = callSays('您好 快递柜客服 请问有什么可以帮您', '您放心，听我说完，包裹还在柜子里', '好的 谢谢您');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('a reassurance in an earlier sentence does not soften the order (您别急。先听我说)', () => {
    const i = chatSays('您好，快递柜客服，请问有什么可以帮您？', '您别急。你先听我说完，别插嘴。', '好的，谢谢。');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('您 in a clause that is part of the order softens nothing (您听我说，不要打断我)', () => {
    const i = chatSays('您好，快递柜客服，请问有什么可以帮您？', '您听我说，不要打断我。', '好的，谢谢。');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('an order that itself says 你 stays rude after a reassurance (您别急，你先听我说完)', () => {
    const i = chatSays('您好，快递柜客服，请问有什么可以帮您？', '您别急，你先闭嘴听我说完。', '好的，谢谢。');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});

/**
 * A harsh 忌语 that a politeness look-alike (rubric impoliteLookAlikes) overlaps stays a 忌语 but is not rude: who is
 * evaluated and what the words do decide, not the category. Wordings are our own (a bicycle rental, a dental clinic),
 * not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** A courteous chat with `said` as the agent's answer in the middle. */
const contact = (said: string) =>
  chat([
    ['agent', '您好，单车租赁客服，请问有什么可以帮您', 1000],
    ['customer', '你好，我想问一下押金的事', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(contact(said), S, rubric)).pass === false;
const forbidden = (said: string) => only(forbiddenWords(contact(said), S, rubric)).pass === false;

describe('politeness look-alikes: our fault denied is not the customer blamed', () => {
  it('"can\'t blame us" is a 忌语 (buck-passing) in a courteous call, not rudeness', () => {
    for (const said of ['押金是系统自动扣的，这个怪不了我们', '车锁坏了也怪不着我们客服']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('the customer blamed stays rude: "can\'t blame anyone else", "blame yourself"', () => {
    for (const said of ['你自己没还车，怪不了别人', '只能怪你自己没看说明']) {
      expect(rude(said), said).toBe(true);
    }
  });
});

describe('politeness look-alikes: "stop asking" closing a refusal or a referral is its tail', () => {
  it('after a refusal or a referral, "stop asking" is a 忌语 only (also run on without a clause end)', () => {
    for (const said of ['押金改不了，别再问了', '这个你找银行去，别来问我们', '退不了别问了押金按规则扣']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('"stop asking" on its own, or with exasperation, stays rude', () => {
    for (const said of ['别问了，烦不烦', '你别老问我了，我又不是管这个的']) {
      expect(rude(said), said).toBe(true);
    }
  });
});

describe('politeness: the greeting 喂你好 is no rude 喂', () => {
  it('a courteous call opened with 喂你好 passes; 喂，你听见没 is still rude', () => {
    const greeted = chat([
      ['agent', '喂你好，单车租赁客服，请问有什么可以帮您', 1000],
      ['customer', '你好，我想问一下押金的事', 2000],
      ['agent', '押金会在还车后三个工作日内原路退回，请您放心', 3000],
      ['customer', '好的', 4000],
      ['agent', '感谢您的来电，再见', 5000],
    ]);
    expect(only(politeness(greeted, S, rubric)).pass).toBe(true);
    expect(rude('喂，你听见没，押金三天退')).toBe(true);
  });
});

/**
 * Rhetorical questions thrown back at the customer instead of an answer or in place of courtesy: the set retort
 * 你问我，我问谁. Look-alikes keep a real question or a look-up. Wordings are our own (a tailor's shop, a
 * lift-maintenance line), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，裁缝铺预约热线，请问有什么可以帮您', 1000],
    ['customer', '我的西装改短了两公分，还能放回去吗', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: 你问我，我问谁', () => {
  it('the retort fails, punctuated or run on, 你 or 您', () => {
    for (const said of ['这个你问我我问谁', '您问我，我又问谁去']) expect(rude(said), said).toBe(true);
  });
  it('a question about the question, a look-up, stay courteous', () => {
    for (const said of ['您问我的这个情况，我问一下师傅再回复您', '您问的我问过店长了，可以放回去一公分']) expect(rude(said), said).toBe(false);
  });
});

describe('politeness: "couldn\'t you have done it first?" asked back', () => {
  it('a negated ability or knowledge with 先, asked of the customer, fails', () => {
    for (const said of ['你们自己不会先量一下尺寸吗', '您不知道先试穿一下吗']) expect(rude(said), said).toBe(true);
  });
  it('a step offered with 先 stays courteous', () => {
    for (const said of ['您可以先试穿一下，不合适我再帮您放', '请问能不能先帮您量一下尺寸']) expect(rude(said), said).toBe(false);
  });
});

describe('politeness: the question asked and answered for the customer', () => {
  it('你懂…吗？不懂就… / 您会…吗，不会就别… fail', () => {
    for (const said of ['你懂面料吗？不懂就听师傅的', '您会量吗，不会就别自己量']) expect(rude(said), said).toBe(true);
  });
  it('a real question followed by an offer stays courteous', () => {
    for (const said of ['您知道店里地址吗？不知道就我发给您', '您会量尺寸吗？不会的话我教您']) expect(rude(said), said).toBe(false);
  });
});


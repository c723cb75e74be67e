/**
 * The customer's voice called noise and silenced (别嚷嚷 / 吵什么吵), and the customer called petty over a small sum.
 * Look-alikes: a reassurance (您别急), a bad line eased (您别喊了，我听得到), another noise (别的声音). Wordings are our
 * own (a bike-sharing line, a laundry), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，洗衣店客服，请问有什么可以帮您', 1000],
    ['customer', '你们把我衬衫洗缩水了，我很生气', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: the customer silenced as noise', () => {
  it('别嚷嚷 / 少吵 followed by the order or closing the clause, 吵什么吵, fail', () => {
    for (const said of ['你别嚷嚷听我说', '少吵吵，按流程来', '嚷什么嚷']) expect(rude(said), said).toBe(true);
  });
  it('a reassurance, a bad line eased, another noise stay courteous', () => {
    for (const said of ['您别急，我马上帮您查', '您别喊了，我听得到，您慢慢说', '您那边别的声音有点大，我听不太清']) expect(rude(said), said).toBe(false);
  });
});

describe('politeness: the customer called petty over a small sum', () => {
  it('这么点钱你也计较 / 这几块钱您还要计较 fail', () => {
    for (const said of ['这么点钱你也计较', '这几块钱您还要计较啊']) expect(rude(said), said).toBe(true);
  });
  it('thanks for a small matter, and 不计较, stay courteous', () => {
    for (const said of ['这么点小事您还特意打电话来，真是太谢谢您了', '我们不计较这些，直接给您重洗']) expect(rude(said), said).toBe(false);
  });
});


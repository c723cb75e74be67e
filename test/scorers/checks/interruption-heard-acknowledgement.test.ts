/**
 * Round 22 (speech-recognition homophones): a short acknowledgement said over the customer is a backchannel, not an
 * interruption, also when the recogniser wrote it with a homophone (式的 for 是的, 队 for 对): the acknowledgement is
 * read as heard. A short turn of other sounds (等等, 地址) over the customer still interrupts. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { interruption } from '../../../scorers/checks/speech.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();

const over = (said: string) =>
  call([
    ['agent', '您好，家电维修热线，请问有什么可以帮您', 500, 2500],
    ['customer', '我家洗衣机脱水的时候一直响，声音特别大，楼下都来敲门了', 3000, 12000],
    ['agent', said, 5000, 6000],
    ['customer', '你们能不能派个师傅上门看看', 12500, 14500],
    ['agent', '可以的，我给您登记上门维修', 15500, 17500],
  ]);

describe('interruption: an acknowledgement over the customer, read as heard', () => {
  it('the clean and the slipped acknowledgement are both listening', () => {
    for (const said of ['是的', '式的', '对', '队', '好的', '号的']) expect(only(interruption(over(said), S, rubric)).pass, said).toBe(true);
  });
  it('a short turn of other words over the customer still interrupts', () => {
    for (const said of ['等等', '慢点', '地址']) expect(only(interruption(over(said), S, rubric)).pass, said).toBe(false);
  });
});

/**
 * interruption (round 19): the agent's reply listed right after the customer's sentence but timed at or before its start
 * (the agent began answering at once) is said over the whole sentence and cuts in; a backchannel there is listening, a
 * bare receipt from the customer is no sentence to cut into, and a reply that starts after the customer finished is no
 * overlap at all. Our own wordings (a bike-share line).
 */
import { describe, expect, it } from 'vitest';
import { interruption } from '../../../scorers/checks/speech.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const contact = (said: string, reply: string, replyStart: number, replyEnd: number) =>
  call([
    ['agent', '您好，单车服务热线，请问有什么可以帮您', 500, 3000],
    ['customer', said, 4000, 6000],
    ['agent', reply, replyStart, replyEnd],
    ['customer', '好的，谢谢', 9000, 10000],
  ]);

describe('interruption: a reply listed after the customer, timed from its start', () => {
  it('a reply begun at or before the customer started talking cuts in', () => {
    expect(only(interruption(contact('车锁打不开，扣了我两块钱', '您把车牌号报给我，我马上查', 3700, 7500), S, rubric)).pass).toBe(false);
    expect(only(interruption(contact('车锁打不开，扣了我两块钱', '您把车牌号报给我，我马上查', 4000, 7500), S, rubric)).pass).toBe(false);
  });
  it('a backchannel, a bare receipt from the customer, or a reply after the sentence pass', () => {
    expect(only(interruption(contact('车锁打不开，扣了我两块钱', '嗯', 3900, 4200), S, rubric)).pass).toBe(true);
    expect(only(interruption(contact('嗯，好的', '您把车牌号报给我，我马上查', 3800, 7500), S, rubric)).pass).toBe(true);
    expect(only(interruption(contact('车锁打不开，扣了我两块钱', '您把车牌号报给我，我马上查', 6500, 8500), S, rubric)).pass).toBe(true);
  });
});

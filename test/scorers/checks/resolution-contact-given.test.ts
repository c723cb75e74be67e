/**
 * resolution: a non-answer followed by the way to the answer given to the customer (我把维修站的电话给您 / 把网点地址告诉您)
 * remedies it, sent or said; asking for the customer's own number (把您的号码给我 / 把手机号码给我) does not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号6021为您服务', 500], ['customer', '换下来的旧电池你们回收吗？', 1000], ['agent', said, 3000]]);

describe('the way to the answer given', () => {
  it('remedies the non-answer, sent or said', () => {
    for (const said of ['这个我回答不了，但我可以把回收站的直线电话给您', '这个我不清楚，我把网点地址告诉您，您去问一下', '这个我不清楚，我把回收组的号码发到您手机上']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('the customer\'s own number asked for does not', () => {
    for (const said of ['这个我不清楚，您把您的号码给我', '这个我不清楚，麻烦把手机号码给我，您稍后留意']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

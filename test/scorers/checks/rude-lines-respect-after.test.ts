/**
 * checks/rude-lines.ts: 您 softens a harsh 忌语 only when it stands in the words or before them in their clause
 * (您投诉也没用 / 是您自己没注意). A 您 just after it in an unpunctuated speech run opens the next sentence and softens
 * nothing. Wordings are our own (a parcel-locker desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好 快递柜服务热线 请问有什么可以帮您', '柜门一直打不开 我都等了半小时了');

describe('rude-lines: 您 after the 忌语', () => {
  it('a 您 opening the next sentence leaves the words before it rude', () => {
    for (const said of ['要投诉就去投诉呗您的柜门我这边远程开一下', '别啰嗦了您把取件码报一下']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('the 忌语 aimed at 您 in its own words or before them stays a 忌语 only', () => {
    for (const said of ['您投诉也没用 柜子是物业的', '是您自己没注意柜门上的提示']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('asking what is still unclear is no rebuke', () => {
    expect(rude('跟您说了这么多 您看怎么还不明白的地方我再讲一遍')).toBe(false);
  });
});

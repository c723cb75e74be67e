/**
 * closing: leave to hang up said as all the customer need do (您先挂机就好), a thanks running into 回头 + the promise to
 * get back, and a survey invitation whose tail welcomes any verdict or names the rating's vehicle with 的 (N/A when the
 * customer walks out on it). Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

const agentLast = (last: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问下借书证丢了怎么补', 3000],
    ['agent', '带身份证到一楼服务台就能补，还有别的需要吗', 6000],
    ['customer', '没有了', 8000],
    ['agent', last, 9000],
  ]);

const walkOut = (invite: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问下借书证丢了怎么补', 3000],
    ['agent', `带身份证到一楼服务台就能补。${invite}`, 6000],
    ['customer', '公交到站了，我先不说了', 8000],
  ]);

describe('closing: leave to hang up, thanks before 回头', () => {
  it('您先挂机就好 / 先挂电话就行 end the contact', () => {
    for (const last of ['好的，您先挂机就好', '没事，您先挂电话就行']) expect(only(closing(agentLast(last), S, rubric)).pass, last).toBe(true);
  });
  it('a thanks running into 回头 + the promise to get back closes', () => {
    expect(only(closing(agentLast('嗯谢谢您回头补好了我们短信通知您'), S, rubric)).pass).toBe(true);
  });
  it('a 回头 promise with no thanks and no leave is still no closing', () => {
    expect(only(closing(agentLast('回头补好了我们短信通知'), S, rubric)).pass).toBe(false);
  });
});

describe('closing: the survey invitation\'s tail', () => {
  it('a welcome to any verdict, or the rating\'s vehicle joined by 的, keeps the invitation the last words (walk-out N/A)', () => {
    for (const invite of ['稍后请您给这次服务评价一下，满意不满意都可以讲', '一会儿有个评分的小问卷麻烦您填一下']) {
      expect(only(closing(walkOut(invite), S, rubric)).pass, invite).toBe('na');
    }
  });
  it('more business after the invitation still owes the closing', () => {
    expect(only(closing(walkOut('稍后请您评价一下，补证要交十元工本费'), S, rubric)).pass).toBe(false);
  });
});

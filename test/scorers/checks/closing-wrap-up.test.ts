/**
 * closing: when the contact reached its wrap-up (确认需求 asked in any word order, the customer saying
 * there is nothing more or taking leave) the agent owed a 结束语; a customer who walked out before
 * that leaves the check N/A. Wordings are our own, in domains no corpus set covers.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

/** A short contact: the answer, then `agentLast` (if any), then the customer's last line. */
function ending(agentLast: string | null, customerLast: string) {
  const turns: ['agent' | 'customer', string, number][] = [
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问下船票改签要手续费吗', 3000],
    ['agent', '开船前两小时以上改签免费', 6000],
  ];
  if (agentLast) turns.push(['agent', agentLast, 8000]);
  turns.push(['customer', customerLast, 10000]);
  return chat(turns);
}

describe('closing: the wrap-up question in spoken word orders', () => {
  it('其他…还有…吗, a closing 不 particle and 还有没有… count as 确认需求 (closing then owed: fail, not N/A)', () => {
    for (const asked of ['其他还有想了解的吗', '别的还需要我帮您查什么吗', '还有啥要办的不？', '那还有没有别的问题']) {
      expect(only(closing(ending(asked, '嗯，知道了'), S, rubric)).pass, asked).toBe(false);
    }
  });

  it('statements with the same words are no wrap-up: the customer who then leaves left mid-contact', () => {
    for (const said of ['其他还有两班明天的', '别的还要再等一下通知', '还有什么不清楚的地方我再查']) {
      expect(only(closing(ending(said, '行吧，知道了'), S, rubric)).pass, said).toBe('na');
    }
  });
});

describe('closing: the customer closing the topic with 没事了', () => {
  it('那没事了 / 行，那没事了 / 好的没啥事了 end the business: the closing is owed', () => {
    for (const said of ['那没事了', '行，那没事了，再见', '好的没啥事了谢谢', '嗯那没别的事了']) {
      expect(only(closing(ending(null, said), S, rubric)).pass, said).toBe(false);
    }
  });

  it('a state report (现在没事了) or a question (没事了吧) is no such answer: N/A when the customer leaves', () => {
    for (const said of ['手机重启后现在没事了', '那是不是就没事了吧？', '孩子没事了']) {
      expect(only(closing(ending(null, said), S, rubric)).pass, said).toBe('na');
    }
  });
});

describe('closing: 没了 that worries about a thing is no "nothing more"', () => {
  it('a question whether something is gone (余额会不会没了) does not mark the wrap-up: the walk-out stays N/A', () => {
    for (const said of ['那我的积分会不会没了', '优惠券是不是没了？', '里程早就没了吧']) {
      const walkOut = chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', said, 3000],
        ['agent', '积分不受影响，照常可以用', 6000],
        ['customer', '行吧，知道了', 9000],
      ]);
      expect(only(closing(walkOut, S, rubric)).pass, said).toBe('na');
    }
    expect(only(closing(ending(null, '嗯没了，谢谢'), S, rubric)).pass).toBe(false);
  });
});

describe('closing: the customer ending on thanks or a goodbye', () => {
  it('好的谢谢，再见 as the last turn ends the contact by agreement: the closing is owed even without a wrap-up question', () => {
    for (const said of ['好的谢谢，再见', '嗯行，多谢啊', '哦明白了，拜拜']) {
      expect(only(closing(ending('改签在订单页面点一下就行', said), S, rubric)).pass, said).toBe(false);
    }
  });

  it('a walk-out that thanks on the way (算了，谢谢) or a 谢谢 earlier in the contact leaves it N/A', () => {
    for (const said of ['算了算了，谢谢', '我这边有事，先挂了，谢谢']) {
      expect(only(closing(ending('改签在订单页面点一下就行', said), S, rubric)).pass, said).toBe('na');
    }
    const thankedEarlier = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', '好的谢谢，我想问下船票改签要手续费吗', 3000],
      ['agent', '开船前两小时以上改签免费', 6000],
      ['customer', '行吧，我再想想', 9000],
    ]);
    expect(only(closing(thankedEarlier, S, rubric)).pass).toBe('na');
  });
});

describe('closing: a clipped 拜 after the backchannel', () => {
  const endsWith = (agentLast: string) =>
    chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', '我想问下船票改签要手续费吗', 3000],
      ['agent', '开船前两小时以上改签免费，还有别的吗', 6000],
      ['customer', '没了', 7000],
      ['agent', agentLast, 8000],
    ]);
  it('嗯行 拜 / 好 拜拜 take leave', () => {
    for (const last of ['嗯行 拜 ', '好的 拜拜']) expect(only(closing(endsWith(last), S, rubric)).pass, last).toBe(true);
  });
  it('拜 inside a word (拜托 / 崇拜) does not', () => {
    for (const last of ['那拜托您了', '嗯行 拜托']) expect(only(closing(endsWith(last), S, rubric)).pass, last).toBe(false);
  });
});

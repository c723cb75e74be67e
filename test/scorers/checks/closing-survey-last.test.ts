/**
 * closing: a customer who leaves on the agent's survey invitation (the agent's last words) took the agent's
 * closing turn — the goodbye follows the invitation — so the check is N/A; an invitation followed by more
 * business, or a wrap-up question asked before, still owes the closing. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

function ending(agentLines: string[], customerLast: string) {
  const turns: ['agent' | 'customer', string, number][] = [
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问下游泳卡能不能转给家人', 3000],
    ['agent', '可以转，带上双方身份证到前台办理', 6000],
    ['customer', '好的', 7000],
  ];
  agentLines.forEach((l, k) => turns.push(['agent', l, 8000 + k * 1000]));
  turns.push(['customer', customerLast, 12000]);
  return chat(turns);
}

describe('closing: the customer leaving on the survey invitation', () => {
  it('the invitation (and only a request to rate after it) as the agent\'s last words: N/A', () => {
    for (const invite of ['挂机后会有个满意度评价，麻烦按一下', '待会儿有条评价短信，请您给个好评', '稍后请对我的服务做个评价']) {
      expect(only(closing(ending([invite], '行，那我先挂了'), S, rubric)).pass, invite).toBe('na');
    }
  });

  it('more business after the invitation, or a wrap-up question before it: the closing was owed', () => {
    expect(only(closing(ending(['稍后有个满意度评价，麻烦给打个分，转卡手续已经给您登记好了'], '行，挂了'), S, rubric)).pass).toBe(false);
    expect(only(closing(ending(['还有其他需要帮您的吗', '稍后请对我的服务做个评价'], '没有了，挂了'), S, rubric)).pass).toBe(false);
  });

  it('an invitation followed by the goodbye passes', () => {
    expect(only(closing(ending(['稍后请对我的服务做个评价，感谢您的来电，再见'], '再见'), S, rubric)).pass).toBe(true);
  });
});

describe('closing: the rated object after the rating word', () => {
  it('belongs to the invitation: an unpunctuated 评价本次服务 麻烦点一下 still ends on the survey (N/A)', () => {
    for (const invite of ['一会儿会有短信请您评价本次服务 麻烦抽空点一下', '稍后系统邀请您评价我的服务请您点一下']) {
      expect(only(closing(ending([invite], '行，那我先挂了'), S, rubric)).pass, invite).toBe('na');
    }
  });
  it('business after the rated object still owes the closing', () => {
    expect(only(closing(ending(['一会儿请您评价本次服务 退款三天内到账'], '行，那我先挂了'), S, rubric)).pass).toBe(false);
  });
});

describe('closing: 还请 asks for the rating too', () => {
  it('an invitation ending 还请您多提宝贵意见 is the agent\'s last word (N/A when the customer leaves on it)', () => {
    expect(only(closing(ending(['稍后有个服务回访评价，还请您多给点意见'], '行，那我先挂了'), S, rubric)).pass).toBe('na');
  });
});

describe('closing: a customer who answers the invitation with thanks or goodbye', () => {
  it('left by agreement, not on the invitation: the agent owed the close (fail, not N/A)', () => {
    for (const last of ['好的谢谢，再见', '行，多谢啦，拜拜', '嗯嗯，谢谢']) {
      expect(only(closing(ending(['稍后请对我的服务做个评价'], last), S, rubric)).pass, last).toBe(false);
    }
  });
});

/**
 * resolution: a buck-passing or abusive 忌语 (or a bare hedged guess) given in place of the answer to a question (no number, time, yes/no,
 * step or request for details in the turn or the agent's next one) is a non-answer; the same words beside an
 * answer, after a remark that is no question, or deflecting a side question are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { holdsAnswerContent } from '../../../scorers/checks/stance-non-answer.js';
import { prepare } from '../../../scorers/context.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const NO_FACTS = scenario();
const reply = (asked: string, said: string, then?: string) =>
  chat([['agent', '您好，工号7302为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000], ...(then ? [['agent', then, 5000] as ['agent', string, number]] : [])]);
const pass = (asked: string, said: string, then?: string) => only(resolution(reply(asked, said, then), NO_FACTS, rubric)).pass;

describe('a buck-passing or abusive reply with no answer in it', () => {
  it('is a non-answer', () => {
    expect(pass('我家暖气片不热，你们什么时候派人来看？', '这不是我们的问题，你找错地方了。')).toBe(false);
    expect(pass('我的退款怎么还没到账？', '你找谁都没用，这不是我们的问题')).toBe(false);
    expect(pass('这个快递能不能改地址？', '你脑子有病吧')).toBe(false);
  });

  it('beside an answer (a time, a yes/no, the step to take) it answers, rudely', () => {
    expect(pass('我家暖气片不热，你们什么时候派人来看？', '这不是我们的问题，明天上午师傅上门。')).toBe(true);
    expect(pass('这个快递能不能改地址？', '能，这不是我们的问题，你在APP里点修改地址就行')).toBe(true);
    expect(pass('我的退款怎么还没到账？', '你找谁都没用，退款3到5天到账')).toBe(true);
  });

  it('answered in the agent\'s next turn before the customer speaks, it answers', () => {
    expect(pass('我的退款怎么还没到账？', '你找谁都没用。', '退款一般3个工作日内到账。')).toBe(true);
  });

  it('after a remark that is no question, or deflecting a side question, it is forbidden-words\' business only', () => {
    expect(pass('我就是想跟你们说一声。', '这不是我们的问题，你找错地方了。')).toBe(true);
    expect(pass('对了，小区停车的事你们管吗？', '你找错地方了。')).toBe(true);
  });
});

describe('a bare hedged guess', () => {
  it('is a non-answer: a short reply that is only a guess closed by 吧', () => {
    expect(pass('我的积分什么时候能到账？', '应该快了吧')).toBe(false);
    expect(pass('路由器一直闪红灯是坏了吗？', '估计是线路的问题吧')).toBe(false);
  });
  it('a guess with the answer beside it, a longer reply, a look-up after it, or a guess that is no reply to a question are not', () => {
    expect(pass('我的积分什么时候能到账？', '应该明天到吧')).toBe(true);
    expect(pass('路由器一直闪红灯是坏了吗？', '估计是线路的问题吧，您先把光猫电源拔下来等十秒再插上，看看灯会不会变绿')).toBe(true);
    expect(pass('我的积分什么时候能到账？', '应该快了吧', '我帮您查一下，请稍等')).toBe(true);
    expect(pass('我刚刚把积分兑换了。', '应该快了吧')).toBe(true);
  });
});

describe('holdsAnswerContent', () => {
  const turns = (asked: string, said: string) => {
    const p = prepare(reply(asked, said));
    return [p.agent[1]!, p.customer[0]!] as const;
  };
  it('a number the customer did not say answers; an echo of theirs does not', () => {
    expect(holdsAnswerContent(...turns('水费怎么要20吨的钱？', '一个月就收30吨的钱'))).toBe(true);
    expect(holdsAnswerContent(...turns('水费怎么要20吨的钱？', '20吨？那您家可真能用'))).toBe(false);
  });
  it('a yes/no opening a clause answers, inside a clause it does not', () => {
    expect(holdsAnswerContent(...turns('能退吗？', '对对对，都说了'))).toBe(true);
    expect(holdsAnswerContent(...turns('能退吗？', '办不了，找别人去'))).toBe(true);
    expect(holdsAnswerContent(...turns('能退吗？', '这事谁也不能保证你'))).toBe(false);
  });
});

/**
 * agent-id by construction (scorers/checks/self-introduction.ts): a frame + modifiers + a role noun the lists do not
 * know (recognised by its head: …员 / …专员 / 顾问 / 坐席 / 座席) + a name or a staff code, and a role + a code without a
 * frame. Our own wordings (a ski resort, a pharmacy chain, a port authority, a library).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { constructedIntroduction } from '../../../scorers/checks/self-introduction.js';
import { viewOf } from '../../../scorers/text/view.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: frame + modifiers + open-class role + name', () => {
  it('counts trade titles no list names, with modifiers before them', () => {
    for (const line of [
      '您好，我是雪场调度员钟一鸣，请问需要什么帮助？',
      '这边是药房值班药剂员何晓，您请讲',
      '您好，我是今天的在线咨询员朵朵，有什么可以帮您',
      '我是港务热线受理员罗文，请说',
      '您好这里是图书馆我是本次的借阅顾问阿敏您说',
    ]) {
      expect(says(line), line).toBe(true);
    }
  });

  it('counts the same without punctuation on a call', () => {
    expect(saysOnCall('喂您好我是热线坐席员宋佳您请讲')).toBe(true);
  });
});

describe('agent-id: role + staff code, framed or not', () => {
  it('a role head then letters and digits, or digits read out', () => {
    for (const line of ['您好，值班调度员B21在线为您服务', '你好，服务专员四七零二为您服务', '我是话务员3390，请问您办理什么']) {
      expect(says(line), line).toBe(true);
    }
  });

  it('a service line number after a role is the line, not the agent', () => {
    for (const line of ['您好，值班受理员95566为您服务', '这里是热线客服12319，请讲']) {
      expect(says(line), line).toBe(false);
    }
  });
});

describe('agent-id: look-alikes of the construction', () => {
  it('a role with nothing name-shaped after it names no one', () => {
    for (const line of ['您好，我是热线受理员，请问有什么可以帮您', '我是客服代表，您请讲', '我是您的专属顾问，您说', '这里是港务热线，请讲', '我是在线咨询员哈哈，您说']) {
      expect(says(line), line).toBe(false);
    }
  });

  it('an amount or a time after a role word is no staff code', () => {
    for (const line of ['您好，快递员15点左右到', '我是客服，维修员120元上门费']) expect(says(line), line).toBe(false);
  });

  it('matches exactly only: a brand that sounds like role + surname is no introduction', () => {
    expect(constructedIntroduction(viewOf('您好，这里是清源供水，请问办理什么'))).toBeNull();
    expect(constructedIntroduction(viewOf('您好，我是热线座席员钟一鸣'))).not.toBeNull();
  });
});

describe('agent-id: the name first, then the role after a pause', () => {
  it('counts name + pause (comma or a space in the transcript) + role', () => {
    for (const line of ['您好，我是韩冰，值班受理员，请问有什么需要', '您好 我是孟晓 雪场咨询员 您说', '我是邵一帆 票务专员 有什么可以帮您']) {
      expect(says(line), line).toBe(true);
    }
  });

  it('run together, a surname-shaped place or brand before a role is no name', () => {
    for (const line of ['您好，我是江宁供电客服，请讲', '您好，我是金山港务咨询员，您说']) expect(says(line), line).toBe(false);
  });
});

describe('agent-id: the name ends where the agent turns to the customer', () => {
  it('a name followed straight by 您 / 你 / 请', () => {
    for (const line of ['我是值班受理员邱雨您慢慢讲', '我是雪场咨询员陆遥你说吧']) expect(saysOnCall(line), line).toBe(true);
  });
});

describe('agent-id: a role that is the subject of a sentence is no title', () => {
  it('坐席已接入 / 客服正在处理 name no one, even where 已 sounds like the surname 易', () => {
    for (const line of ['您好，坐席已接入，您慢慢说', '您好，客服正在接入，请稍候', '您好，专员将为您处理']) expect(says(line), line).toBe(false);
  });
});

describe("agent-id: the possessor nearest the keyword owns the number", () => {
  it("感谢您的反馈我的工号是… is the agent's number", () => {
    expect(saysOnCall('好的感谢您的反馈 我的工号是六二七一 您在哪个区')).toBe(true);
  });
  it('您的…编号 is still the customer’s', () => {
    expect(says('您好，您的会员编号是5521吗')).toBe(false);
  });
});

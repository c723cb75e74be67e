/**
 * agent-id by structure on unpunctuated calls [S22 主动提供服务人员识别信息]: "I am" + a qualified role + a name with
 * nothing after it to mark where the name ends, and the name first then the role it holds for the customer; while
 * "this is 小X…" is a brand as often as a person. Our own wordings (a piano shop, a ferry line, a florist).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;
const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;

describe('agent-id: introductions that ASR runs together', () => {
  it('counts a qualified role + name and a name + 您的 role', () => {
    for (const line of ['我是售后顾问蒋琳 琴行客服中心 请讲', '我是值班专员郑涛轮渡热线 您请说', '您好 我是韩雪 您的专属管家 请问有什么需要']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });

  it('names no one in a role alone, or a surname-shaped word after it', () => {
    for (const line of ['我是售后客服马上为您查询', '我是在线客服高兴为您服务', '您好 我是您的专属顾问 请问有什么需要', '我是客服方便说一下订单号吗', '客服随时为您服务']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });

  it('a real surname that starts a service word is still a name (高明, 马丽)', () => {
    for (const line of ['客服高明为您服务', '客服马丽为您服务']) expect(saysOnCall(line), line).toBe(true);
  });
});

describe('agent-id: "this is 小X…" names a person only when the name ends there', () => {
  it('a brand that starts with 小 is no name', () => {
    for (const line of ['这里是小栖花坊 请说您的问题', '这边是小鹿琴行，请问有什么可以帮您']) {
      expect(says(line), line).toBe(false);
    }
  });

  it('the nickname alone still is', () => {
    for (const line of ['这里是小叶，请问有什么可以帮您', '这边是小舟为您服务']) {
      expect(says(line), line).toBe(true);
    }
  });
});

/**
 * agent-id by structure [S22 主动提供服务人员识别信息] in speech-recognised calls: a name the transcript runs into what
 * follows (a listed surname said at once after the role), a name ended by a spoken filler, a title the role lists do not
 * know followed by a full name that visibly ends, and role + a three-character name as a clause of its own. Look-alikes:
 * a role followed by a filler or a question (names no one), 我是老师 (a role, not the nickname 老X), a firm or a
 * question after 这边是. Wordings are our own (a dental clinic, a gym, a moving company).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;
const saysInChat = (line: string) => only(agentId(chat([['agent', line, 1000], ['customer', '我想约个时间', 2000], ['agent', '好的，您说', 3000]]), S, rubric)).pass;

describe('agent-id: a name run into the sentence or ended by a filler', () => {
  it('role + a listed surname said at once, whatever follows', () => {
    for (const line of ['我是搬家顾问钟立行李多不多', '您好 我是健身顾问莫凡呃您是想办卡吗', '我是门诊顾问谭静那个请问您约哪天']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
  it('a title the lists do not know + a full name that visibly ends', () => {
    for (const line of ['我是搬运队长罗刚请问您几楼', '我是前台护士长孟洁 您牙还疼吗', '我是门店店长韩旭呃您说']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
  it('role + a three-character name as a clause of its own', () => {
    expect(saysInChat('您好，我是会籍顾问宁思远，请问想了解哪种卡？')).toBe(true);
  });
});

describe('agent-id: still no one named', () => {
  it('a role followed by a filler or a question', () => {
    for (const line of ['我是客服 呃 您想约哪天', '我是前台 那个 请问您贵姓', '我是工作人员 办什么', '我是客服代表什么事']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
  it('我是老师 is a role; a surname-shaped word after the role is no name', () => {
    for (const line of ['我是老师', '我是安装师傅包括拆旧都管', '这边是想问哪方面', '这边是康安口腔门诊']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});

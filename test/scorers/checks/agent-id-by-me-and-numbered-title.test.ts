/**
 * round 24: agent-id — two introduction frames (checks/self-introduction-frames.ts):
 *   - 由我 + a name + (来) + 为/给/帮/替 + 您 + the service verb: the name between 由我 and the verb is the speaker's, whatever
 *     the verb (the verdict must not flip between 为您服务 and 为您处理 / 来给您解答);
 *   - a staff number + 号 + a trade's qualifier of more than four characters + a role head + the offer.
 * Look-alikes: 由我们 / 由我司 / 由我老师 (no name), a date or a line number before 号, no role head before the offer.
 * Wordings are our own (an exam registration desk, a land registry, a social-security line).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;
const saysInChat = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;

describe('agent-id: 由我 + a name + the service verb', () => {
  it('a nickname or a full name between 由我 and 为/给/帮 + 您', () => {
    for (const line of ['您好今天由我老商来给您解答报名的问题', '由我阿珂帮您办理，您先说下情况', '这边由我欧阳倩为你核对一下']) {
      expect(saysOnCall(line), line).toBe(true);
    }
    expect(saysInChat('您好，接下来由我小井为您登记，请问您要报哪一科？')).toBe(true);
  });
  it('no name after 由我', () => {
    for (const line of ['由我们替您办理', '这笔费用由我司为您承担', '由我老师为您解答不了', '这个由我小时候为您']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});

describe('agent-id: staff number + 号 + a long qualifier + role + the offer', () => {
  it('the qualifier runs past four characters before the role head', () => {
    for (const line of ['您好 3319号不动产登记咨询专员为您服务', 'D8806号社保政策咨询员为您服务 您请讲']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
  it('a date, a line number, or no role head before the offer', () => {
    for (const line of ['今天是3月15号消费者权益保护日客服为您服务', '您好12345号码为您服务', '您好 3319号不动产登记中心为您服务']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});

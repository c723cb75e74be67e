/**
 * agent-id: a role followed by a particle or a question word names no one (我是在线客服哈, 我是客服 什么事
 * run together by ASR, where 什么 sounds like the surname 沈); a role + 小X names someone, whatever the role.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: false names after a role', () => {
  it('a particle or a question word after the role is no name', () => {
    for (const line of ['您好，我是人工客服哈，请问办什么', '我是值班客服呀', '我是客服 什么事', '这边是客服 怎么了']) {
      expect(says(line), line).toBe(false);
    }
    expect(saysOnCall('你好 我是客服 什么事')).toBe(false);
  });

  it('real names after the role still count, including a surname that sounds like 什', () => {
    for (const line of ['您好，我是客服沈明', '我是在线客服小叶', '您好，我是用药助理小棠', '我是维修工程师阿杰']) {
      expect(says(line), line).toBe(true);
    }
  });
});

/**
 * agent-id (round 17): 技术支持 and 督导 as role heads before a name (我是技术支持小魏 / 区域督导Lily), a three-character
 * nickname after a framed role that ends the clause, and a brand's 智能 in the clause before a staff code (…智能家居，
 * 坐席3318) is no bot persona. Look-alikes: a bot persona in the name's own clause, 小组 after a role, a role with no
 * name. Wordings are our own (a smart-lock maker, a bakery chain).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const says = (line: string) => only(agentId(chat([['agent', line, 1000], ['customer', '门锁打不开了', 2000], ['agent', '好的，您说', 3000]]), scenario(), rubric)).pass;

describe('agent-id: support titles, three-character nicknames, a brand before a staff code', () => {
  it('introduces', () => {
    for (const line of ['您好，我是技术支持小魏，门锁什么情况？', '我这边是区域督导Lily，您请讲', '您好，我这边是售后顾问阿福仔，您说', '欢迎联系安途智能家居，坐席3318，请问有什么可以帮您？']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('names no one', () => {
    for (const line of ['您好，我是智能客服小安，请问', '您好，我这边是技术支持，请问什么情况', '您好，我是售后小组的，请问门锁怎么了']) {
      expect(says(line), line).toBe(false);
    }
  });
});

/**
 * agent-id: a name in apposition to the role it holds for the customer (…，吴倩，您的专属顾问), a role + name + 在这儿,
 * a letter-led staff number after 我是 (我是C2047号) — and 由人工为您服务, where 由人工 is no name. Our own wordings
 * (a ferry line, a gym, a property office).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;

describe('agent-id: apposition, presence and letter-led numbers', () => {
  it('counts them', () => {
    for (const line of ['您好，欢迎来到海鸥轮渡在线客服，吴倩，您的专属顾问，请问去哪个码头？', '健身中心在线小钱，您的专属服务管家，请讲', '您好，物业值班客服郑涛在这儿，请问什么事', '物业服务中心，我是C2047号，请讲']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('does not count the human line, a word before a role that is not held by a name, or a bare number', () => {
    for (const line of ['您好，今天是由人工为您服务，请问去哪个码头', '您好，周末，您的专属顾问不在', '您好，现在是由专人为您服务', '我是7号楼的住户']) {
      expect(says(line), line).toBe(false);
    }
  });
});

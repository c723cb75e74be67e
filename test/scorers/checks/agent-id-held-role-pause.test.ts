/**
 * round 24: agent-id — 您的 (+ 专属/对接 …) + a role + a full name read the same with spaces for punctuation: a pause in
 * speech before 您的 opens the clause and a pause after the name (or a filler then a pause) ends it, as commas do
 * (checks/intro-forms.ts heldRoleName). Look-alikes: a word that starts with a surname (周末), a bot's role, the phrase
 * inside a sentence (稍后您的专属顾问X会联系您). Wordings are our own (a flower studio, a print shop).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: the role held for the customer + a name, pauses for commas', () => {
  it('the same verdict with commas and with pauses', () => {
    for (const line of ['您好，这边是快印图文，您的对接客服柳青，请问要印什么', '您好 这边是快印图文 您的对接客服柳青 那个请问要印什么', '您好 这边是花艺工作室 您的专属顾问柳青就是 您说']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
  it('no name, a bot, or the phrase inside a sentence', () => {
    for (const line of ['您的对接客服周末 不上班', '您的智能客服周周 请讲', '稍后您的专属顾问林芳会联系您', '您的专属顾问方便的时候联系您']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});

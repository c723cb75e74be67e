/** agent-id: a name given to a bot or assistant persona (…，您的智能助手 / 智能客服X) names no member of staff. Our own wordings. */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), scenario(), rubric)).pass;

describe('agent-id: bot personas', () => {
  it('a persona named as the assistant or the smart service is no staff name', () => {
    for (const line of ['您好，我是小航，您的智能助手', '您好，智能客服小宁为您服务', '您好，我是阿福，您的专属AI助手']) expect(says(line), line).toBe(false);
  });
  it('a person who mentions the bot later in the turn still introduces themself', () => {
    for (const line of ['您好，我是客服小宁，机器人没解决的问题我来处理', '您好，我是小宁，这边是人工客服，刚才智能助手没答上的我来看']) expect(says(line), line).toBe(true);
  });
});

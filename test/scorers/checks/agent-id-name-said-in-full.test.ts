/** agent-id: the name said in full, 我的名字叫X / 我名字是X, introduces the agent as 我叫X does; a role alone does not. Our own wordings. */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const introduced = (first: string) => only(agentId(chat([['agent', first, 1000]]), scenario(), rubric)).pass;

describe('agent-id: 我的名字叫 + a name', () => {
  it('names the agent', () => {
    for (const first of ['您好，图书馆服务台，我的名字叫周雨桐', '您好，我名字是韩立，请讲']) expect(introduced(first), first).toBe(true);
  });
  it('a role alone names no one', () => {
    for (const first of ['您好，我是服务台的工作人员', '您好，图书馆服务台，请讲']) expect(introduced(first), first).toBe(false);
  });
});

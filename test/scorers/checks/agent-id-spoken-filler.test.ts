/** agent-id: a spoken filler between 工号 and the digits does not part them; a filler with no digits after it names no one. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const opening = (line: string) =>
  only(agentId(chat([['agent', line, 1000], ['customer', '我想问一下电费', 2000], ['agent', '好的，请讲', 3000]]), S, rubric)).pass;

describe('agent-id: fillers in a spoken staff number', () => {
  it('工号是 呃 + the number still counts', () => {
    for (const line of ['您好 这边工号是 呃 四零七二 您请讲', '您好，我工号 嗯 3518，请问什么事']) expect(opening(line), line).toBe(true);
  });

  it('a filler and then words, or a single digit, names no one', () => {
    for (const line of ['您好 工号是 呃 稍后播报 您请讲', '您好，工号 嗯 7，请讲']) expect(opening(line), line).toBe(false);
  });
});

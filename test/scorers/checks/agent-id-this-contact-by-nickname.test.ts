/**
 * agent-id, round 25 [S22 主动提供服务人员识别信息]: 本次 / 这次 / 今天 + 由 + a nickname + 为/给您 + any verb (本次由小X为您解答):
 * "this contact" names the one serving it now, as 由我小X does, and the verb may be any — 本次由小X为您服务 already counted, so
 * the verdict must not flip with 服务 → 解答 / 办理. Look-alikes: 由 + a nickname with no "this contact" (a colleague who will
 * handle it: 这个问题由小X为您处理), 由小组 (a unit), 由我们 (no one). Our own wordings (a luggage-repair line).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: round-25 本次由 + a nickname + any verb', () => {
  it('本次 / 今天 + 由 + 小X / 阿X + 为您 + 解答 / 办理', () => {
    for (const line of ['箱包维修热线您好 本次由阿宁为您解答', '您好，今天由小彤给您办理，请问箱子哪里坏了']) expect(says(line), line).toBe(true);
  });
  it('a colleague to come, a unit, or 我们 names no one', () => {
    for (const line of ['您好，拉杆的问题由小彤为您处理', '您好，本次由小组为您处理', '您好，本次由我们为您解答']) expect(says(line), line).toBe(false);
  });
});

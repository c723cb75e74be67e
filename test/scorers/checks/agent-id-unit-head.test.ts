/**
 * agent-id, round 21 [S22 主动提供服务人员识别信息]: the head of a unit — a unit word + 长 (组长 / 店长 / 站长 / 队长) — is a
 * title before a name as any role head is (我是值班组长X / 我是店长X 呃…), the name ending where names visibly end (the
 * clause, the offer, a filler, 请问). Look-alikes: 长 as an adjective or a verb after the unit word (长期 / 组长时间…), a
 * title with nothing name-shaped after it. Our own wordings (a bakery, a ski resort, a fleet garage).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: round-21 a unit head before a name', () => {
  it('组长 / 店长 / 站长 / 队长 + a name ending visibly', () => {
    for (const line of ['您好 我是烘焙组长贝贝您说', '雪场服务中心 我是夜班站长冉冉请问您要订什么', '您好，我是车队队长朱立，请讲', '麦香面包坊 我是店长菲菲 呃 您有什么需要']) {
      expect(says(line), line).toBe(true);
    }
  });
});

describe('agent-id: round-21 unit-head look-alikes name no one', () => {
  it('the title alone, or 长 that is no title', () => {
    for (const line of ['您好 我是这边的店长 请问您要订什么', '您好 我是值班组长，请讲', '我是店长期负责这块的 您说']) {
      expect(says(line), line).toBe(false);
    }
  });
});

/**
 * agent-id, round 21 — reading bugs [S22 主动提供服务人员识别信息]: a role word or a name read across a word boundary.
 *   - 客服 inside a customer noun + 服务 (旅客服务中心 / 乘客服务站: 客 belongs to 旅客, 服务 is one word): no role;
 *   - 员 inside 员工 (我是X的员工): the generic word for staff, no role head with a name after it;
 *   - by sound, the slot of a name holding a service unit or place (…客服务处 ~ 客服 + 吴处) or the staff word (员工 ~ 袁工);
 *   - a negated clause after the role (我是客服不是机器人 / 我是坐席没有…): 不 / 没 deny and start no name.
 * Real names in the same frames still count. Our own wordings (a railway station, a ferry pier, a garden centre).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: round-21 words read across a boundary name no one', () => {
  it('a customer noun + 服务 + a unit, the staff word 员工, a negation after the role', () => {
    for (const line of [
      '您好 这边是旅客服务中心 您说',
      '码头乘客服务站，请讲',
      '您好 这里是绿野园艺 我是园艺部的员工 您说',
      '您好 我是人工客服不是语音导航 请讲',
      '这边是坐席没有转接 您说',
      '出站口左手边就是旅客服务处',
    ]) {
      expect(says(line), line).toBe(false);
    }
  });
});

describe('agent-id: round-21 real names in the same frames', () => {
  it('a surname + given name after the role, a titled surname after a unit', () => {
    for (const line of ['您好 我是客服卜强 请讲', '我是人工客服梅芳请讲', '我是园艺部的袁工 您说', '您好 这边是旅客服务中心 我是客服邓琳 您说']) {
      expect(says(line), line).toBe(true);
    }
  });
});

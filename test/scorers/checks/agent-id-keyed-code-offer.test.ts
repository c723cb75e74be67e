/**
 * agent-id, round 25 [S22 主动提供服务人员识别信息]: an id keyword + a staff code + 的 + any title + the offer (编号X的Y为您服务 /
 * 编码X的Y接待您): the offer says the one numbered serves the customer, so the title needs no role head, and 编码 is a
 * keyword as 编号 is. Look-alikes: a record's number (订单编号 / 运单编号 … + 的 + a thing), a future third party (…的师傅会接待您).
 * Our own wordings (a ferry line, a pet shop, a tax desk).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: round-25 keyword + code + 的 + title + the offer', () => {
  it('编号 / 编码 / 工号 + the code + 的 + any title + 为您服务 / 接待您', () => {
    for (const line of ['轮渡售票咨询 编号五二六八的票务员为您服务', '萌宠之家您好，宠物顾问编码K九一的小帮手接待您，请讲', '您好 工号3390的办税专员为您解答']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('a record\'s number, or someone who will serve later, names no one here', () => {
    for (const line of ['您好，运单编号582316的包裹为您服务到家', '您好，编号4471的维修师傅会接待您']) expect(says(line), line).toBe(false);
  });
});

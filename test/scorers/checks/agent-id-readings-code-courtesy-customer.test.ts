/**
 * round 24: agent-id — three readings:
 *   - 编号 + a staff code + 的 + a titled role handing over to the customer (请… / 您…) is the agent's code, as before the
 *     offer (为您服务): the role ends where the agent turns to the customer, so 的 + role is no object after the number;
 *   - a courtesy word that starts with a listed surname (辛苦, as 谢谢) is no name after a role: 我是…客服 辛苦您… names no one;
 *   - by sound, 客服 found across a customer noun + 服务 (旅客服务 / 游客服务 / 乘客服务: 客 is the customer's) is no role.
 * Wordings are our own (a repair desk, a switchboard, a coach station, a scenic area, a port).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: 编号 + code + 的 + a role handing over to the customer', () => {
  it('the role then 请 / 您', () => {
    for (const line of ['嗯 您好 我是编号T三零八的售后客服 您请说', '我是编号幺五六二的接线员 请问什么事']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
  it('an object numbered, or the customer\'s order', () => {
    for (const line of ['您的订单编号2231的快递员会联系您', '编号3307的包裹请您查收']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});

describe('agent-id: a courtesy word is no name', () => {
  it('辛苦 after a role at a pause', () => {
    expect(saysOnCall('您好 我是馆里的管理员 辛苦您跑一趟')).toBe(false);
    expect(saysOnCall('我是店里的客服 辛苦您久等了')).toBe(false);
  });
  it('a name with that surname still counts', () => {
    expect(saysOnCall('我是客服 辛晓 为您服务')).toBe(true);
    expect(saysOnCall('我是店里的顾问辛悦您请讲')).toBe(true);
  });
});

describe('agent-id: 客服 heard across a customer noun + 服务', () => {
  it('the line of a service for travellers or visitors names no one', () => {
    for (const line of ['您好这边是长途客运旅客服务就是 请讲', '你好 这里是景区游客服务那个 您说', '您好这里是港口旅客服务就是 您请讲']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
  it('客服 as a role still introduces', () => {
    expect(saysOnCall('您好这里是港口客服小林 您请讲')).toBe(true);
  });
});

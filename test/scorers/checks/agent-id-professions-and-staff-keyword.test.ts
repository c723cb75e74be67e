/**
 * agent-id: the professions' …师 and 售后 as role heads (我是值班律师X / 我是咨询师Amy / 我是售后小X), names with the
 * next most frequent 百家姓 surnames (葛/柯/包/祁 …), a staff number + 号 + any role noun (60231号咨询员为您服务), and a
 * 工号 that is the agent's whatever follows it (工号B72的X医助 / 工号尾号是C19). Look-alikes: a role with no name, a
 * profession's workplace, 很荣幸, an object's number with 的. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const opens = (line: string) =>
  only(
    agentId(
      call([
        ['agent', line, 1000, 3000],
        ['customer', '你好，我想问个事', 4000, 5000],
        ['agent', '好的，您说', 6000, 7000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('agent-id: professions, more surnames, number + role, 工号', () => {
  it('introduces the agent', () => {
    for (const line of [
      '您好，我是今天的值班律师葛明，请讲',
      '您好，营养门诊，我是营养师柯蓝',
      '您好，我是理财规划师祁峰，有什么可以帮您',
      '您好，家电售后，我是售后小蔓，您说',
      '您好，我是结算专员包宁。',
      '您好，社保热线，60231号咨询员为您服务',
      '您好，康复中心，工号B72的卓医助为您服务',
      '您好，客服邢远，工号尾号是C19，请问有什么可以帮您',
    ]) {
      expect(opens(line), line).toBe(true);
    }
  });

  it('names no one', () => {
    for (const line of ['您好，我是热线客服，请问有什么可以帮您', '您好，我是值班律师，请讲', '我是客服很荣幸为您服务', '您的报修编号1024的工单已经派出']) {
      expect(opens(line), line).toBe(false);
    }
  });
});

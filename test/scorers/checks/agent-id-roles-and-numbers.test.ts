/**
 * agent-id: a role is no name (我是客服经理 / 由客服为您服务 / 客服代表为您服务 name no one, while a role chain ending
 * in a name does: 值班客服主管老周); a number after an id keyword that belongs to a thing (编号为3307的包裹) or to a
 * line (服务号95566) or to the customer (您的工号) is no staff id; a staff number has at least two digits; more
 * service forms of the introduction (the unit before the name, 人员 as the role, 叫我…, 我是 + digits). Wordings
 * are our own.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const opening = (first: string) =>
  only(agentId(chat([['agent', first, 1000], ['customer', '你好，我想咨询一下', 2000], ['agent', '好的，您请说', 3000]]), scenario(), rubric)).pass;

describe('agent-id: no one named', () => {
  it('a role, a compound role or a role before 为您服务 names no one', () => {
    for (const first of ['您好，我是理赔经理，请讲', '您好，我是售后客服主管，有什么事', '您好，下面由坐席为您服务', '您好，我是您的专属顾问，请讲', '您好，我是在线客服代表，请问什么问题']) {
      expect(opening(first), first).toBe(false);
    }
  });

  it('a number of a thing, of a line or of the customer is no staff id', () => {
    for (const first of ['您好，编号为4471的快递已经签收了', '您好，请问是查编号56的工单吗', '您好，我们的服务号是95566', '您好，请提供一下您的工号3302', '您好，6号专员为您服务']) {
      expect(opening(first), first).toBe(false);
    }
  });
});

describe('agent-id: introductions in more service forms', () => {
  it('identify the agent', () => {
    for (const first of [
      '您好，我是值班客服主管老周，请讲',
      '您好，维修部孙工为您服务',
      '您好，客服中心小唐为您服务',
      '您好，我是客服人员韩梅，请问有什么需要',
      '您好，您叫我小茉就好，请问需要什么帮助',
      '您好 我是六六零八 请讲',
      '您好，我是城北自来水公司营业服务中心的小方，请问什么事',
      '您好，我是供电营业厅的吴倩，请讲',
      '您好，工号95731为您服务',
    ]) {
      expect(opening(first), first).toBe(true);
    }
  });
});

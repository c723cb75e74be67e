/**
 * record-reference: a 编号 said straight after the agent's own introduction in its first turns (我是…营养师X编号…) is its
 * staff number, not a record; a 记录号 / 记录编号 issued for the contact is a reference. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });

const contact = (first: string, later: string) =>
  call([
    ['agent', first, 1000, 5000],
    ['customer', '我想改一下复查的时间', 6000, 8000],
    ['agent', later, 9000, 12000],
    ['customer', '好的谢谢', 13000, 14000],
    ['agent', '不客气再见', 14500, 15500],
  ]);

describe('record-reference: the staff number after the introduction; a record number', () => {
  it('编号 right after the introduced name is the agent\'s', () => {
    expect(only(recordReference(contact('您好 我是这边的门诊营养师孔悦编号NT五十八 请问您要办理什么', '已经改到下周三上午了'), S, rubric)).pass).toBe(false);
  });
  it('a record number given for the contact is a reference', () => {
    expect(only(recordReference(contact('您好 请问您要办理什么', '已经改到下周三上午了 服务记录号AB一二三四五六'), S, rubric)).pass).toBe(true);
  });
});

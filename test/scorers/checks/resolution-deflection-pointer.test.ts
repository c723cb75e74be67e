/**
 * resolution: the pointer elsewhere that completes a deflection (你再打一遍总机吧 / 你去问物业吧) is part of the
 * deflection, not an answer after it — a spoken turn without punctuation too; real help after it (a transfer, a
 * number sent, an answer) still answers. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { call, only, rubric, scenario } from '../helpers.js';

const NO_FACTS = scenario();
const spoken = (asked: string, said: string) =>
  call([['agent', '您好 很高兴为您服务 工号6120', 500, 2500], ['customer', asked, 3000, 6000], ['agent', said, 6500, 10000]]);
const pass = (asked: string, said: string) => only(resolution(spoken(asked, said), NO_FACTS, rubric)).pass;

describe('a deflection and its pointer elsewhere', () => {
  it('is a non-answer, the pointer no answer after it', () => {
    expect(pass('我那个停车月卡能不能续到明年', '这个不是我们部门的 你再打一遍总机问问吧')).toBe(false);
    expect(pass('小区的路灯什么时候修', '这个不归我们管 你去问问街道办吧')).toBe(false);
  });

  it('help or an answer after the deflection still answers', () => {
    expect(pass('我那个停车月卡能不能续到明年', '这个不是我们部门的 但我可以帮您转到停车场管理处')).toBe(true);
    expect(pass('小区的路灯什么时候修', '路灯不归我们管 不过街道已经排了 下周三之前修好')).toBe(true);
  });
});

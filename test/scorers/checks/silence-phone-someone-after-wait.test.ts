/**
 * dead-air (round 26): after a request to wait, the agent naming whom it is about to phone (稍候，我给仓库打个电话 / 我这边给
 * 值班室打一个内线问问) leaves the look-up still ahead — the silence after it is the wait announced, as 我去跟值班经理确认一下 is.
 * Not a call already made (打了个电话，…), whose report answers the look-up in the turn. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** An agent line, a 40 s silence, then the agent back with the answer and no thanks for the wait. */
const heldAfter = (before: string) =>
  chat([
    ['agent', '您好，家电售后在线客服，请讲。', 1000],
    ['customer', '我买的洗碗机什么时候能装？', 6000],
    ['agent', before, 12000],
    ['agent', '安装师傅排在周四下午。', 52000],
  ]);
const kinds = (before: string) => accountSilences(heldAfter(before), rubric).silences.map((s) => s.kind);

describe('silence accounting: whom the agent will phone, after the request to wait', () => {
  it('the phone call still ahead announces the wait', () => {
    for (const before of ['稍候一下，我给安装网点打个电话问问。', '您稍等，我这边给仓储部打一个内线。']) {
      expect(kinds(before), before).toEqual(['announced-hold']);
      expect(only(deadAir(heldAfter(before), S, rubric)).pass, before).toBe(true);
    }
  });
  it('a call already made, reported in the turn, announces nothing', () => {
    const before = '稍候，我刚给网点打了个电话，师傅说这周都排满了没法再加单。';
    expect(kinds(before), before).not.toContain('announced-hold');
  });
});

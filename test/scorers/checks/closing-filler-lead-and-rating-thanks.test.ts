/**
 * closing, round 26:
 *   - a reading: a spoken filler (呃 / 额 / 那个 / 就是) standing where a writer puts the comma before the thanks or the wish
 *     (呃 谢谢您 / …就是谢谢您 期待… / …那个祝您…) hid the clause start the thanks and wish forms are anchored at: 嗯 谢谢您
 *     closed, 呃 谢谢您 did not;
 *   - the thanks that ends the rating invitation (稍后请给我的服务打个分，谢谢。) thanks for the rating even as the agent's last
 *     words: with no 结束语 in the closing turns it is none; one said before the invitation still closes.
 * Our own wordings (a pottery studio, a boat rental).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

function ends(agentLines: string[], voice = true) {
  const lines: ['agent' | 'customer', string, number, number][] = [
    ['agent', '您好，陶艺工作室，请问有什么需要', 1000, 3000],
    ['customer', '我想问下周六的拉坯课还有位置吗', 4000, 7000],
    ['agent', '周六下午还有两个位置', 8000, 10000],
    ['customer', '好的 那我知道了', 11000, 12500],
  ];
  agentLines.forEach((l, k) => lines.push(['agent', l, 13000 + k * 4000, 15000 + k * 4000]));
  return voice ? call(lines) : chat(lines.map(([s, t, a]) => [s, t, a]));
}
const verdict = (agentLines: string[], voice = true) => only(closing(ends(agentLines, voice), S, rubric)).pass;

describe('closing: a filler before the thanks or the wish', () => {
  it('reads 呃 / 额 / 那个 / 就是 before the thanks as 嗯 before it is read', () => {
    for (const line of ['呃 谢谢您', '额 谢谢您', '那个 谢谢您', '嗯 谢谢您', '呃 谢谢您祝您周末玩得开心', '船已经给您留好了就是谢谢您 期待周六见到您', '好的那个祝您一家玩得尽兴']) {
      expect(verdict([line]), line).toBe(true);
    }
  });
  it('look-alikes: thanks for cooperating that leads into the next step, and no thanks at all, stay none', () => {
    for (const line of ['呃 谢谢您的配合 接下来请您到码头登记', '呃 那个 您周六早点到', '就是这个船要提前一天订']) {
      expect(verdict([line]), line).toBe(false);
    }
  });
});

describe('closing: the rating invitation\'s thanks as the last words', () => {
  it('is no closing on its own', () => {
    for (const line of ['稍后请给我的服务打个分，谢谢。', '结束后麻烦您对这次咨询评个分 谢谢您', '待会儿有条满意度短信，请您评价一下，感谢支持']) {
      expect(verdict([line]), line).toBe(false);
      expect(verdict([line], false), line).toBe(false);
    }
  });
  it('a closing before it, in the turn or the one before, still closes', () => {
    expect(verdict(['感谢您的来电，再见。稍后请给我的服务打个分，谢谢。'])).toBe(true);
    expect(verdict(['好的，祝您玩得开心，再见', '稍后请给我的服务打个分，谢谢。'])).toBe(true);
    expect(verdict(['好的，那您周六直接来店里，谢谢您'])).toBe(true);
  });
});

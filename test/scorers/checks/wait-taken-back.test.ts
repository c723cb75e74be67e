/**
 * forbidden-words: a bare "wait" (等着。) is a curt hold request when the agent comes back itself after a hold's silence,
 * the customer having said no more than an acknowledgement; otherwise the customer's matter was put off (敷衍答复). Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type Line = [speaker: 'agent' | 'customer', text: string, atMs: number];
const passes = (lines: Line[], voice = false) => only(forbiddenWords(voice ? call(lines) : chat(lines), S, rubric)).pass;

describe('a bare 等着 the agent came back from after a hold', () => {
  it('is a hold, not a 忌语, with nothing or only 嗯 / 好的 / fillers between', () => {
    const opening: Line[] = [['agent', '您好，请问有什么可以帮您', 1000], ['customer', '我的渡轮船票改签成功了没有？', 2000], ['agent', '等着。', 3000]];
    expect(passes([...opening, ['agent', '查到了，已经改到明天上午九点那班', 40_000]])).toBe(true);
    expect(passes([...opening, ['customer', '嗯那个好的。', 4000], ['agent', '这边看了一下，改签成功了', 40_000]])).toBe(true);
    expect(passes([...opening, ['customer', '在吗', 35_000], ['agent', '在的，已经改好了', 40_000]], true)).toBe(true);
  });
  it('is the shrug when the customer has to ask again or the contact ends on it', () => {
    const opening: Line[] = [['agent', '您好，请问有什么可以帮您', 1000], ['customer', '牙套什么时候能做好？', 2000], ['agent', '等着。', 3000]];
    expect(passes([...opening, ['customer', '那大概要等几天啊', 5000], ['agent', '一般两周', 6000]])).toBe(false);
    expect(passes([...opening, ['customer', '好吧', 5000]])).toBe(false);
  });
  it('is the shrug when the agent goes straight on, with no hold taken', () => {
    const opening: Line[] = [['agent', '您好，请问有什么可以帮您', 1000], ['customer', '牙套什么时候能做好？', 2000], ['agent', '等着吧。', 3000]];
    expect(passes([...opening, ['agent', '还有别的事吗', 6000]])).toBe(false);
  });
  it('leaves other shrugs alone even when the agent speaks next', () => {
    expect(passes([['agent', '您好，请问有什么可以帮您', 1000], ['customer', '退款到哪一步了？', 2000], ['agent', '看情况吧', 3000], ['agent', '还有别的事吗', 4000]])).toBe(false);
  });
});

/**
 * resolution (round 24, chat bubbles): the later bubbles of a chat message are the rest of its turn — a pass-off sent as
 * its own bubble and made good by the answer in the next bubble of the same message (拷底片的事你问前台去。‖ 可以免费拷，
 * 自带U盘就行) is read as the one turn 拷底片的事你问前台去。可以免费拷… would be: answered. The same answer sent as a
 * message of its own seconds later, or a later bubble that only wraps up or also cannot answer, leaves the pass-off standing.
 * Our own wordings (a photo studio).
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '证件照价格', expected: '每版30元', wrong: ['每版50元'], cues: ['证件照', '多少钱'] }] });
type L = [Speaker, string, number];
const verdict = (lines: L[]) => only(resolution(chat(lines), S, rubric)).pass;
const contact = (first: string, second: string, gap: number): L[] => [
  ['agent', '您好，光影照相馆，工号3021为您服务', 500],
  ['customer', '证件照多少钱一版？', 4000],
  ['agent', '证件照每版30元。', 9000],
  ['customer', '底片能拷到U盘里带走吗？', 15000],
  ['agent', first, 21000],
  ...(second ? ([['agent', second, 21000 + gap]] as L[]) : []),
  ['customer', '好的。', 40000],
  ['agent', '感谢光临，再见。', 46000],
];

describe('resolution: a pass-off bubble made good in the same message', () => {
  it('the answer in the next bubble reads as the rest of the turn', () => {
    expect(verdict(contact('拷底片的事你问前台去。可以免费拷，自带U盘就行。', '', 0))).toBe(true);
    expect(verdict(contact('拷底片的事你问前台去。', '可以免费拷，自带U盘就行。', 1000))).toBe(true);
    expect(verdict(contact('这个不归我们管，你找前台去。', '可以免费拷，自带U盘就行。', 1500))).toBe(true);
  });
  it('not when the answer comes as a message of its own, nor when the later bubble gives nothing', () => {
    expect(verdict(contact('拷底片的事你问前台去。', '', 0))).toBe(false);
    expect(verdict(contact('拷底片的事你问前台去。', '可以免费拷，自带U盘就行。', 6000))).toBe(false);
    expect(verdict(contact('拷底片的事你问前台去。', '还有别的需要吗？', 1000))).toBe(false);
    expect(verdict(contact('拷底片的事你问前台去。', '这个我也不清楚。', 1000))).toBe(false);
  });
});

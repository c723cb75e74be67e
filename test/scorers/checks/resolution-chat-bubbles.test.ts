/**
 * resolution (round 23, chat bubbles): a message the agent sends as bubbles a second apart is read as the one turn it is —
 * a brush-off in the bubble after the bubble that states the answer (每次30元。‖ 别的你问商场去) sits beside that answer as it
 * would in one turn, and a receipt bubble (好的，记下了。) after an apology bubble is no bare receipt: the verdict is the
 * one-bubble message's. Our own wordings (a car-wash counter).
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '洗车费', expected: '每次30元', wrong: ['每次50元'], cues: ['洗车', '费'] }] });
type L = [Speaker, string, number];
const verdict = (lines: L[]) => only(resolution(chat(lines), S, rubric)).pass;
const contact = (first: string, second: string, gap: number): L[] => [
  ['agent', '您好，工号5120为您服务', 500],
  ['customer', '洗车多少钱？停车场收不收费？', 4000],
  ['agent', first, 9000],
  ['agent', second, 9000 + gap],
  ['customer', '好吧。', 20000],
  ['agent', '感谢咨询，再见。', 26000],
];

describe('resolution: a message sent as bubbles', () => {
  it('the answer bubble then a brush-off bubble reads as the one turn', () => {
    const one = contact('洗车每次30元。停车场的事你去问物业，我们不管。', '', 0).filter((l) => l[1]);
    const two = contact('洗车每次30元。', '停车场的事你去问物业，我们不管。', 1000);
    expect(verdict(two)).toBe(verdict(one));
  });
  it('a receipt bubble after an apology bubble is no bare receipt', () => {
    const lines = (a: string, b: string, gap: number): L[] => [
      ['agent', '您好，工号5120为您服务', 500],
      ['customer', '洗车多少钱？', 4000],
      ['agent', '洗车每次30元。', 8000],
      ['customer', '上次洗完车门上全是水印，你们这服务也太差了，能不能给我重洗一次？', 14000],
      ['agent', a, 20000],
      ...(b ? ([['agent', b, 20000 + gap]] as L[]) : []),
      ['customer', '行吧。', 30000],
      ['agent', '感谢咨询，再见。', 36000],
    ];
    expect(verdict(lines('实在抱歉，让您糟心了。', '好的，记下了。', 1000))).toBe(verdict(lines('实在抱歉，让您糟心了。好的，记下了。', '', 0)));
  });
});


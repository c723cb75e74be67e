/**
 * resolution, round 22 (checks/receipt-reply.ts): a verb of having heard or taken in as the whole reply — 收到 / 了解 /
 * 明白, and 知道了 after a receipt or assent token — to a question asked after the matter was answered is a receipt, no
 * answer; to the opening request it takes the matter on (the agent goes on to verify or look it up). A bare 好的 is assent,
 * not a receipt. The agent's next turn answers the receipt's question only if the customer asked nothing new before it.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'rent', label: '场地费', expected: '每小时80元', wrong: ['每小时120元'], cues: ['场地', '多少钱'] }] });
const later = (asked: string, reply: string, more: [Speaker, string][] = [['customer', '行，就这样吧。']]) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号7031为您服务', 500],
        ['customer', '羽毛球场地多少钱一小时？', 1000],
        ['agent', '场地是每小时80元。', 3000],
        ['customer', asked, 5000],
        ['agent', reply, 7000],
        ...more.map(([who, text], n): [Speaker, string, number] => [who, text, 9000 + n * 2000]),
        ['agent', '感谢来电，再见。', 30_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a verb of taking in as the whole reply', () => {
  it('to a question after the matter was answered is no answer', () => {
    expect(later('球拍可以现场租吗？', '哦，收到了。')).toBe(false);
    expect(later('有没有淋浴间？', '好，了解。')).toBe(false);
    expect(later('能开发票吗', '嗯 这个我们明白')).toBe(false);
    expect(later('晚上几点关门？', '噢，知道了。')).toBe(false);
  });

  it('a bare assent or a reply that goes on is not one', () => {
    expect(later('我能带小孩一起来吗？', '好的，可以带，一米二以下免费。')).toBe(true);
    expect(later('球拍可以现场租吗？', '收到，前台可以租，一副十元。')).toBe(true);
  });

  it('the agent’s next turn answers it only if nothing new was asked before', () => {
    expect(later('球拍可以现场租吗？', '哦，收到了。', [['customer', '那停车收费吗？'], ['agent', '停车两小时内免费。']])).toBe(false);
    expect(later('球拍可以现场租吗？', '哦，收到了。', [['customer', '球拍到底能不能租？'], ['agent', '球拍前台可以租，一副十元。']])).toBe(true);
  });

  it('to the opening request it takes the matter on', () => {
    const opening = only(
      resolution(
        chat([
          ['agent', '您好，工号7031为您服务', 500],
          ['customer', '想问下羽毛球场地多少钱一小时？', 1000],
          ['agent', '好的，收到。', 3000],
          ['agent', '请问您是会员吗？', 4000],
          ['customer', '不是。', 6000],
          ['agent', '非会员场地是每小时80元。', 8000],
          ['customer', '好，谢谢。', 10_000],
          ['agent', '感谢来电，再见。', 12_000],
        ]),
        S,
        rubric,
      ),
    ).pass;
    expect(opening).toBe(true);
  });
});

/**
 * Overlapping hits of one vocabulary (scorers/vocab-scan.ts): one occurrence, one reading. A written hit that
 * holds a shorter written hit is the construction said (连…都不知道 is mockery, not the 不知道 inside it),
 * whichever is a phrase and which a pattern; otherwise the surer kind of match stays. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, prepare, vocabHits } from '../../scorers/context.js';
import { politeness } from '../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from './helpers.js';

const c = compileRubric(rubric);
const forbiddenIn = (line: string) => vocabHits(c, 'forbidden', prepare(chat([['agent', line, 1000]])).agent[0]!).map((h) => [h.quote, h.category]);

describe('vocabHits: a longer written construction over a phrase inside it', () => {
  it('reads 连…都不知道 as mockery, not as the refusal 不知道 it holds', () => {
    const hits = forbiddenIn('连积分怎么兑换都不知道，你没看过活动规则吗');
    expect(hits).toContainEqual(['连积分怎么兑换都不知道', '讽刺挖苦']);
    expect(hits.map(([, category]) => category)).not.toContain('否定拒绝');
  });

  it('keeps the phrase where nothing longer holds it (a flat 不知道 stays a refusal)', () => {
    expect(forbiddenIn('具体到货时间不知道。')).toEqual([['不知道', '否定拒绝']]);
  });

  it('so the mockery fails politeness in an otherwise courteous chat', () => {
    const i = chat([
      ['agent', '您好，积分商城客服，请问有什么可以帮您？', 1000],
      ['customer', '积分怎么换礼品', 2000],
      ['agent', '连积分怎么兑换都不知道，兑换按钮就在首页。', 3000],
      ['customer', '……', 4000],
      ['agent', '请您在我的-积分页面点兑换，谢谢您的来电。', 5000],
    ]);
    expect(only(politeness(i, scenario(), rubric)).pass).toBe(false);
  });
});

describe('vocabHits: a hit as written over an overlapping one found by sound', () => {
  it('keeps the written construction when a sound-alike phrase overlaps its edge', () => {
    const t = prepare(chat([['agent', '你自己什么德行心里没数？', 1000]])).agent[0]!;
    const hits = vocabHits(c, 'impolite', t);
    expect(hits.map((h) => h.level)).toEqual(['pattern']);
  });
});

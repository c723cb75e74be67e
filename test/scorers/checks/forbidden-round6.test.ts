/**
 * forbidden-words round 6 (carry-over, issue 10): structural rules read off the three sets opened this round
 * (dev9a / dev9b / dev10a). Wordings of our own (a flour mill, a ferry, a piano school, a pharmacy …), positives
 * and the look-alikes each rule must leave clean.
 */
import { describe, expect, it } from 'vitest';
import { agentReplies, call, forbiddenCategories, only, rubric, scenario } from '../helpers.js';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import type { Rubric } from '../../../scorers/rubric/schema.js';

/** forbidden-words' verdict on a call in which the agent says `said` after the customer's `asked`. */
function spokenVerdict(said: string, asked = '我想问一下这个怎么弄'): boolean | 'na' {
  const contact = call([
    ['agent', '您好，请问有什么可以帮您', 1000, 3000],
    ['customer', asked, 4000, 6000],
    ['agent', said, 7000, 10000],
    ['customer', '好的谢谢', 11000, 12000],
    ['agent', '不客气，再见', 13000, 14000],
  ]);
  return only(forbiddenWords(contact, scenario(), rubric)).pass;
}

describe('粗俗辱骂: "V个屁" needs a verb before 个 — a demonstrative or a number makes 个 a classifier', () => {
  it('passes "this batch" heard by sound as 这个屁 (这个批次 / 这各批 / 那个批号 / 一个皮箱)', () => {
    for (const said of ['您这个批次是去年十月生产的', '这各批次的面粉已经召回了', '那个批号我帮您记下了', '一个皮箱算一件行李']) {
      expect(spokenVerdict(said), said).toBe(true);
    }
  });
  it('still finds the vulgar "V个屁" in speech and in chat', () => {
    for (const said of ['你懂个屁', '急个屁啊，排着']) {
      expect(spokenVerdict(said), said).toBe(false);
      expect(forbiddenCategories(said), said).toContain('粗俗辱骂');
    }
  });
});

describe('否定拒绝: a bare not-knowing is a non-answer; the not-knowing that closes the matter is the 忌语', () => {
  it('passes the bare 不知道 / 不清楚, whole turn or after an answer', () => {
    for (const said of ['不知道。', '我也不清楚', '不清楚。', '面粉是上周三发的货。不知道。']) {
      expect(forbiddenCategories(said, '这批面粉什么时候到？'), said).toEqual([]);
    }
  });
  it('finds it followed by "the system is like that", a wait with no end, "ask the higher-ups" or "look it up yourself"', () => {
    for (const said of ['不知道，系统里就是这样', '不清楚，再等等看吧', '不知道，看上级安排', '我也不清楚，你自己去查', '你问我我也不清楚']) {
      expect(forbiddenCategories(said, '船票为什么退不了？'), said).toContain('否定拒绝');
    }
  });
  it('counts the bare one too when the rubric names it a 忌语 (bareNonAnswerCategory)', () => {
    const literal: Rubric = { ...rubric, vocabularies: { ...rubric.vocabularies, bareNonAnswerCategory: '否定拒绝' } };
    const f = only(forbiddenWords(agentReplies('不知道。', '钢琴课下周几上？'), scenario(), literal));
    expect(f.pass).toBe(false);
  });
});

/**
 * forbidden-words round 6 (carry-over, issue 10): structural rules read off the three sets opened this round
 * (dev9a / dev9b / dev10a). Wordings of our own (a flour mill, a ferry, a piano school, a pharmacy …), positives
 * and the look-alikes each rule must leave clean.
 */
import { describe, expect, it } from 'vitest';
import { agentReplies, call, chat, forbiddenCategories, only, rubric, scenario } from '../helpers.js';
import type { Speaker } from '../../../harness/interaction/types.js';
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

describe('冷漠敷衍: a bare acknowledgement as the whole reply to the customer\'s request dismisses it', () => {
  const afterRequest = (request: string, reply: string, next: [Speaker, string] = ['customer', '那行吧']) =>
    only(forbiddenWords(chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', request, 2000],
      ['agent', reply, 3000],
      [next[0], next[1], 4000],
      ['agent', '好的，感谢您的来电，再见', 5000],
    ]), scenario(), rubric));
  it('finds 嗯。/ 哦。/ 嗯，知道了。 after 能不能 / 帮我 / 让 …', () => {
    for (const [request, reply] of [['能不能帮我把课调到周六？', '嗯。'], ['你们能不能让药房今天就给我配齐？', '哦。'], ['麻烦你催一下渡轮公司退款', '嗯，知道了。']]) {
      const f = afterRequest(request!, reply!);
      expect(f.pass, reply).toBe(false);
      expect((f.details as { categories: string[] }).categories).toContain('冷漠敷衍');
    }
  });
  it('passes an acknowledgement that takes the request on, a 嗯 the agent goes on from, a yes to a question, a backchannel', () => {
    expect(afterRequest('能不能帮我把课调到周六？', '好的。').pass).toBe(true);
    expect(afterRequest('能不能帮我把课调到周六？', '收到。').pass).toBe(true);
    expect(afterRequest('能不能帮我把课调到周六？', '嗯。', ['agent', '周六上午十点有空位，我给您调过去']).pass).toBe(true);
    expect(afterRequest('周六的课还上吗？', '嗯。').pass).toBe(true);
    expect(afterRequest('我上周报的名，交了八百', '嗯。').pass).toBe(true);
  });
});

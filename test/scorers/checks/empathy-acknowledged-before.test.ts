/**
 * empathy (issue 10, round 6): a first recognised complaint asked as a question, after the agent had already
 * apologised or acknowledged, is the repeated grievance the first acknowledgement covers; a threat, a statement or an
 * exclamatory question (怎么这么慢 / 这什么服务 / 凭什么) still needs its own. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

/** An opening line the vocabulary does not read as a complaint, the agent's `first` reply, then `later` and a bare answer. */
const verdict = (first: string, later: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，物流客服小韩为您服务', 500],
        ['customer', '我那箱书显示还在分拣中心', 1000],
        ['agent', first, 2000],
        ['customer', '单号是SF1234', 3000],
        ['agent', '查到了，包裹在分拣中心', 4000],
        ['customer', later, 5000],
        ['agent', '按规定延误超过七天可以申请赔付', 6000],
        ['agent', '还有别的需要吗', 7000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

const ACKNOWLEDGED = '耽误您这么多天，真是抱歉，请告诉我单号';
const BARE = '请告诉我单号';

describe('empathy: a grievance asked as a question after an acknowledgement', () => {
  it('is covered by the acknowledgement already given', () => {
    for (const later of ['拖了这么久有没有补偿', '晚了这么多天你们怎么赔']) expect(verdict(ACKNOWLEDGED, later), later).toBe(true);
  });

  it('is owed when nothing was acknowledged before', () => {
    for (const later of ['拖了这么久有没有补偿', '晚了这么多天你们怎么赔']) expect(verdict(BARE, later), later).toBe(false);
  });

  it('a threat, a statement or an exclamatory question is owed its own', () => {
    for (const later of ['再不送到我就打12315投诉你们', '你们效率太差了', '你们怎么这么慢？', '你们这是什么态度？']) {
      expect(verdict(ACKNOWLEDGED, later), later).toBe(false);
    }
  });
});

/** The agent's `asked` after a neutral opening, then the customer's `details` and a bare answer. */
const afterAsked = (asked: string, details: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，物业客服小陈', 500],
        ['customer', '我想反映一下保洁的事', 1000],
        ['agent', asked, 2000],
        ['customer', details, 3000],
        ['agent', '好的，我记录一下，今天安排主管回访', 4000],
        ['agent', '还有别的需要吗', 5000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: a grievance told in answer to an acknowledging request for details', () => {
  it('is the acknowledged grievance told out', () => {
    expect(afterAsked('给您添麻烦了，具体是哪方面的问题呢？', '楼道拖得很敷衍，垃圾三天没人收')).toBe(true);
  });

  it('is owed when the request for details acknowledged nothing, or acknowledged without asking', () => {
    expect(afterAsked('具体是哪方面的问题呢？', '楼道拖得很敷衍，垃圾三天没人收')).toBe(false);
    expect(afterAsked('给您添麻烦了，我先登记一下', '楼道拖得很敷衍，垃圾三天没人收')).toBe(false);
  });
});

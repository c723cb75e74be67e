/**
 * resolution (round 13): a turn that answers first and only then passes something off (推诿) answered the question —
 * the tail is the 忌语 checks' business; a pass-off whose premise is the clause before it (X是Y定的，跟我们没关系), a
 * pointer before it, or nothing but courtesy before it is still no answer. Also the "even this" rebuke with the
 * customer named (这么简单的X你都…). Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '托管费', expected: '每月600元', wrong: ['每月500元'], cues: ['托管费'] }] });
const contact = (asked: string, said: string) =>
  chat([
    ['agent', '您好，工号3307为您服务', 500],
    ['customer', '托管费多少钱？', 1000],
    ['agent', '托管费是每月600元，按月交', 2000],
    ['customer', asked, 3000],
    ['agent', said, 4000],
  ]);
const pass = (asked: string, said: string) => only(resolution(contact(asked, said), S, rubric)).pass;

describe('resolution: an answer, then a pass-off', () => {
  it('answered', () => {
    for (const said of [
      '晚托到七点结束，家长七点前来接就行。校车的事你去问学校吧，我们不管。',
      '午饭是托管班自己做的，每天两荤一素。接送路上的事不归我们管。',
      '晚托到七点结束 家长七点前来接就行 校车的事你找学校 我们不管',
    ]) expect(pass('晚托几点结束？', said), said).toBe(true);
  });
  it('a premise, a pointer or courtesy before the pass-off is no answer', () => {
    for (const said of [
      '放学时间是学校定的，跟我们没关系。',
      '这个您问班主任吧，我这边管不着。',
      '您好，不好意思，这个不归我们管。',
      '这个您直接跟园长沟通吧，园里的事我们这边处理不了。',
    ]) expect(pass('晚托几点结束？', said), said).toBe(false);
  });
  it('the "even this" rebuke with the customer named is no non-answer', () => {
    expect(pass('晚托几点结束？', '七点结束。这么简单的事你都搞不清楚？')).toBe(true);
  });
});

/**
 * resolution (round 23): the answering verb in the slots of "I cannot answer" (这我没法答 / 这个不好回答 / 我答不上来: 答 is 答复 /
 * 回答 said short, as 说 is the tell-verb) and 难说 after a degree word (这个很难说) are non-answers (non-answer-forms.ts); and
 * presses the agent then answers make them good (non-answer-repairs.ts): the full A-not-A after 到底 (那到底可以不可以), the
 * question asked again for a rough answer when it repeats a word of the withheld one (那大概几天能晾干), "surely there is a
 * [rule]" (你们总有个规定吧). A rough question on another matter (那大概什么时候出结果) is no press. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { saysNonAnswer } from '../../../scorers/checks/non-answer-forms.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (reply: string, ...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号7302为您服务', 500], ['customer', '羊毛大衣水洗后多久能晾干？', 1000], ['agent', reply, 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;

describe('the answering verb in the slots of "I cannot answer"', () => {
  it('is a non-answer', () => {
    for (const reply of ['这我没法答。', '这个我不好回答。', '我答不上来。', '这个很难说。']) {
      expect(saysNonAnswer(reply), reply).toBe(true);
      expect(pass(reply, ['customer', '哦。']), reply).toBe(false);
    }
  });
  it('look-alikes are not', () => {
    for (const said of ['我没法答应您', '困难说明一下', '他这人很难说话', '这个问题很好回答', '没法答题']) expect(saysNonAnswer(said), said).toBe(false);
  });
});

describe('presses then the answer', () => {
  const ANSWER = '一般挂在通风处两天就能晾干。';
  it('make the non-answer good', () => {
    for (const ask of ['那到底可以不可以知道？', '那大概几天能晾干呢？', '你们总有个规定吧']) {
      expect(pass('这个我不好回答。', ['customer', ask], ['agent', ANSWER]), ask).toBe(true);
    }
  });
  it('a rough question on another matter does not', () => {
    expect(pass('这个我不好回答。', ['customer', '那大概什么时候能取件？'], ['agent', '周五下午就能取。'])).toBe(false);
  });
});

/**
 * resolution: a 忌语 said first and then "I cannot answer" in the rubric's words (这么点事都不懂？这个我答不上来) is no
 * dismissal followed by an answer — what follows the 忌语 is itself a non-answer, as forbidden words after it are
 * (round 17). A 忌语 followed by a real answer stays answered. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const pass = (said: string) =>
  only(resolution(chat([['agent', '您好，工号7315为您服务', 500], ['customer', '你们的会员卡能借给家人用吗？', 1000], ['agent', said, 3000]]), scenario(), rubric)).pass;

describe('a 忌语 and then a non-answer', () => {
  it('is a non-answer', () => {
    for (const said of ['这么简单的事你都不懂？这个问题我回答不上来。', '这点小事你都搞不清楚，这块我真答不上来。']) expect(pass(said), said).toBe(false);
  });
  it('a 忌语 followed by the answer answers', () => {
    expect(pass('这点小事你都搞不清楚，会员卡可以给直系亲属使用，带上身份证就行。')).toBe(true);
  });
});

/**
 * resolution, round 26 (checks/answer-after-reaction.ts modalYesNo): after a non-answer and the customer's reaction, a
 * can-question (能…吗 / 可以…吗 / 能不能…) is answered by its modal said or denied opening the reply (可以… / 不能…) with a
 * content character of the question after it — though no word of the question is repeated. A modal reply on nothing the
 * question asked, or a reply that does not open with the modal, is not tied to it. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (asked: string, reply: string, reaction = '你们不是民宿前台吗？') =>
  only(
    resolution(
      chat([
        ['agent', '您好，远山民宿，工号5102为您服务', 500],
        ['customer', asked, 1000],
        ['agent', '这个我们管不了。', 3000],
        ['customer', reaction, 5000] as [Speaker, string, number],
        ['agent', reply, 7000],
        ['customer', '好的', 9000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a modal reply to a can-question after the reaction', () => {
  it('the modal opening the reply, with the question’s content after it, answers', () => {
    expect(pass('房间里能做饭吗？', '可以，房里有电磁炉和锅。')).toBe(true);
    expect(pass('能不能带狗入住？', '不能，狗可以寄养在隔壁。')).toBe(true);
  });

  it('a modal reply on another matter, or one that does not open with the modal, does not', () => {
    expect(pass('房间里能做饭吗？', '可以，停车场在后门。')).toBe(false);
    expect(pass('房间里能做饭吗？', '厨具都在柜子里放着，用完洗干净。')).toBe(false);
  });

  it('after a question of the customer’s own matter, not addressed to the agent, the modal reply is not tied', () => {
    expect(pass('房间里能做饭吗？', '可以，房里有电磁炉和锅。', '那退房以后行李放哪呢？')).toBe(false);
  });
});

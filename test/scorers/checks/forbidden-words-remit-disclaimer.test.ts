/**
 * Round 20, forbidden-words: a disclaimer of remit said of a named topic and nothing more (这个我们管不了。) leaves the
 * question unanswered — resolution's non-answer — while 推诿 sends the customer on (to another party, to themselves, or with
 * an order closed by 吧). Wordings are our own (a bicycle-sharing hotline), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { only, rubric, scenario, replyAtDesk } from '../helpers.js';

const desk = replyAtDesk('您好，青骑单车客服，请问有什么可以帮您', '那头盔丢了要赔多少钱？');

describe('a topic-scoped disclaimer that sends the customer nowhere', () => {
  it('is no 忌语', () => {
    for (const said of [
      '头盔这块我们不负责。',
      '这个我们这边管不着',
      '保险的事我不管，我也说不上来。',
      '嗯 这方面不是我负责的',
      '车锁的维修我们这边不负责，具体我也不太了解，不好意思。',
    ])
      expect(desk.forbidden(said), said).toBe(false);
  });

  it('is still resolution’s non-answer', () => {
    expect(only(resolution(desk.contact('头盔这块我们不负责。'), scenario(), rubric)).pass).toBe(false);
  });
});

describe('the same words with the customer sent on or disowned stay 推诿', () => {
  it('fires', () => {
    for (const said of [
      '头盔这块我们不负责，你问租赁点去。',
      '这个我们管不着，您自己想办法吧',
      '您的事我们不管。',
      '别的我不管。',
      '保险的事我们不管，等通知吧',
      '我们这边管不着。',
      '这事我们不处理。',
    ])
      expect(desk.forbidden(said), said).toBe(true);
  });
});

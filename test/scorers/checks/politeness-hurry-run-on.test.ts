/**
 * Round 21 (a reading bug): a hurry-up opening the turn run on with no pause into the agent's own busyness (快点我这边还有好多
 * 事 — a recogniser's unpunctuated line) is the hurry said as its own clause (快点，我这边…), impatience in both checks. The
 * agent's own haste (快，我马上帮您转) and busyness mentioned without a hurry stay clean. Wordings are our own (a courier depot).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好 顺达快运网点 请问有什么可以帮您', '我那个件今天能不能到');

describe('round 21: the hurry run on into the agent busyness', () => {
  it('fails both checks', () => {
    for (const said of ['快点我这边还有好多件要派', '嗯快点儿我这忙着呢']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['快，我马上帮您转给派件员', '我这边还有好多件要派，您的件下午三点前送到']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('round 21: the hurry run on into the question what the customer wants', () => {
  const desk = replyAtDesk('您好 顺达快运网点 请问有什么可以帮您', '我跟你说我那个件啊 上回寄的时候就出过问题');
  it('fails both checks, after a filler too', () => {
    for (const said of ['快讲什么事', '我这边记着呢 那个快说到底要办什么']) {
      expect(desk.forbidden(said), said).toBe(true);
      expect(desk.rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['您说什么事都可以，我听着', '我把那个快递单号说完了您记一下']) {
      expect(desk.forbidden(said), said).toBe(false);
      expect(desk.rude(said), said).toBe(false);
    }
  });
});

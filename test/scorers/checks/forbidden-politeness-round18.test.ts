/**
 * Round 18 constructions. The flat "already told you" placed earlier in the contact — a time or position word (刚 / 前头 / 上面 too)
 * and a verb of telling or answering (提 / 回答 / 回复) closing its clause, or the bare 讲过了 / 说过一遍了 opening the reply — is the
 * 已说过 忌语; as the whole reply, or beside only a refusal to say it again, it is the refusal to repeat and rude as well. Someone
 * else's words, a correction and a relative clause stay clean. Wordings are our own (a library's renewal desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，市图书馆借阅服务台，请问有什么可以帮您', '我想问一下续借能续几次');

describe('round 18: the flat told-you', () => {
  it('standing alone: a 忌语 and rude', () => {
    for (const said of ['续借的次数我前头答复过了。', '这个刚刚讲完啊', '说过一遍了，不会再说了。', '这个问题我之前回答过了']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('beside the repeated answer: a 忌语 only', () => {
    for (const said of ['我上面已经回复过了，可以续两次。', '前头提过，每次续三十天。', '讲过了，续借两次。']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['您之前提过想换分馆，已经帮您换好了。', '馆员刚才说了，明天上午到书。', '这个我已经跟馆长说过了，他明天答复。', '我前面说错了，应该是续两次。', '前面提过的那本书可以续借。']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});

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

describe('round 18: rude constructions (both checks)', () => {
  it('fail both', () => {
    for (const said of [
      '别磨磨蹭蹭的，卡号多少', // the customer's manner forbidden in an AABB word
      '是你自己不当回事，逾期费照收', // carelessness as attitude
      '书是你自己没按时还才扣的分', // the customer's omission as the cause, with 才
      '借个书还这么挑剔', // a mere X and so fussy
      '这点罚款都受不了，还来办卡', // this little thing too much to bear
      '这种常识还要我教？', // the agent made the teacher
      '借了这么多年书还问这个？', // asking after years of it
      '问那么细干嘛，押金三百', // the asking rebuked for its detail
      '这么简单的事讲半天。', // talked about at length
      '麻溜点儿。', // hurry-up
      '你就投诉去啊', // the dare with a particle
      '不服你就去消协', // the dare by a redress line
      '想举报请便', // waved on with 请便
      '你这人真是个麻烦精', // abuse
      '别拿投诉吓唬谁', // 吓唬谁
      '网上都写了，你自己不会查啊？', // 你自己不会V啊
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });
});

describe('round 18: 忌语 only', () => {
  it('fail forbidden-words, pass politeness', () => {
    for (const said of ['咋都行，你自己决定', '随你高兴吧', '续不续是你的事。', '到时候看吧', '押金退不退不归我们前台']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['您别慌慌张张的，我们一步一步来', '问这么细是为了帮您核对记录', '续不续都不影响，您想好再说。', '这点您放心，押金原路退回', '如不服可以申请复议', '到时候我们会短信通知您', '您自己不会操作的话，我们可以远程协助']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('round 18: a no followed by the rule that decides it', () => {
  it('is an answer, not the 否定拒绝 忌语', () => {
    for (const said of ['不可以，借书证必须本人使用。', '这个没办法，押金办卡后不予退还。', '没办法，借阅期满前可以续一次。']) {
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('the bare no and the rule as a slogan stay the 忌语', () => {
    for (const said of ['没办法。', '办不了，规定就是规定。', '你想好了再打过来']) expect(forbidden(said), said).toBe(true);
  });
});

describe('round 18: run-on rebukes and two-character verbs', () => {
  it('"it is written there" no longer swallows the rebuke run on after it', () => {
    const said = '借阅规则写得清清楚楚 你自己不看的吗您可以再对照一下';
    expect(forbidden(said)).toBe(true);
    expect(rude(said)).toBe(true);
  });

  it('爱怎么V怎么V said to 您 in a verb of doing is indifference, a 忌语 only', () => {
    expect(forbidden('续借规则就这些，逾期的书您爱怎么处理就怎么处理吧。')).toBe(true);
    expect(rude('续借规则就这些，逾期的书您爱怎么处理就怎么处理吧。')).toBe(false);
  });
});

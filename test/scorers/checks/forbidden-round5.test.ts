/**
 * forbidden-words round 5 (carry-over, issue 10): structural rules read off independent-dev8a's misses and checked
 * on the sister set's figures (dev8b) and the validation bank's before either was read. Wordings of our own (a
 * ferry line, a dental clinic, a parking app, a piano school …), positives and the look-alikes each rule must leave
 * clean.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenCategories, only } from '../helpers.js';

const categoriesOf = (said: string) => forbiddenCategories(said, '我想问一下这个怎么弄');

describe('否定拒绝: a topic-scoped not-knowing after a spoken filler is resolution\'s, as without it', () => {
  it('passes 啊 / 呃 / 就是 before the topic', () => {
    for (const said of ['啊这个我也不知道。', '呃这块我们也不清楚', '就是这个我也不知道', '嗯这个问题我不太清楚']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
  it('still finds the brush-off with 你问我 before the topic (the bare not-knowing: forbidden-round6.test.ts)', () => {
    for (const said of ['你问我这个我也不知道', '不知道，系统就这样']) {
      expect(categoriesOf(said), said).not.toEqual([]);
    }
  });
});

describe('敷衍答复: "can\'t say" alone is a non-answer (resolution\'s), "it depends" / "wait" alone a shrug', () => {
  it('passes the whole-turn 说不准, as it passes 不好说', () => {
    for (const said of ['这个说不准。', '说不准', '这个不好说。']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
  it('still finds the whole-turn shrug', () => {
    for (const said of ['看情况吧', '再等等吧', '这个说不准 等消息吧']) {
      expect(categoriesOf(said), said).not.toEqual([]);
    }
  });
});

describe('推诿: sent elsewhere and told our side cannot, in one turn', () => {
  it('finds "go there, we can\'t here" in either order, any place or number', () => {
    for (const said of ['这个你去码头售票处问，我们这边查不了。', '挂号的事您去医院窗口办吧 我们处理不了', '我们这边管不了这个，你打110吧', '我们查不了这个，您直接去物业问吧']) {
      expect(categoriesOf(said), said).toContain('推诿');
    }
  });
  it('passes the channel explained, the option offered and the referral with help', () => {
    for (const said of [
      '需要您到停车场岗亭办理，我们线上办不了',
      '您可以去码头售票处问一下，我们这边查不了具体班次',
      '这个您去医院窗口问，我们这边查不了，不过我可以帮您把电话发给您',
      '我们这边查不到，我帮您联系一下琴行老师',
    ]) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('推诿: "nothing to do with us" with whatever names our side between', () => {
  it('finds it closing its clause', () => {
    for (const said of ['停车费的事找交警，跟我们停车场没关系。', '这个和我们门诊部无关', '补课的事与我们琴行没有关系啊']) {
      expect(categoriesOf(said), said).toContain('推诿');
    }
  });
  it('passes the cause explained after it and the customer told it is not their fault', () => {
    for (const said of ['跟我们系统没关系，是银行那边延迟到账', '和您的操作没关系，我帮您重新提交', '跟您没关系，是我们这边的问题']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('讽刺挖苦: the rhetorical question at the customer\'s ears, eyes or head', () => {
  it('finds "where are your ears"', () => {
    for (const said of ['我跟你说话你耳朵呢？', '您眼睛长哪儿了，页面上写着呢', '你脑子干嘛用的']) {
      expect(categoriesOf(said), said).toContain('讽刺挖苦');
    }
  });
  it('passes the clinic asking about the eyes and the ears', () => {
    for (const said of ['您眼睛哪里不舒服？', '您耳朵疼了几天了', '您的眼睛复查约在周三上午']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('否定拒绝: a topic-scoped not-knowing ending an unpunctuated turn is resolution\'s', () => {
  it('passes 这个不清楚 run on after an answer or a look-up', () => {
    for (const said of ['查到了 您这张停车月卡下周三到期 这个不清楚', '呃我帮您看一下怎么回事这个我这边不清楚', '渡轮末班是晚上九点 这块我们也不知道']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
  it('still finds the brush-off and the not-knowing mid-turn without a topic', () => {
    for (const said of ['你问我这个我也不知道', '不清楚 你问别人去']) {
      expect(categoriesOf(said), said).not.toEqual([]);
    }
  });
});

describe('推诿: the customer put off because the agent\'s day is over', () => {
  it('finds 下班了 + come back another day', () => {
    // (round 25: a recognised call's pause is the comma it stands for, so 我们都下班了 before it closes its own clause as 冷漠敷衍,
    // as the typed 我们都下班了，您改天… does; the put-off reads across the pause without the subject)
    for (const said of ['下班了，明天再打吧。', '都下班了 您改天再来办', '已经下班了，下次再说']) {
      expect(categoriesOf(said), said).toContain('推诿');
    }
  });
  it('passes the office hours stated', () => {
    for (const said of ['我们窗口下班时间是五点半，明天九点再来办也可以', '师傅下班前会给您回电话']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('冷漠敷衍: "say what you like" with 随', () => {
  it('finds 随你怎么说 / 随您怎么想', () => {
    for (const said of ['行吧行吧，随你怎么说。', '随您怎么想吧', '随便你怎么理解']) {
      expect(categoriesOf(said), said).toContain('冷漠敷衍');
    }
  });
  it('passes 随您方便 and 随时', () => {
    for (const said of ['取琴的时间随您方便', '您随时可以打过来问']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('推诿: "I only handle X — the rest, go and ask Y"', () => {
  it('finds the narrowing with the customer sent on', () => {
    for (const said of ['我们只负责接电话，别的你找上面。', '我只管登记，其他的您问物业去']) {
      expect(categoriesOf(said), said).toContain('推诿');
    }
  });
  it('passes the scope stated with help on the rest', () => {
    for (const said of ['我们这边只负责票务，其他的我帮您转到船务部', '我只负责预约这块，别的问题我帮您记下来转给同事']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('不耐烦: the doubled shout verb before 什么, with no clause end', () => {
  it('finds 嚷嚷什么 run into what follows', () => {
    for (const said of ['嚷嚷什么 好好说话', '吵吵什么呀你慢慢说', '叫唤啥']) {
      expect(categoriesOf(said), said).toContain('不耐烦');
    }
  });
  it('passes the customer\'s noise complaint taken down', () => {
    for (const said of ['楼上吵吵嚷嚷的情况我给您登记了', '您说的噪音主要是什么时间段']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('不耐烦: the no said three times running, and the order with its object fronted by 把', () => {
  it('finds 不能不能不能 and 把问题一次说清楚', () => {
    for (const said of ['说了不能不能不能！过期了。', '不行不行不行，没这个规定', '把问题一次说清楚，别一条一条发']) {
      expect(categoriesOf(said), said).toContain('不耐烦');
    }
  });
  it('passes the doubled demurral and the request to describe the fault', () => {
    for (const said of ['不用不用，我这边帮您改就好', '麻烦您把问题描述一下，我帮您记录']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('冷漠敷衍: "wait" ending a turn after a finished clause with no punctuation', () => {
  it('finds 反映上去了 等着吧', () => {
    for (const said of ['已经报上去了 等着吧', '工单提交了你就等通知吧']) {
      expect(categoriesOf(said), said).toContain('冷漠敷衍');
    }
  });
  it('passes the wait with its time and the wait that goes on', () => {
    for (const said of ['已经报上去了 预计周五前有师傅联系您', '提交了等通知吧，一般三个工作日内会短信告诉您']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('讽刺挖苦: the customer\'s sense denied, "who can\'t do that these days", "only just … and already want …"', () => {
  it('finds them', () => {
    for (const said of ['你们家插座插这么多，常识都没有吗', '这年头谁还不会扫码', '您才练了两节课就想退全款啊']) {
      expect(categoriesOf(said), said).toContain('讽刺挖苦');
    }
  });
  it('passes the look-alikes', () => {
    for (const said of ['这些用电常识我给您发一份，您看一下', '您刚买就想退的话，七天内可以无理由退货', '不会扫码也没关系，我帮您电话预约']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

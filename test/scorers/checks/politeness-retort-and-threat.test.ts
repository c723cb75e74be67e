/**
 * Rude constructions said to a customer in an otherwise courteous reply: the retort 又不归我管, the loss foretold
 * and disowned (丢了别找我们), "what can I do about it" thrown back, "what is there to ask" [S15 还问什么], and the
 * customer's character attacked (什么德行 / 心里没数). Look-alikes keep help, referrals and sincere questions clean.
 * Wordings are our own (bike sharing, moving company, parking).
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, prepare, vocabHits } from '../../../scorers/context.js';
import { chat, rubric } from '../helpers.js';

const c = compileRubric(rubric);
const impoliteIn = (line: string) => vocabHits(c, 'impolite', prepare(chat([['agent', line, 1000]])).agent[0]!).map((h) => h.quote);

describe('impolite: retorts and threats of no service', () => {
  it('finds them, punctuated or run on', () => {
    for (const said of [
      '车辆调度又不归我管，您等着吧',
      '搬家师傅又不由我们派',
      '您要自己打包也行，到时候碎了可别怪我们',
      '那你自己搬，掉了别来找我',
      '我们又能有啥办法呢',
      '停车场满了我能有什么办法',
      '规定就是这样，还问什么？',
      '都说了不退 还催啥',
      '你什么德行自己不清楚吗',
      '你心里没点数吗',
    ]) {
      expect(impoliteIn(said).length, said).toBeGreaterThan(0);
    }
  });

  it('leaves help, referrals and sincere questions alone', () => {
    for (const said of [
      '我看看我们能有什么办法帮您解决',
      '您还问过其他网点吗',
      '这个归物业管，我把物业电话发给您',
      '您放心，丢了我们按保价赔付',
      '请问您还有什么需要问的吗',
    ]) {
      expect(impoliteIn(said), said).toEqual([]);
    }
  });
});

describe('impolite: the rhetorical question at the customer', () => {
  it('finds 难道 aimed at the customer and 就 + a negated ability asked back', () => {
    for (const said of ['难道您没看到门口的告示吗', '你难道不会先充电再来？', '您就不能提前一天预约吗', '你就不知道先拍张照吗？']) expect(impoliteIn(said).length, said).toBeGreaterThan(0);
  });
  it('leaves sincere questions alone', () => {
    for (const said of ['您不能登录吗？我帮您看看', '您就不用再跑一趟了', '您是不是还没收到验证码？', '那您就知道怎么操作了吧']) expect(impoliteIn(said), said).toEqual([]);
  });
});

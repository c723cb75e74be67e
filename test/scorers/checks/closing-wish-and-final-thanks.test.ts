/**
 * closing by construction: a clause that opens with 祝 and wishes whatever it wishes (its words are open, its
 * shape is not), thanks for someone's support whoever is named, and a bare thanks as the agent's very last
 * words (…请您评价，谢谢～). Look-alikes: a homophone of 祝 at a clause start in speech (注意 / 住在 / 助浴), a
 * bare thanks mid-contact, 祝福 / 祝贺. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentEnds = (last: string) =>
  chat([
    ['agent', '您好，家政服务中心', 1000],
    ['customer', '保洁阿姨明天几点到', 2000],
    ['agent', '明早九点到，已经给您确认好了', 3000],
    ['customer', '好的', 4000],
    ['agent', last, 5000],
  ]);

describe('closing: an open wish, thanks for support, final thanks', () => {
  it('closes the contact', () => {
    for (const last of [
      '稍后有个评价，麻烦您点一下～祝小狗狗快点好起来',
      '祝您乔迁顺心～',
      '祝爷爷奶奶福寿绵长！',
      '稍后会推送评价，请您评价一下，谢谢～',
      '有问题再联系，感谢',
      '感谢您对家政中心工作的支持～',
      '感谢您的监督，稍后有评价',
      '好的，谢谢您～',
    ]) {
      expect(only(closing(agentEnds(last), S, rubric)).pass, last).toBe(true);
    }
  });

  it('look-alikes do not', () => {
    for (const last of ['注意冷敷', '住在三号楼的话走东门', '祝福短信已经发到您手机了', '阿姨到了会先打电话']) {
      expect(only(closing(agentEnds(last), S, rubric)).pass, last).toBe(false);
    }
    // in speech too: 助/注/住 sound like 祝 but the wish is matched as written only
    const spoken = call([
      ['agent', '您好，养老服务热线', 1000, 2000],
      ['customer', '助浴怎么约', 3000, 4000],
      ['agent', '提前一天约', 5000, 6000],
      ['customer', '好', 7000, 7500],
      ['agent', '助浴一次六十', 8000, 9000],
    ]);
    expect(only(closing(spoken, S, rubric)).pass).toBe(false);
  });

  it('a bare thanks closes only as the contact\'s last words', () => {
    const mid = chat([
      ['agent', '您好，家政服务中心，请报一下手机号', 1000],
      ['customer', '13800001111', 2000],
      ['agent', '好的，谢谢', 3000],
      ['agent', '明早九点到', 4000],
      ['customer', '哦', 5000],
    ]);
    expect(only(closing(mid, S, rubric)).pass).not.toBe(true);
  });
});

describe('closing: a customer who hung up after the agent\'s line', () => {
  const ended = (lines: [string, string][]) =>
    call(
      lines.map(([speaker, text], k) => [speaker, text, 1000 + k * 2000, 2000 + k * 2000] as ['agent' | 'customer', string, number, number]),
      { events: [{ type: 'answered', atMs: 500 }, { type: 'hangup', atMs: 1000 + lines.length * 2000, detail: { by: 'customer' } }] },
    );

  it('is N/A when the agent\'s last turn answered a question the customer had just asked', () => {
    const f = only(closing(ended([['agent', '您好，燃气热线'], ['customer', '表换好了没有'], ['agent', '下午换好的，已经通气了']]), S, rubric));
    expect(f.pass).toBe('na');
    const g = only(closing(ended([['agent', '您好，燃气热线'], ['customer', '维修要多少钱'], ['agent', '上门费三十元']]), S, rubric));
    expect(g.pass).toBe('na');
  });

  it('fails when the customer had only acknowledged, or the agent spoke again after its answer', () => {
    const acknowledged = only(closing(ended([['agent', '您好，燃气热线'], ['customer', '维修要多少钱'], ['agent', '上门费三十元'], ['customer', '哦好的'], ['agent', '嗯。']]), S, rubric));
    expect(acknowledged.pass).toBe(false);
    const spokeAgain = only(closing(ended([['agent', '您好，燃气热线'], ['customer', '维修要多少钱'], ['agent', '上门费三十元'], ['agent', '嗯，师傅会先打电话']]), S, rubric));
    expect(spokeAgain.pass).toBe(false);
  });
});

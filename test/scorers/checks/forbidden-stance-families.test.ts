/**
 * 忌语 families written for carry-over (issue 10, round 2): constructions and stances rather than strings — the
 * bare refusal in any service verb, the dare, the sneer, the scolding order, the blame. Wordings of our own in
 * trades no corpus covers (a gym, a library, a parcel locker, a dentist), with the look-alikes that share their words.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { agentReplies, forbiddenCategories, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) => agentReplies(said);
const categoriesOf = (said: string) => forbiddenCategories(said);
const isRude = (said: string) => only(politeness(agentSays(said), S, rubric)).pass === false;

function expectFamily(category: string, positives: string[], lookAlikes: string[]) {
  for (const said of positives) expect(categoriesOf(said), said).toContain(category);
  for (const said of lookAlikes) expect(categoriesOf(said), said).toEqual([]);
}

describe('否定拒绝: the whole reply is a bare no, in any service verb', () => {
  it('finds 不能 + the verb asked for, a service verb + 不了, 不提供, with a short topic before', () => {
    expectFamily(
      '否定拒绝',
      ['不能寄存。', '私教课不能退', '延期不了的', '这个取消不了', '不提供。', '节假日不受理', '周日不行'],
      [
        '错不了的',
        '不能寄存，您可以放在前台的储物柜',
        '延期不了，因为会员卡已经过期三个月了',
        '不提供纸质发票，电子发票在小程序里可以下载',
        '不用的',
      ],
    );
  });
});

describe('敷衍答复: the whole reply is a shrug (cold, not hostile)', () => {
  it('finds a bare guess closed by 吧, a wait with no time, a vague status — forbidden-words only, not rude', () => {
    const shrugs = ['嗯 大概是寄丢了吧', '估计下周吧', '再等等。', '哦，等着吧', '看情况', '在处理', '到时候就有了'];
    expectFamily('敷衍答复', shrugs, [
      '应该是下周三到，我把快递单号发给您',
      '大概要三个工作日，到账后会有短信提醒您',
      '请您再等等，我马上帮您催一下',
      '在处理，预计明天下午两点前回复您',
      '看情况吧，如果下雨的话场馆会提前发通知',
      '您稍等',
    ]);
    for (const said of shrugs) expect(isRude(said), said).toBe(false);
  });
});

/**
 * resolution: the question passed off to someone else with no help (不归我们管 / 你问物业去 / 找我们也没用 /
 * 我有什么办法) is a non-answer; a deflection the turn goes on to answer, a referral with help, a deflected side
 * question once the scenario's question was answered, and a question answered later are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const NO_FACTS = scenario();
const reply = (asked: string, said: string) => chat([['agent', '您好，工号5120为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]);
const pass = (asked: string, said: string, s = NO_FACTS) => only(resolution(reply(asked, said), s, rubric)).pass;

describe('a deflection with no help', () => {
  it('is a non-answer', () => {
    for (const said of [
      '停车位的事不归我们物业管。',
      '这跟我们公司没关系，您问开发商去吧。',
      '这不是我们部门的，你再打别的号码问问',
      '你找售楼处去',
      '你问别人吧，我们总部管不着',
      '你跟我们说也没用，规定是上面定的',
      '上面就是这么规定的，我有什么办法',
      '使用说明书上都有，你自己看说明书',
    ]) {
      expect(pass('车位费到底怎么收？', said), said).toBe(false);
    }
  });

  it('a deflection the turn goes on to answer, or with help to reach the answer, answers', () => {
    for (const said of [
      '这个不归我们管，你找开发商去。车位费按月收，每月三百元',
      '这一块不是我负责的，但我可以帮您问清楚再回复您',
      '车位费不归我们管，我帮您转给开发商的客服专线，请稍等',
      '这不是我们部门的事，我把开发商的电话发到您手机上',
    ]) {
      expect(pass('车位费到底怎么收？', said), said).toBe(true);
    }
  });

  it('look-alikes that are no deflection answer', () => {
    for (const said of ['车位不归个人所有，按月租给业主，每月三百元', '您去物业前台办理就可以，带上身份证', '不是我们的收费项目，开发商另收，每月三百元']) {
      expect(pass('车位费到底怎么收？', said), said).toBe(true);
    }
  });
});

describe('deflections once the scenario question was answered', () => {
  const S = scenario({ facts: [{ key: 'fee', label: '车位费', expected: '每月300元', wrong: ['每月200元'], cues: ['车位费'] }] });
  const contact = (side: string, said: string) =>
    chat([
      ['agent', '您好，工号5120为您服务', 500],
      ['customer', '车位费怎么收？', 1000],
      ['agent', '车位费是每月300元，按季度缴纳', 3000],
      ['customer', side, 5000],
      ['agent', said, 7000],
    ]);
  it('a side question the customer opens as one (另外 / 顺便 / 也) may be deflected', () => {
    for (const side of ['另外，小区门口的路灯你们管吗？', '顺便问一下，快递柜归谁管？', '我家门禁也坏了，你们能修吗？']) {
      expect(only(resolution(contact(side, '这个不归我们管，你问街道去'), S, rubric)).pass, side).toBe(true);
    }
  });
  it('a follow-up on the same matter deflected is still a non-answer', () => {
    expect(only(resolution(contact('那能按年交吗？', '这个不归我们管，你问街道去'), S, rubric)).pass).toBe(false);
  });
});

describe('no answer to give, said of what the agent holds or can find', () => {
  it('没有答案 / 这个数据我们这边没有 / 我这边查不到 are non-answers', () => {
    for (const said of ['这个问题我这边暂时没有答案', '抱歉，这个数据我们这边没有。', '不好意思，开通时间我这边查不到']) {
      expect(pass('新线路什么时候开通？', said), said).toBe(false);
    }
  });
  it('what the agent has, or finds, answers', () => {
    for (const said of ['有的，我这边有答案：下月一号开通', '查到了，下月一号开通', '系统查不到欠费记录，您的线路正常，下月一号开通新功能']) {
      expect(pass('新线路什么时候开通？', said), said).toBe(true);
    }
  });
});

describe('deflections of a request or report, and more of their forms', () => {
  it('a request or report passed off is a non-answer too (no scenario question answered)', () => {
    for (const [asked, said] of [
      ['我家门口的下水道堵了好几天了', '下水道我们客服这边不管这个'],
      ['充的话费一直没到账', '我们只负责充值页面，到账的事别找我们'],
      ['上回来修的师傅又没修好', '上回谁修的你找谁去'],
      ['楼下的空调外机滴水到我家阳台', '这是你们邻居之间的事，你自己去找楼下商量吧'],
    ] as const) {
      expect(pass(asked, said), said).toBe(false);
    }
  });
  it('a week-day question (下周几) is a question', () => {
    expect(pass('活动下周几开始', '抱歉，开始时间我这边查不到')).toBe(false);
  });
  it('an acknowledgement before it, or 不管 that is not "we do not handle it", is no deflection', () => {
    expect(pass('好的', '这个不归我们管')).toBe(true);
    expect(pass('话费什么时候到账？', '我们不管怎样都会在两小时内给您到账')).toBe(true);
  });

  const S = scenario({ facts: [{ key: 'fee', label: '车位费', expected: '每月300元', wrong: ['每月200元'], cues: ['车位费'] }] });
  it('once the scenario question was answered, a remark (no question) deflected leaves it answered', () => {
    const i = chat([
      ['agent', '您好，工号5120为您服务', 500],
      ['customer', '车位费怎么收？', 1000],
      ['agent', '车位费是每月300元，按季度缴纳', 3000],
      ['customer', '我原以为物业费里就包含了车位', 5000],
      ['agent', '这个不归我们管，你找开发商去吧', 7000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });
});

describe('look it up yourself, no information here, and what follows a deflection', () => {
  it('你自个儿上APP看去 / 我们这边也没有信息 / 没办法确认 are non-answers', () => {
    for (const said of ['你自个儿上APP看去，别老打电话问。', '你自己上网查吧', '这个我们这边也没有信息。', '抱歉，这个我没办法确认。']) {
      expect(pass('会员能退吗？', said), said).toBe(false);
    }
  });
  it('the agent\'s name and an offer to be called again after a deflection are no answer', () => {
    expect(pass('会员能退吗？', '这个不归我们管，你去找别的部门问吧。我是工号3321的小周，后面有问题可以找我。')).toBe(false);
  });
  it('a deflection quoted to correct it, 往上翻 (not 网上), and information the agent has answer', () => {
    expect(pass('真的不归你们管吗？', '您说的“不归我们管”是同事说错了，绿化是我们负责的，马上给您安排')).toBe(true);
    expect(pass('会员能退吗？', '可以退的，步骤在上面，您往上翻一下就能看到')).toBe(true);
    expect(pass('会员能退吗？', '我们这边有信息，七天内可以全额退')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { agentId, closing, forbiddenWords, greeting, verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('greeting', () => {
  it('passes when the first agent turn opens with a greeting', () => {
    const f = only(greeting(chat([['agent', '您好，欢迎致电某某银行，请问有什么可以帮您？', 2000]]), S, rubric));
    expect(f).toMatchObject({ pass: true, evidence: [{ turn: 0, quote: '您好' }] });
  });

  it('passes on ASR output without punctuation, after an IVR prompt', () => {
    const i = call([
      ['ivr', '欢迎致电请按一号键', 1000, 3000],
      ['agent', '你好很高兴为您服务', 9000, 11000],
    ]);
    expect(only(greeting(i, S, rubric))).toMatchObject({ pass: true, evidence: [{ turn: 1 }] });
  });

  it('fails without a greeting', () => {
    const f = only(greeting(chat([['agent', '什么事？', 2000]]), S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('没有使用问候语');
  });

  it('fails when the greeting comes too late in the turn', () => {
    const late = '请问您要办理什么业务，我这边可以帮您查询账户和办理补卡，您好';
    expect(only(greeting(chat([['agent', late, 2000]]), S, rubric)).pass).toBe(false);
  });

  it('is N/A when no agent ever spoke', () => {
    expect(only(greeting(chat([['customer', '有人吗', 2000]]), S, rubric)).pass).toBe('na');
  });
});

describe('agent-id', () => {
  it('passes on 工号 + digits', () => {
    const f = only(agentId(chat([['agent', '您好，工号1024为您服务', 2000]]), S, rubric));
    expect(f).toMatchObject({ pass: true, evidence: [{ quote: '工号1024' }] });
  });

  it('passes on the ASR homophone 公号 with the number said in Chinese', () => {
    const f = only(agentId(call([['agent', '您好 公号幺零二四 为您服务', 3000, 6000]]), S, rubric));
    expect(f.pass).toBe(true);
    expect(f.evidence[0]!.quote).toBe('公号幺零二四');
  });

  it('passes on a name introduction', () => {
    expect(only(agentId(chat([['agent', '您好，我是客服小王，很高兴为您服务', 2000]]), S, rubric)).pass).toBe(true);
    expect(only(agentId(chat([['agent', '您好，1024号客服为您服务', 2000]]), S, rubric)).pass).toBe(true);
  });

  it('fails when neither is given in the first agent turns', () => {
    const i = chat([
      ['agent', '您好，客服很高兴为您服务', 2000],
      ['customer', '我想补卡', 5000],
      ['agent', '好的，请问您的身份证号是多少', 8000],
      ['agent', '我是小王', 20000], // a later message (round 23: a bubble 1 s after is the same message)
    ]);
    expect(only(agentId(i, S, rubric)).pass).toBe(false);
  });

  it('does not take 工号 without digits', () => {
    expect(only(agentId(chat([['agent', '您好，我的工号稍后告诉您', 2000]]), S, rubric)).pass).toBe(false);
  });
});

describe('closing', () => {
  it('passes when one of the last agent turns closes', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '谢谢', 5000],
      ['agent', '感谢您的来电，祝您生活愉快', 8000],
    ]);
    expect(only(closing(i, S, rubric))).toMatchObject({ pass: true, evidence: [{ turn: 2 }] });
  });

  it('fails when the conversation just stops', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 5000],
      ['agent', '二十元', 8000],
    ]);
    expect(only(closing(i, S, rubric)).pass).toBe(false);
  });

  it('only looks at the last agent turns', () => {
    const i = chat([
      ['agent', '您好，再见', 1000],
      ['agent', '补卡二十元', 3000],
      ['agent', '七个工作日到', 4000],
      ['agent', '寄到家里', 5000],
    ]);
    expect(only(closing(i, S, rubric)).pass).toBe(false);
  });
});

describe('forbidden-words', () => {
  it('passes a clean transcript', () => {
    expect(only(forbiddenWords(chat([['agent', '您好，请问有什么可以帮您', 1000]]), S, rubric))).toMatchObject({ pass: true, deduct: 0 });
  });

  it('reports every occurrence as evidence and deducts per occurrence', () => {
    const i = chat([
      ['agent', '不知道，这不归我管', 1000],
      ['customer', '那我找谁', 3000],
      ['agent', '你自己查吧，不知道', 5000],
    ]);
    const f = only(forbiddenWords(i, S, rubric));
    expect(f.pass).toBe(false);
    // the bare 不知道 beside them is a non-answer (resolution's), not counted here by default
    expect(f.deduct).toBe(2);
    expect(f.evidence.map((e) => e.quote)).toEqual(['不归我管', '你自己查吧']);
  });

  it('does not flag the polite 不知道您… question', () => {
    expect(only(forbiddenWords(chat([['agent', '不知道您现在方便吗？', 1000]]), S, rubric)).pass).toBe(true);
  });

  it('still flags 不知道 when punctuation separates it from 你', () => {
    expect(only(forbiddenWords(chat([['agent', '不知道，你去网点问吧', 1000]]), S, rubric)).pass).toBe(false);
  });

  it('catches a homophone spelling from ASR', () => {
    expect(only(forbiddenWords(call([['agent', '这部归我管', 1000, 2000]]), S, rubric)).pass).toBe(false);
  });
});

describe('verification', () => {
  const needs = scenario({ requires: { verification: true }, facts: [{ key: 'balance', label: '余额', expected: '3000元' }] });

  it('is N/A unless the scenario requires it', () => {
    expect(only(verification(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('passes when identity is checked before account information', () => {
    const i = chat([
      ['agent', '您好，请提供身份证后四位核实一下身份', 1000],
      ['customer', '1234', 5000],
      ['agent', '您的余额为三千元', 8000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(true);
  });

  it('fails when account information comes first', () => {
    const i = chat([
      ['agent', '您的余额为三千元', 1000],
      ['agent', '请提供一下身份证后四位', 3000],
    ]);
    const f = only(verification(i, needs, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('之前就透露');
  });

  it('an ID card merely mentioned asks nothing; in one turn, acting first and asking after fails', () => {
    const acted = chat([
      ['customer', '我卡丢了，帮我冻结一下', 500],
      ['agent', '已经帮您把这张卡挂失了，请您带身份证到网点补卡', 1000],
    ]);
    expect(only(verification(acted, needs, rubric)).pass).toBe(false);
    const askedFirst = chat([['agent', '请您提供一下身份证号码后四位，核实后已经帮您把这张卡挂失了', 1000]]);
    expect(only(verification(askedFirst, needs, rubric)).pass).toBe(true);
  });

  it('a warning not to share the code asks for nothing', () => {
    const i = chat([['agent', '您的余额为三千元，请勿向任何人透露验证码', 1000]]);
    expect(only(verification(i, needs, rubric)).pass).toBe(false);
  });

  it('identity asked in other words: 机主本人, 户主姓名, 预留手机号', () => {
    for (const said of ['请问您是机主本人吗？', '麻烦报一下户主的姓名', '请说一下开户时预留的手机号']) {
      const i = chat([['agent', said, 1000], ['customer', '是的', 2000], ['agent', '您的余额为三千元', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(true);
    }
  });

  it('identity asked by structure: any holder (车主, 业主, 学员), 本人 in any question, data left with us, birth date', () => {
    for (const said of ['您的车牌号和车主姓名是', '请问您是学员本人还是家长', '请您说一下预留在我们这里的手机号', '请告诉我您的出生年月', '为了核实身份，请问您的工作单位和身份证号码']) {
      const i = chat([['agent', said, 1000], ['customer', '是的', 2000], ['agent', '您的余额为三千元', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(true);
    }
  });

  it('account objects of other domains disclosed before any check fail; asking for their number discloses nothing', () => {
    for (const said of ['您这个订单已经发货了', '您的检查报告已经出来了', '您家这个月的电费是320元', '我已经帮您把航班改到明天了']) {
      const i = chat([['agent', said, 1000], ['agent', '请问您是机主本人吗', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(false);
    }
    for (const said of ['您的订单号是多少', '为了您的账户安全请您报一下身份证号码后六位']) {
      const i = chat([['agent', said, 1000], ['agent', '请问您是机主本人吗', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(true);
    }
  });

  it('fails when never asked', () => {
    expect(only(verification(chat([['agent', '好的，帮您办理了', 1000]]), needs, rubric)).pass).toBe(false);
  });
});

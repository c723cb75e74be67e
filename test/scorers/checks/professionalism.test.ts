import { describe, expect, it } from 'vitest';
import { empathy, politeness } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('politeness', () => {
  it('passes when most agent turns carry a courtesy marker', () => {
    const i = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['agent', '好的，麻烦您提供一下手机号码', 3000],
      ['agent', '好的', 4000],
      ['agent', '已经为您办理好了，谢谢', 5000],
    ]);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(true);
    expect(f.details).toMatchObject({ judged: 3, polite: 3 });
  });

  it('fails with a low courtesy ratio, partial credit', () => {
    const i = chat([
      ['agent', '有什么事情快说吧', 1000],
      ['agent', '手机号码报一下我查查', 3000],
      ['agent', '已经办理好了没别的事了吧', 5000],
      // (round 15: the backstop is 0.15, so one courteous turn in seven, not in four)
      ['agent', '账户状态显示一切正常', 5500],
      ['agent', '这个月的账单已经出来了', 5700],
      ['agent', '流量包下个月自动续上', 5800],
      ['agent', '您还有别的问题吗', 6000],
    ]);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.score).toBeGreaterThan(0);
    expect(f.score).toBeLessThan(1);
  });

  it('fails a familiar register: the customer called 你 more often than 您 (多用您，不用你)', () => {
    const i = chat([
      ['agent', '你好，客服小周，你说', 1000],
      ['agent', '身份证后四位报一下', 3000],
      ['agent', '已经帮你办好了，谢谢', 5000],
      ['agent', '你下个月就能看到了', 6000],
    ]);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.details).toMatchObject({ familiar: 3, respectful: 0 });
    expect(f.evidence.length).toBe(3);
    expect(f.confidence).toBeGreaterThan(0);
  });

  it('fails an agent who never says 您 even without calling the customer 你 (bare replies throughout)', () => {
    const i = chat([
      ['agent', '客服热线，工号1023，什么事', 1000],
      ['agent', '身份证后四位报一下', 3000],
      ['agent', '查到了，下个月一号到账', 5000],
      ['agent', '还有别的事吗，没有就挂了', 6000],
    ]);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.details).toMatchObject({ familiar: 0, respectful: 0 });
    expect(f.reason).toContain('从不称"您"');
    expect(f.evidence.length).toBeGreaterThan(0);
  });

  it('one 您 among turns that call the customer 你 is still a familiar register', () => {
    const i = chat([
      ['agent', '您好，客服小周，你说', 1000],
      ['agent', '你身份证后四位报一下', 3000],
      ['agent', '已经帮你查到了，下个月到账', 5000],
      ['agent', '你到时候看短信就行', 6000],
    ]);
    expect(only(politeness(i, S, rubric))).toMatchObject({ pass: false, details: { familiar: 3, respectful: 1 } });
  });

  it('a terse agent who keeps saying 您 is not failed for few courtesy words (the ratio is only a backstop)', () => {
    const i = chat([
      ['agent', '您好，客服热线，工号1023', 1000],
      ['agent', '身份证后四位报一下', 3000],
      ['agent', '查到了，您下个月一号到账', 5000],
      ['agent', '到账以后会发短信通知', 6000],
      ['agent', '还有别的问题吗', 7000],
    ]);
    expect(only(politeness(i, S, rubric))).toMatchObject({ pass: true, details: { judged: 5, polite: 2, respectful: 2 } });
  });

  it('plain-spoken but warm (你 with 请/麻烦/谢谢 in most turns) is courteous', () => {
    const i = chat([
      ['agent', '你好，请问有什么可以帮你', 1000],
      ['agent', '好嘞，麻烦你报一下手机号', 3000],
      ['agent', '谢谢，已经帮你办好了', 5000],
      ['agent', '你下个月就能看到了', 6000],
    ]);
    expect(only(politeness(i, S, rubric))).toMatchObject({ pass: true, details: { familiar: 4, respectful: 0 } });
  });

  it('one 你 in a courteous call is a slip, not a register; 你好 is a greeting', () => {
    const i = chat([
      ['agent', '你好，请问有什么可以帮您', 1000],
      ['agent', '好的，麻烦您提供一下手机号码', 3000],
      ['agent', '已经帮你办理好了，谢谢', 5000],
    ]);
    expect(only(politeness(i, S, rubric))).toMatchObject({ pass: true, details: { familiar: 1, respectful: 2 } });
  });

  it('curt one-word replies (说吧 / 车次 / 等着) count against the courtesy ratio; bare acknowledgements do not', () => {
    const curt = chat([
      ['agent', '您好，这里是客服热线', 1000],
      ['agent', '说吧', 2000],
      ['agent', '车次', 3000],
      ['agent', '等着', 4000],
      ['agent', '嗯', 5000],
    ]);
    const f = only(politeness(curt, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.details).toMatchObject({ judged: 4, polite: 1 });
    const courteous = chat([
      ['agent', '您好，这里是客服热线', 1000],
      ['agent', '好的', 2000],
      ['agent', '请讲', 3000],
      ['agent', '嗯嗯', 4000],
    ]);
    expect(only(politeness(courteous, S, rubric)).pass).toBe(true);
  });

  it('a harsh 忌语 without 您 is rude; said with 您, or a flat "we" statement, it stays forbidden-words only', () => {
    const says = (text: string) => only(politeness(chat([['agent', '您好，请问有什么可以帮您', 500], ['agent', text, 1000]]), S, rubric)).pass;
    expect(says('是你自己搞错了')).toBe(false);
    expect(says('刚才不是跟你说过了吗')).toBe(false);
    // with 您 and the answer beside it the told-you is a 忌语 only; said instead of the answer it is rude (told-you-instead.ts, round 10)
    expect(says('刚才不是跟您说过了吗，周六也营业')).toBe(true);
    expect(says('刚才不是跟您说过了吗')).toBe(false);
    // buck-passing alone, even to 你, is a 忌语 in a courteous register (forbidden-words only); indifference is rude
    expect(says('这个不是我负责的，你问别人去')).toBe(true);
    expect(says('你爱找谁找谁去')).toBe(false);
    // a flat told-you beside the answer stays a 忌语 only; said instead of the answer it refuses to repeat, which is
    // rude (round 18: told-you-instead.ts reads the flat 已说过 too, not only the question aimed at 你)
    expect(says('这个我已经讲过一遍了，周六也营业')).toBe(true);
    expect(says('这个我已经讲过一遍了')).toBe(false);
    expect(says('这个本来不归我们管')).toBe(true);
    expect(says('您投诉也没用，规定就是这样')).toBe(true);
  });

  it('fails outright on an impolite phrase', () => {
    const f = only(politeness(chat([['agent', '您说重点好吗，谢谢', 1000]]), S, rubric));
    expect(f).toMatchObject({ pass: false, score: 0 });
  });
});

describe('empathy', () => {
  const complaint = scenario({ requires: { empathy: true } });

  it('is N/A unless the scenario is a complaint', () => {
    expect(only(empathy(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('passes when the agent acknowledges the complaint', () => {
    const i = chat([
      ['customer', '你们怎么又多扣我钱了！', 1000],
      ['agent', '非常抱歉给您带来不便，我马上帮您核实', 5000],
    ]);
    expect(only(empathy(i, complaint, rubric)).pass).toBe(true);
  });

  it('recognises complaints in everyday words and acknowledgements beyond 抱歉', () => {
    const S0 = scenario();
    const i = chat([
      ['customer', '电话一直打不通，排队排了半个小时才接通', 1000],
      ['agent', '辛苦您了，这种情况确实让人着急，我马上帮您处理', 5000],
    ]);
    const f = only(empathy(i, S0, rubric));
    expect(f.pass).toBe(true);
    const cold = chat([
      ['customer', '你们又乱扣费了', 1000],
      ['agent', '您的号码是多少', 5000],
      ['agent', '查到了，是套餐费', 8000],
    ]);
    expect(only(empathy(cold, S0, rubric)).pass).toBe(false);
  });

  it('passes on ASR text with a near-homophone slip', () => {
    const i = call([
      ['customer', '你们怎么又多扣我钱了', 1000, 3000],
      ['agent', '理解您的新情我马上帮您查', 4000, 7000],
    ]);
    expect(only(empathy(i, complaint, rubric)).pass).toBe(true);
  });

  it('fails when the agent ignores the complaint', () => {
    const i = chat([
      ['customer', '你们怎么又多扣我钱了！', 1000],
      ['agent', '请提供手机号', 5000],
    ]);
    expect(only(empathy(i, complaint, rubric)).pass).toBe(false);
  });
});

describe('empathy in any scenario (complaints recognised in the customer\'s words)', () => {
  const plain = scenario();

  it('applies when the customer complains in a scenario without requires.empathy, and quotes both turns', () => {
    const i = chat([
      ['agent', '您好，请问有什么可以帮您？', 1000],
      ['customer', '你们这效率也太低了吧，再这样我就去投诉了', 5000],
      ['agent', '非常抱歉给您带来不便，我马上帮您处理', 9000],
    ]);
    const f = only(empathy(i, plain, rubric));
    expect(f.pass).toBe(true);
    expect(f.evidence.map((e) => e.turn)).toEqual([1, 2]);
    expect(f.confidence).toBeGreaterThan(0.5);
    expect(f.matchKind).toBeDefined();
  });

  it('fails when neither of the agent\'s next two turns acknowledges the complaint (a later apology is too late)', () => {
    const i = chat([
      ['customer', '等了好久才接通，你们这服务真不行', 1000],
      ['agent', '这个情况我记一下。', 5000],
      ['agent', '您说一下订单号', 9000],
      ['agent', '给您添麻烦了，真的很抱歉', 13000],
    ]);
    // (round 23: turns ≤ 2 s apart in a chat are bubbles of one message — firstMessages — so these are 4 s apart)
    expect(only(empathy(i, plain, rubric)).pass).toBe(false);
  });

  it('counts repeated contacts and threats to escalate', () => {
    for (const said of ['这已经是我第三次打电话了', '我要打12315', '叫你们领导来']) {
      const i = chat([
        ['customer', said, 1000],
        ['agent', '好的，请问您的手机号', 5000],
      ]);
      expect(only(empathy(i, plain, rubric)).pass, said).toBe(false);
    }
  });

  it('is N/A for a neutral question about the complaint procedure, or when the customer declines to complain', () => {
    for (const said of ['我帮我妈问一下投诉的流程是什么', '不用投诉，没事，我就问问']) {
      const i = chat([
        ['customer', said, 1000],
        ['agent', '好的，我来为您解答', 5000],
      ]);
      expect(only(empathy(i, plain, rubric)).pass, said).toBe('na');
    }
  });
});

describe('empathy: complaints and acknowledgements by what they do', () => {
  const plain = scenario();
  const reply = (said: string, agent: string) => only(empathy(chat([['customer', said, 1000], ['agent', agent, 5000]]), plain, rubric));

  it('recognises grievances in other words (still not after X time, a broken promise, 很不满意, hardship, threats)', () => {
    for (const said of ['快递三天了还没到，你们到底怎么送的', '说好今天上门的，人呢', '房间有蟑螂，我很不满意', '宽带又断了，这个月第三次了', '暖气一点都不热', '再拿不到钱我们就去政府门口了', '说实话有点烦', '你们到底管不管']) {
      expect(reply(said, '好的，请问您的手机号').pass, said).toBe(false);
    }
  });

  it('is N/A for neutral requests that only mention a problem or a procedure', () => {
    for (const said of ['我想问一下快递到哪了', '我想投诉的话走什么流程', '如果不满意可以退吗', '师傅大概几点上门', '喂，是12345吗，我想问个事']) {
      expect(reply(said, '好的，请问您的手机号').pass, said).toBe('na');
    }
  });

  it('accepts acknowledgements in other words, not a bare 您别急 or procedure', () => {
    for (const agent of ['给您添堵了，实在过意不去', '我明白您现在很着急', '这个确实不应该发生', '您说得对，是我们的责任', '我很遗憾发生这样的事']) {
      expect(reply('我很不满意', agent).pass, agent).toBe(true);
    }
    for (const agent of ['好的您别急，您的预订号是多少', '您反映的情况我已经记录了', '感谢您的耐心等待']) {
      expect(reply('我很不满意', agent).pass, agent).toBe(false);
    }
  });
});

describe('politeness and rude forbidden words', () => {
  it('fails on a harsh 忌语 said without the honorific, not on one said with 您', () => {
    const rude = chat([['agent', '不是我们的问题，是你自己搞错了，请您下次注意', 1000]]);
    expect(only(politeness(rude, scenario(), rubric)).pass).toBe(false);
    const dismissive = chat([['agent', '请您理解，这个是您自己没注意，我帮您再处理一下', 1000]]);
    expect(only(politeness(dismissive, scenario(), rubric)).pass).toBe(true);
  });
});

/**
 * empathy (round 19): what is not a grievance — a question's A-not-A heard by sound as one (远不远 ≈ 冤不冤), a grumble
 * conceded at once (…还好终于通了), the trouble only avoided in a purpose clause (免得…白跑), what the customer cannot
 * work out told as the opening request; what is — a promise set against the time now (说好周二，这都周五了), a promise
 * broken with 根本; what acknowledges — guilt (我们很愧疚), the agent's own sorrow and the condolence (我也很难过 / 请您节哀);
 * a later 你们怎么搞的 is owed its own acknowledgement, a later grievance grounding a claim (…，有没有补偿？) is not.
 * Wordings are our own (a water utility, a cinema, a bakery, a library).
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const reply = '请问您的户号是多少';
const next = '好的我记下了';

describe('empathy: not a grievance (round 19)', () => {
  it('an A-not-A question is asked, not a grievance heard by sound', () => {
    expect(empathyAfter('你们营业厅离公交站远不远？', reply, next)).toBe('na');
  });
  it('a grumble conceded in the next words is set aside', () => {
    expect(empathyAfter('你们热线好难打进来啊，还好终于通了。我想问下水费', reply, next)).toBe('na');
    expect(empathyAfter('你们热线好难打进来啊。我想问下水费', reply, next)).toBe(false);
  });
  it('the trouble only avoided in a purpose clause has not happened', () => {
    expect(empathyAfter('我把情况一次说全，免得下回又白跑一趟', reply, next)).toBe('na');
  });
  it('what the customer cannot work out, told flatly as the opening request, is the matter', () => {
    expect(empathyAfter('您好，家里老人搞不明白这个新水表', reply, next)).toBe('na');
    expect(empathyAfter('家里老人搞不明白你们这个新水表，太难用了', reply, next)).toBe(false);
  });
});

describe('empathy: broken promises (round 19)', () => {
  it('the promise set against the time now, or broken with 根本, is a complaint', () => {
    for (const said of ['之前说好礼拜二来装，这都礼拜五了', '答应给我退款的，结果根本没退']) {
      expect(empathyAfter(said, reply, next), said).toBe(false);
    }
  });
});

describe('empathy: acknowledgement in other words (round 19)', () => {
  const grievance = '你们抄表员把我家院门弄坏了，太过分了';
  it('guilt, the agent’s own sorrow and the condolence acknowledge', () => {
    for (const said of ['这件事我们很愧疚，马上安排修', '听您这么说我也很难过，我们马上处理', '请您节哀，手续我们帮您办']) {
      expect(empathyAfter(grievance, said, next), said).toBe(true);
    }
  });
  it('the customer told not to feel guilty is no apology', () => {
    expect(empathyAfter(grievance, '您不用愧疚，户号报一下', next)).toBe(false);
  });
});

describe('empathy: later grievances (round 19)', () => {
  const contact = (later: string, reply2: string) =>
    chat([
      ['agent', '您好，图书馆服务台', 500],
      ['customer', '我预约的书三次都没给我留，太过分了', 1000],
      ['agent', '非常抱歉给您添麻烦了，我马上查', 2000],
      ['customer', '好', 3000],
      ['agent', '查到了，书在二楼前台', 4000],
      ['customer', later, 5000],
      ['agent', reply2, 6000],
      ['agent', '还有其他需要吗', 7000],
    ]);
  it('你们怎么搞的 reproaches: owed its own acknowledgement', () => {
    expect(only(empathy(contact('你们怎么搞的，留个书都留不住', '书在二楼前台'), scenario(), rubric)).pass).toBe(false);
  });
  it('a grievance grounding a claim asked next is met by the first acknowledgement', () => {
    expect(only(empathy(contact('白等了一上午，有没有补偿？', '可以送您一张延期券'), scenario(), rubric)).pass).toBe(true);
    expect(only(empathy(contact('白等了一上午，真气人。', '可以送您一张延期券'), scenario(), rubric)).pass).toBe(false);
  });
});

describe('empathy: heard and asked (round 19, second pass)', () => {
  it('不满 said counts; 不慢 and the written 不符 stay out', () => {
    expect(empathyAfter('我对你们这次的安排非常不满！', reply, next)).toBe(false);
    expect(empathyAfter('你们送得也不慢嘛，我想问下发票', reply, next)).toBe('na');
    expect(empathyAfter('蛋糕的检测结果跟标签不符，想问下怎么更正', reply, next)).toBe('na');
  });
  it('a match by sound across a pause is not heard', () => {
    expect(empathyAfter('嗯 早上好早上好 就是 想问下营业时间', reply, next)).toBe('na');
  });
  it('asked whether it will be so, or told as hearsay, is no grievance', () => {
    expect(empathyAfter('我下个月搬家，过户要多收钱吗？', reply, next)).toBe('na');
    expect(empathyAfter('我听朋友说你们乱收费。我想办个卡', reply, next)).toBe('na');
    expect(empathyAfter('你们又乱收费了，我想退卡', reply, next)).toBe(false);
  });
  it('a failure said to recur, the money set against what it bought, 你们怎么交代 are complaints', () => {
    for (const said of ['新买的烤箱三天两头坏', '交了钱就这种服务', '蛋糕摔成这样，你们怎么交代！']) {
      expect(empathyAfter(said, reply, next), said).toBe(false);
    }
  });
});

describe('empathy: a later grievance asking whether that is all (round 19)', () => {
  it('…，就这样吗？ asks for the remedy, met by the first acknowledgement', () => {
    const c = chat([
      ['agent', '您好，蛋糕店客服', 500],
      ['customer', '生日蛋糕晚到了三个小时，太过分了', 1000],
      ['agent', '非常抱歉耽误您的事了，我马上查', 2000],
      ['agent', '查到了，给您退一半的钱', 3000],
      ['customer', '我白跑一趟，就这样吗？', 4000],
      ['agent', '再送您一张五十元的券', 5000],
      ['agent', '还有其他需要吗', 6000],
    ]);
    expect(only(empathy(c, scenario(), rubric)).pass).toBe(true);
  });
});

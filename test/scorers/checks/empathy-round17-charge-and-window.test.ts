/**
 * empathy (round 17): a charge gone wrong reported flatly as the reason for the contact is its matter, not a complaint
 * (also after a bot's 人工); stressed it stays one; a backchannel said over the grievance takes no turn of the two; family
 * named beside the customer in the apology, a stall threatened with an authority, the head of a school called for, and
 * the customer at the end of their strength. Wordings are our own (a gym, a parking app, a kindergarten).
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { call, chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const reply = '好的，请提供一下您的会员卡号';
const opening = (said: string) =>
  only(empathy(chat([['agent', '您好，请问有什么可以帮您', 1000], ['customer', said, 2000], ['agent', reply, 3000], ['agent', '我这边查一下', 4000]]), scenario(), rubric)).pass;

describe('empathy: a charge gone wrong in the opening request (round 17)', () => {
  it('said flatly, it is the matter of the contact', () => {
    for (const said of ['我的停车费昨天被扣了两次', '停车场的闸机扣了我两笔，想问下几天能退', '不好意思，我发现月卡被重复扣费了，退回来要多久？', '饮料钱扣了东西没出来，想问下怎么退']) {
      expect(opening(said), said).toBe('na');
    }
  });

  it('stressed or accused, it is a complaint', () => {
    for (const said of ['怎么又扣了我两次！', '停车费扣了两次，太离谱了', '你们是不是故意多扣钱']) {
      expect(opening(said), said).toBe(false);
    }
  });

  it('the opening is the first turn after the agent speaks, not the 人工 typed to a bot', () => {
    const p = only(
      empathy(
        chat([
          ['bot', '您好，我是智能助手', 500],
          ['customer', '人工', 800],
          ['agent', '您好，请问有什么可以帮您', 1000],
          ['customer', '我的停车费昨天被扣了两次，想问下多久能退', 2000],
          ['agent', reply, 3000],
        ]),
        scenario(),
        rubric,
      ),
    ).pass;
    expect(p).toBe('na');
  });

  it('a question how to avoid a double charge is no grievance; a grace period asked with 能拖 neither', () => {
    expect(opening('请问以后怎么避免重复扣费')).toBe('na');
    expect(opening('会员到期以后最多能拖几天续费')).toBe('na');
  });
});

describe('empathy: the two turns after a grievance (round 17)', () => {
  it('a backchannel said over the grievance is not one of them', () => {
    const p = only(
      empathy(
        call([
          ['agent', '您好，幼儿园家长热线', 1000, 3000],
          ['customer', '班车连着三天都没来接孩子，太过分了', 4000, 9000],
          ['agent', '对', 6000, 6400],
          ['agent', '请问孩子在哪个班', 10000, 12000],
          ['customer', '大二班', 13000, 14000],
          ['agent', '实在抱歉，我马上联系班车老师', 15000, 18000],
        ]),
        scenario(),
        rubric,
      ),
    ).pass;
    expect(p).toBe(true);
  });
});

describe('empathy: forms (round 17)', () => {
  it('an apology naming the family beside the customer acknowledges', () => {
    expect(empathyAfter('班车连着三天都没来，太过分了', '给您和家里人带来不便了，我马上核实', '请问是哪条线路')).toBe(true);
  });
  it('您先别着急 going on to working it out together acknowledges nothing', () => {
    expect(empathyAfter('班车连着三天都没来，太过分了', '您先别着急，咱们一起看看怎么解决', '请问是哪条线路')).toBe(false);
  });
  it('a stall threatened with an authority, the head of the school called for and exhaustion are complaints', () => {
    for (const said of ['你们再这样推我就去市场监管局', '我要找你们园长', '我一个人带孩子，真的快撑不住了']) {
      expect(empathyAfter(said, '请问孩子在哪个班', '好的我记下了'), said).toBe(false);
    }
  });
});

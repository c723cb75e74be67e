/**
 * empathy (round 15): complaints by construction — the harm told in the passive with the firm as its doer (被你们…),
 * "so that's how you V it?" of the service (你们就这么…), a virtue of the service denied with 太不, a queue of hours
 * spent told without 了, a service called slow with 拖, 早该…, 怎么老是 + a failure, the household hungry or cold. Wordings are our own; each has look-alikes that voice no grievance.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

/** The verdict after a bare reply: false when the turn is a complaint, 'na' when it is not. */
const verdict = (said: string) => empathyAfter(said, '好的，请提供一下您的账号', '我这边登记一下');

describe('empathy: round-15 complaint constructions', () => {
  it('complain', () => {
    for (const said of [
      '这次真是被你们害苦了，婚礼的请柬一张都没印出来',
      '我等着用的零件，被你们耽误了整整一周',
      '我都交了押金了，你们就这么打发我？',
      '你们这收费标准太不透明了',
      '排队三个多小时最后说系统维护，白来一趟',
      '你们物业做事也太拖了',
      '楼道那盏灯早就该修好了吧',
      '你们这个APP怎么总是闪退',
      '停电一整晚，老人和孩子都只能挨冻',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('look-alikes stay out', () => {
    for (const said of ['我的包裹被你们签收了吗？', '要排队两小时吗，我想早点去', '这个颜色太不常见了，还有货吗', '你们这么晚还营业吗', '服务员说拖鞋放门口就行', '早就该到的快递今天能到吗？我查一下单号', '孩子饿着肚子去上学了，我想问问订餐的事']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: a grievance only supposed (round 15)', () => {
  it('a clause opening with 要是 / 如果 / 万一 asks what would follow', () => {
    for (const said of ['要是收到的货被压坏了，能直接退吗', '万一到时候还是不满意，能再找谁？']) expect(verdict(said), said).toBe('na');
  });
  it('a threat, a look back (要是早知道…) or a grievance outside the condition still complains', () => {
    for (const said of ['要是明天还不退款，我就去投诉你们', '要是早知道你们这么坑人，我就不买了', '货被压坏了，要是不给换我也没办法'])
      expect(verdict(said), said).toBe(false);
  });
});

describe('empathy: the occasion missed, 还 V 什么 V, a feeling understood (round 15)', () => {
  it('complain', () => {
    for (const said of ['婚礼都过了两天才送到，这花篮现在还摆什么摆', '孩子生日都过了蛋糕才来']) expect(verdict(said), said).toBe(false);
  });
  it('look-alikes stay out', () => {
    for (const said of ['还有什么有优惠的套餐吗', '节假日都过了，现在下单几天能到？']) expect(verdict(said), said).toBe('na');
  });
  it('理解您 + the feeling named acknowledges', () => {
    expect(empathyAfter('都等了一个礼拜了还没人来修，太离谱了', '理解您的失望，我马上帮您催一下师傅', '好的')).toBe(true);
  });
});

describe('empathy: a match by sound across a gap (round 15)', () => {
  it('stray syllables at the two ends of a long clause are no complaint', () => {
    // 你们…泰迪 sounds like 你们…太低, a pattern with a gap; the clause only asks about bringing a dog
    for (const said of ['你们民宿周末我想带一只泰迪', '你们店里的狗粮给泰迪吃合适吗']) expect(verdict(said), said).toBe('na');
  });
  it('a short one still stands for the misheard word', () => {
    expect(verdict('你们这服务太茶了')).toBe(false);
  });
});

describe('empathy: a complaint filed earlier asked after, with when between (round 15)', () => {
  it('is the business of the call', () => {
    for (const said of ['我想问一下我之前投诉那个快递员的事，有结果了吗', '帮我查查上周投诉那家健身房的进展']) expect(verdict(said), said).toBe('na');
  });
  it('a complaint made now still is one', () => {
    expect(verdict('我之前反映的问题没人管，这次我要投诉你们')).toBe(false);
  });
});

describe('empathy: a press for the answer after a bare referral (round 15)', () => {
  const after = (agent: string) =>
    only(
      empathy(
        chat([
          ['agent', '您好，请问有什么可以帮您', 1000],
          ['customer', '我家楼下的路灯什么时候能修好？', 2000],
          ['agent', agent, 3000],
          ['customer', '那你们总得给个说法吧', 4000],
          ['agent', '好的，我这边登记一下', 5000],
          ['agent', '还有别的问题吗', 6000],
        ]),
        scenario(),
        rubric,
      ),
    ).pass;
  it('asks for the answer the referral withheld: no complaint', () => {
    expect(after('修路灯的事您找街道办'), '修路灯的事您找街道办').toBe('na');
  });
  it('after an answer, the same words still complain', () => {
    expect(after('路灯已经派单了，三天内修好')).toBe(false);
  });
});

describe('empathy: 垃圾 as literal rubbish (round 15)', () => {
  it('by its kind or handled, it is the matter reported', () => {
    for (const said of ['小区门口有人倒了一堆装修垃圾，想反映一下', '楼道里堆了好多垃圾，能派人来清吗']) expect(verdict(said), said).toBe('na');
  });
  it('said of the service it is contempt', () => {
    expect(verdict('你们这什么垃圾服务')).toBe(false);
  });
});

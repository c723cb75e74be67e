/**
 * empathy (round 18): the fault the call is about, stated flatly in the opening request — a new thing that failed
 * (新买的…就坏了), what could not be got (一直约不上), damage on the way (被压坏了) — is its matter, not a complaint, also
 * after a bare hello (喂？听得到吗？) and with a how-to question (怎么设置); stressed it stays one. The same harm told with
 * 你们 as its doer (你们快递员把我的花瓶摔碎了) is a complaint, and 您先别着急 going straight to a non-answer acknowledges
 * nothing. Wordings are our own (a kettle, a swimming pool, a florist).
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const opening = (...said: string[]) =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ...said.map((s, i) => ['customer', s, 2000 + i * 500] as ['customer', string, number]),
        ['agent', '请问您的订单号是多少', 4000],
        ['agent', '好的我查一下', 5000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: a fault stated flatly in the opening request (round 18)', () => {
  it('is the matter of the contact', () => {
    for (const said of ['新买的电水壶烧了两次就不加热了。保修多久？', '游泳馆的私教课一直约不上，什么时候放课？', '收到的花瓶被压坏了，想申请补发', '新装的净水器用了三天就漏水了，怎么设置冲洗？']) {
      expect(opening(said), said).toBe('na');
    }
  });
  it('also after a bare hello', () => {
    expect(opening('喂？听得到吗？', '新买的电水壶烧了两次就不加热了。保修多久？')).toBe('na');
  });
  it('stressed, it is a complaint', () => {
    for (const said of ['新买的电水壶用了两次就坏了！', '私教课一直约不上，你们到底怎么安排的', '新买的电水壶用了两次就坏了，太离谱了']) {
      expect(opening(said), said).toBe(false);
    }
  });
});

describe('empathy: round 18 harm and non-answers', () => {
  it('the harm told with 你们 as its doer is a complaint', () => {
    expect(empathyAfter('你们快递员把我的花瓶摔碎了', '请问订单号是多少', '好的')).toBe(false);
  });
  it('您先别着急 going straight to a non-answer acknowledges nothing', () => {
    expect(empathyAfter('收到的花都蔫了，太过分了', '您先别着急，这个我也说不准', '订单号是多少')).toBe(false);
  });
});

/**
 * empathy (issue 10, round 6): complaints seen by their structure — the company named as the one who keeps delaying or
 * evading, dependants living on what the company holds back — and a rhetorical question (反问句: 哪有/难道/何必), which
 * states a grievance, is owed its own acknowledgement like a statement. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const complaintSeen = (said: string) => empathyAfter(said, '好的，我查一下', '请提供一下您的保单号') !== 'na';

describe('complaint: the company as the delayer, dependants relying on the money', () => {
  it('is a complaint', () => {
    for (const said of ['理赔材料早交了，你们一直拖着', '你们老是推脱，说不是你们的事', '老婆孩子都指着这笔钱生活', '全家就指望这点工资过年', '你们的承诺从来不兑现', '说好的补贴根本不算数', '你们这什么垃圾系统', '今天你们必须给个说法', '再不给我个说法我就打12315', '路灯坏了一个月了，你们到底管不管？']) {
      expect(complaintSeen(said), said).toBe(true);
    }
  });

  it('a plain wait, a tow truck or a promotion is none', () => {
    for (const said of ['我等着这笔钱到账', '你们拖车几点到', '你们还推荐别的套餐吗', '孩子等着我去接', '这个积分算不算数', '邮件是不是进垃圾箱了', '物业费和垃圾费一起交吗', '你们能不能催一下卖家给个说法', '麻烦让物业给我们一个说法', '另外问一下，小区门口的路灯你们管不管？']) {
      expect(complaintSeen(said), said).toBe(false);
    }
  });
});

/** A first complaint acknowledged, an answer, then `later` and the agent's bare `reply`. */
const afterAcknowledged = (later: string, reply: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，理赔专员小孟为您服务', 500],
        ['customer', '车修好一个月了理赔款还没到，太过分了', 1000],
        ['agent', '让您等了这么久，真的很抱歉，我马上帮您查', 2000],
        ['customer', '嗯', 3000],
        ['agent', '查到了，审核还差一张发票', 4000],
        ['customer', later, 5000],
        ['agent', reply, 6000],
        ['agent', '还有别的需要吗', 7000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: a rhetorical question states a grievance', () => {
  it('is owed its own acknowledgement', () => {
    for (const later of ['我哪有时间天天跟你们耗', '难道你们就这样办事？', '那我岂不是白等了？']) {
      expect(afterAcknowledged(later, '发票补上就能审核'), later).toBe(false);
      expect(afterAcknowledged(later, '确实给您添麻烦了，发票我帮您催'), later).toBe(true);
    }
  });

  it('a real question is still left to the first acknowledgement', () => {
    for (const later of ['那到底要补哪张发票？', '钱到底什么时候到？']) expect(afterAcknowledged(later, '补购车发票，补齐后三天到账'), later).toBe(true);
  });
});

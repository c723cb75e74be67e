/**
 * resolution: a receipt token as the whole reply to the customer's question (哦。/ 知道了 / 嗯嗯，是吧), or a bare 嗯 to a
 * request for action, with nothing after it, is a non-answer; a 嗯 to a yes/no question says yes, and a receipt the
 * agent goes straight on from, or answers after in its next turn, is a backchannel. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'days', label: '审核时长', expected: '3个工作日', wrong: ['5个工作日'], cues: ['审核'] }] });
const contact = (asked: string, said: string, then?: string) =>
  chat([
    ['agent', '您好，工号6630为您服务', 500],
    ['customer', '资料审核要多久？', 1000],
    ['agent', '审核是3个工作日。', 3000],
    ['customer', asked, 5000],
    ['agent', said, 7000],
    ...(then ? [['agent', then, 8000] as ['agent', string, number]] : []),
    ['customer', '好吧，再见。', 9000],
    ['agent', '再见。', 10_000],
  ]);
const pass = (asked: string, said: string, then?: string) => only(resolution(contact(asked, said, then), S, rubric)).pass;

describe('a receipt token for the answer', () => {
  it('is a non-answer', () => {
    expect(pass('那能不能帮我先把名字登记上？', '哦。')).toBe(false);
    expect(pass('审核没过的话押金怎么处理？', '嗯，知道了。')).toBe(false);
    expect(pass('能不能派个人上门收材料？', '嗯')).toBe(false);
  });

  it('closed by the wrap-up question, it is still the receipt alone (round 12)', () => {
    expect(pass('审核没过的话押金怎么处理？', '知道了。您还有别的问题吗？')).toBe(false);
    expect(pass('审核没过的话押金怎么处理？', '就是哦 其他还需要了解什么吗')).toBe(false);
    expect(pass('审核没过的话押金怎么处理？', '知道了，押金原路退回。还有别的问题吗？')).toBe(true);
  });

  it('a bare 嗯 to a yes/no question says yes', () => {
    expect(pass('周六也审核吗？', '嗯。')).toBe(true);
  });

  it('a receipt the agent goes straight on from, or answers after, is a backchannel', () => {
    expect(pass('那能不能帮我先把名字登记上？', '哦', '名字我这边先帮您记在预约单上，材料到了再补')).toBe(true);
    expect(pass('能不能派个人上门收材料？', '嗯', '可以，明天下午安排同事上门')).toBe(true);
  });
});

describe('a receipt token to a side question (round 11)', () => {
  it('is no polite shrug: a non-answer', () => {
    expect(pass('顺便问一下，你们大厅有饮水机吗？', '哦。')).toBe(false);
  });
  it('a bare 嗯 to a side question still says yes', () => {
    expect(pass('顺便问一下，大厅有饮水机吗？', '嗯。')).toBe(true);
  });
});


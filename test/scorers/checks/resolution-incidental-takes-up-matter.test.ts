/**
 * resolution: a question placed like an incidental one (after the fact and a further question were answered, no fact
 * cue in it) is still a follow-up on the customer's own matter when it takes up a word of what the customer told
 * before any fact was stated (拉链的事怎么处理 after 拉链被扯坏了): a shrug to it stays a non-answer. A word the agent
 * itself said before the question (the service's own name, the agent's echo) does not count, and a pointer
 * elsewhere there stays the 忌语 checks' business. Also: a not-knowing put on the customer (您自己都搞不清楚…) is a
 * rebuke, not the agent's non-answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '寄存费', expected: '每天5元', wrong: ['每天10元'], cues: ['寄存', '费'] }] });
const contact = (side: string, shrug: string, greeting = '您好，工号3318为您服务') =>
  chat([
    ['agent', greeting, 500],
    ['customer', '我昨天存的背包，拉链被扯坏了。另外想问下怎么收费？', 1000],
    ['agent', '行李寄存是每天5元。', 3000],
    ['customer', '晚上十点以后还能取吗？', 4000],
    ['agent', '可以的，前台二十四小时有人，随时能取。', 4500],
    ['customer', side, 5000],
    ['agent', shrug, 7000],
    ['agent', '给您登记好了，单号JC2026120501，还有别的事吗？', 8000],
    ['customer', '没有了，谢谢。', 9000],
    ['agent', '不客气，再见。', 11_000],
  ]);
const pass = (side: string, shrug: string, greeting?: string) => only(resolution(contact(side, shrug, greeting), S, rubric)).pass;

describe('resolution: a question that takes up the matter the customer called about', () => {
  it('a shrug to it stays a non-answer', () => {
    expect(pass('坏掉的拉链你们管修吗？', '这个我们这边不太清楚')).toBe(false);
  });

  it('an aside, a word the agent said first, or a pointer elsewhere leaves it to the incidental reading', () => {
    expect(pass('附近哪里能换外币', '换外币我们这里查不到')).toBe(true);
    expect(pass('坏掉的拉链你们管修吗？', '这个我们这边不太清楚', '您好，拉链维修寄存中心，工号3318为您服务')).toBe(true);
    expect(pass('坏掉的拉链你们管修吗？', '修拉链的事您问前台去吧')).toBe(true);
  });
});

describe('resolution: the not-knowing put on the customer', () => {
  it('is a rebuke, not the agent failing to answer', () => {
    const c = chat([
      ['agent', '您好，工号3318为您服务', 500],
      ['customer', '合同上的违约金到底按哪个算？', 1000],
      ['agent', '您自己都搞不清楚还来问我，照合同上写的办。', 3000],
      ['customer', '好的。', 4000],
    ]);
    expect(only(resolution(c, scenario(), rubric)).pass).toBe(true);
  });
});

/**
 * resolution (the lead's round-6 decision, the rubric's `rudeInsteadOfAnswer`): a rude or dismissive 忌语 said INSTEAD of
 * an answer to the customer's question is a non-answer even after the scenario's fact was answered; the same line
 * with an answer before or after it, in reply to a rhetorical grievance, a statement closed by 吧, a why-question
 * met with blame (the cause, rudely) or the customer thinking aloud is not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '补卡费', expected: '10元', wrong: ['20元'], cues: ['补卡', '费'] }] });
const contact = (asked: string, said: string, then?: string) =>
  chat([
    ['agent', '您好，工号5120为您服务', 500],
    ['customer', '补卡要多少钱？', 1000],
    ['agent', '补卡费是10元。', 3000],
    ['customer', asked, 5000],
    ['agent', said, 7000],
    ...(then ? [['agent', then, 8000] as ['agent', string, number]] : []),
    ['customer', '行吧。', 9000],
  ]);
const withCategories = (categories: string[]) => ({ ...rubric, vocabularies: { ...rubric.vocabularies, rudeInsteadOfAnswer: categories } });
const on = withCategories(['推诿', '不耐烦', '已说过', '指责客户', '命令训斥', '讽刺挖苦', '激将投诉', '粗俗辱骂', '冷漠敷衍']);
const pass = (asked: string, said: string, then?: string, r = on) => only(resolution(contact(asked, said, then), S, r)).pass;

describe('a rude line instead of the answer', () => {
  it('is a non-answer after the fact was answered', () => {
    expect(pass('那新卡几天能寄到？', '我都说了多少遍了，烦不烦。')).toBe(false);
    expect(pass('新卡能寄到单位吗？', '有本事你去投诉啊。')).toBe(false);
    expect(pass('旧卡里的余额怎么办？', '这不归我们管，你问银行去。')).toBe(false);
  });

  it('with the answer before or after it, in the turn or the next one, answers rudely', () => {
    expect(pass('那新卡几天能寄到？', '烦不烦啊，三个工作日寄到。')).toBe(true);
    expect(pass('旧卡里的余额怎么办？', '这不归我们管，你问银行去。余额会自动转到新卡上，不用另外办。')).toBe(true);
    expect(pass('新卡能寄到单位吗？', '地址写单位也能寄，收件人写您本人就行。烦死了。')).toBe(true);
    expect(pass('那新卡几天能寄到？', '我都说了多少遍了，烦不烦。', '三个工作日。')).toBe(true);
  });

  it('after no question — a rhetorical grievance, a statement closed by 吧, thinking aloud — is the 忌语 alone', () => {
    expect(pass('凭什么啊，你们到底会不会办事', '有本事你去投诉啊。')).toBe(true);
    expect(pass('那我先这么着吧。', '有本事你去投诉啊。')).toBe(true);
    expect(pass('我想想怎么说啊，就是那个', '你到底要问什么，快点说。')).toBe(true);
  });

  it('blame replying to a why-question names the cause', () => {
    expect(pass('为什么我的卡又被锁了？', '是你自己密码输错了三次。')).toBe(true);
  });

  it('without the rubric setting, a rude line beside answered facts stays the 忌语 checks\' business', () => {
    expect(pass('那新卡几天能寄到？', '我都说了多少遍了，烦不烦。', undefined, withCategories([]))).toBe(true);
  });
});

describe('the default rubric', () => {
  it('leaves an insult or impatience instead of an answer to the 忌语 checks; a rubric listing 推诿 counts a brush-off as unanswered', () => {
    expect(pass('旧卡里的余额怎么办？', '这不归我们管，你问银行去。', undefined, withCategories(['推诿', '冷漠敷衍']))).toBe(false);
    expect(pass('那新卡几天能寄到？', '我都说了多少遍了，烦不烦。', undefined, rubric)).toBe(true);
    expect(pass('新卡能寄到单位吗？', '有本事你去投诉啊。', undefined, rubric)).toBe(true);
  });
});

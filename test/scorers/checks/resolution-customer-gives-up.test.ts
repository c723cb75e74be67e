/**
 * resolution: a short reply that gives nothing (a lack of information, a guess closed by 吧, a receipt token), which the
 * customer lets go in the very next turn (好吧，那算了 / 那也只能这样了 / 行，那我自己再看看 / 唉，好吧), leaves the
 * question unanswered — also after the scenario's fact was answered and for a question placed like an aside; a
 * reply the customer takes (好的，谢谢), an answer, a refusal and an aside opened with 顺便 keep their own readings.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '年费', expected: '每年60元', wrong: ['每年90元'], cues: ['年费'] }] });
const contact = (side: string, reply: string, then: string) =>
  chat([
    ['agent', '您好，工号5172为您服务', 500],
    ['customer', '借书证年费多少？', 1000],
    ['agent', '借书证年费是每年60元。', 3000],
    ['customer', '逾期了怎么算？', 4000],
    ['agent', '逾期会暂停借阅，还书后恢复。', 5000],
    ['customer', side, 6000],
    ['agent', reply, 7000],
    ['customer', then, 9000],
    ['agent', '感谢来电，再见。', 11_000],
  ]);
const pass = (side: string, reply: string, then: string) => only(resolution(contact(side, reply, then), S, rubric)).pass;

describe('the customer gives up on the reply', () => {
  it('a reply that gives nothing, let go, is a non-answer', () => {
    expect(pass('阅览室能带水杯吗？', '暂时没收到这方面的通知。', '好吧，那算了。')).toBe(false);
    expect(pass('古籍区周末开放吗？', '估计开吧。', '那也只能这样了。')).toBe(false);
    expect(pass('可以帮我续借到下个月吗', '我这没权限', '行 那我自己再想办法')).toBe(false);
    expect(pass('打印室收现金吗？', '哦。', '唉，行吧。')).toBe(false);
  });

  it('the same reply taken without giving up keeps the aside reading', () => {
    expect(pass('阅览室能带水杯吗？', '这个我不太清楚。', '好的，谢谢。')).toBe(true);
  });

  it('an answer, a refusal or a 顺便 aside let go is not one', () => {
    expect(pass('古籍区周末开放吗？', '周末照常开。', '好吧，那算了。')).toBe(true);
    expect(pass('能不能把罚款免了？', '不可能的。', '好吧，那算了。')).toBe(true);
    expect(pass('顺便问下，阅览室能带水杯吗？', '这个我不太清楚。', '好吧，那算了。')).toBe(true);
  });
});

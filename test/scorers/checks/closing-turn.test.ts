/**
 * closing: a customer whose last words are a bare receipt (嗯 / 行 / 好的) after the agent answered the last question and
 * spoke again had let the agent finish — the agent's closing belonged in its last turns (fail, not N/A); a receipt right
 * after the only answer, a new question or a walk-out as the last line keep the customer-left reading. Our own wordings
 * (a piano tuner's line, a ferry ticket office).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { endsOnAcknowledgement } from '../../../scorers/checks/closing-turn.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type Line = ['agent' | 'customer', string, number];
const opening: Line[] = [
  ['agent', '您好，调琴服务热线，请问有什么可以帮您', 1000],
  ['customer', '调一次琴多少钱', 3000],
  ['agent', '立式琴三百元一次', 6000],
];
const verdict = (rest: Line[]) => only(closing(chat([...opening, ...rest]), S, rubric)).pass;

describe('closing: the agent answered, spoke again, and the customer only acknowledged', () => {
  it('no closing in those turns: fail', () => {
    for (const [more, receipt] of [['好，那您约个时间。', '嗯'], ['那就这样', '行'], ['行。', '嗯嗯'], ['师傅上门前会先打电话', '好的。']]) {
      expect(verdict([['agent', more, 8000], ['customer', receipt, 10000]]), `${more} / ${receipt}`).toBe(false);
    }
  });
  it('a closing in those turns: pass', () => {
    expect(verdict([['agent', '好的，感谢您的来电，再见', 8000], ['customer', '嗯', 10000]])).toBe(true);
  });
});

describe('closing: the customer still left mid-contact', () => {
  it('a receipt right after the only answer: N/A', () => {
    expect(verdict([['customer', '嗯', 8000]])).toBe('na');
  });
  it('a new question or a walk-out as the last line: N/A', () => {
    for (const last of ['那周末上门加钱吗', '算了，太贵了']) {
      expect(verdict([['agent', '师傅上门前会先打电话', 8000], ['customer', last, 10000]]), last).toBe('na');
    }
  });
  it('a hold announcement is the answer still coming, not a second turn', () => {
    const rest: Line[] = [['customer', '能开发票吗', 8000], ['agent', '请您稍等，我帮您查一下', 9000], ['agent', '可以开', 20000], ['customer', '嗯', 22000]];
    expect(verdict(rest)).toBe('na');
  });
});

describe('closing-turn: what a bare acknowledgement is', () => {
  it('receipts with fillers and punctuation', () => {
    for (const t of ['嗯', '嗯嗯。', '行', '好的！', '哦……', '嗯 好', 'OK']) expect(endsOnAcknowledgement(t), t).toBe(true);
  });
  it('anything with content is not', () => {
    for (const t of ['算了', '好的，那先这样', '行，谢谢', '那多久能到', '']) expect(endsOnAcknowledgement(t), t).toBe(false);
  });
});

describe("closing: a resigned 好吧 / 行吧 is the customer's receipt, not a question", () => {
  const hungUp = (rest: Line[]) => {
    const c = chat([...opening, ...rest]);
    c.events.push({ type: 'hangup', atMs: 30000, detail: { by: 'customer' } });
    return only(closing(c, S, rubric)).pass;
  };
  it('the agent answered 好吧 with a bare 嗯。 and the customer hung up: the agent had its turn (fail)', () => {
    for (const receipt of ['……好吧', '行吧']) expect(hungUp([['customer', receipt, 8000], ['agent', '嗯。', 9000]]), receipt).toBe(false);
  });
  it('a real question answered just before the hang-up still cut the agent off (N/A)', () => {
    expect(hungUp([['customer', '那要提前多久约', 8000], ['agent', '提前两天就行', 9000]])).toBe('na');
  });
});

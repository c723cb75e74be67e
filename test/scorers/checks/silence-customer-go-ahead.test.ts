/**
 * A customer turn of acknowledgements, spoken fillers and go-ahead continuers (嗯，你说 / 那个好的 — ASR hears the
 * filler 那个 as 哪个) after the agent asks for a moment takes no word from the agent: the silence after it is the
 * announced hold. A turn that says more (a question, a request) is not one. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { onlyAcknowledges } from '../../../scorers/checks/silence-turns.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { compileRubric, prepare } from '../../../scorers/context.js';
import { call, chat, rubric } from '../helpers.js';

const afterAsk = (customer: string) =>
  chat([
    ['agent', '您好，驾校客服，请问有什么可以帮您？', 1000],
    ['customer', '科目二的补考费多少钱', 6000],
    ['agent', '我帮您查一下这期的收费标准，您稍等片刻好吗？', 10_000],
    ['customer', customer, 16_000],
    ['agent', '感谢您的耐心等待，补考费是一百二十元。', 70_000],
  ]);

describe('a go-ahead or filler acknowledgement after a request to wait', () => {
  it('keeps the announced hold', () => {
    for (const q of ['嗯，你说', '好，您说吧', '那个好的', '哪个好的', '就是 嗯。', '行，请讲']) {
      expect(accountSilences(afterAsk(q), rubric).silences.map((s) => s.kind), q).toEqual(['announced-hold']);
    }
  });

  it('a turn that says more is no acknowledgement', () => {
    for (const q of ['你说什么时候能考', '那个补考要重新约吗？', '哪个？']) {
      expect(accountSilences(afterAsk(q), rubric).silences.map((s) => s.kind), q).toEqual(['unannounced']);
    }
  });

  it('on a call with ASR text', () => {
    const i = call([
      ['agent', '好的我查一下请您稍等', 1000, 4000],
      ['customer', '嗯 嗯 你说', 5000, 6000],
      ['agent', '谢谢您的等待 查到了', 30_000, 33_000],
    ]);
    expect(accountSilences(i, rubric).silences.map((s) => s.kind)).toEqual(['announced-hold']);
    const t = prepare(i).customer[0]!;
    expect(onlyAcknowledges(compileRubric(rubric), t)).toBe(true);
  });
});

/**
 * NameLearner.learnJson looks at a JSON text before parsing it, and parses only when the text
 * shows a name it has not learnt: it must learn exactly what learnNames learns from the parsed value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnNames, NameLearner } from '../../../reports/privacy/mask-data.js';

const PIECES = ['我叫张伟', '我是', '王先生', '周晓梅女士', '，叫李娜', '我姓王，', '联系人：赵敏', '\n', '"', '\\', '\\n', '您好', '名字', '先生', '小姐姐', '叫', '李', '欧阳娜娜', '张', '伟', '\t孙美玲', '客服小王'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
const value = fc.record({
  contactId: text,
  item: text,
  turns: fc.array(fc.record({ speaker: fc.constantFrom('agent', 'customer'), text }), { maxLength: 4 }),
  reason: text,
});

describe('NameLearner.learnJson', () => {
  it('learns what learnNames learns from the parsed value, over generated texts with cues, escapes and identifiers', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
        const learner = new NameLearner({}, ['客服小王']);
        for (const v of values) learner.learnJson(JSON.stringify(v));
        const expected = new Set(values.flatMap((v) => learnNames(v, ['客服小王'])).filter((n) => n !== '客服小王'));
        expect(new Set(learner.learntNames())).toEqual(expected);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('does not parse a text that names nobody new', () => {
    const learner = new NameLearner({}, []);
    let parsed = 0;
    const parse = (t: string) => () => (parsed++, JSON.parse(t));
    const a = JSON.stringify({ text: '我是客服，我叫张伟' });
    learner.learnJson(a, parse(a));
    expect(parsed).toBe(1);
    const b = JSON.stringify({ text: '张伟先生您好，我是5747号客服', contactId: 'x' });
    learner.learnJson(b, parse(b));
    expect(parsed).toBe(1);
    expect(learner.learntNames()).toEqual(['张伟']);
  });
});

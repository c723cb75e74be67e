import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseRubric, resolveRubricPath } from '../../../harness/scoring/rubric-loader.js';
import { InputError } from '../../../harness/errors.js';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { vocabCategories } from '../../../scorers/rubric/schema.js';
import { chat, only, scenario } from '../helpers.js';

const defaultText = () => readFile(resolveRubricPath('sjt-11739'), 'utf8');

/** The default rubric with its vocabularies section replaced (a centre's older rubric). */
async function withVocabularies(yaml: string): Promise<string> {
  const text = await defaultText();
  return text.slice(0, text.indexOf('\nvocabularies:\n')) + '\n' + yaml + text.slice(text.indexOf('\nthresholds:'));
}

const OLD_STYLE = `vocabularies:
  greetings: [您好]
  closings: [再见]
  forbidden: [不知道, 爱找谁找谁]
  forbiddenExceptions: [不知道您]
  politeness: [您, 请]
  empathy: [抱歉]
  holdRequest: [请稍等]
  holdThanks: [久等了]
  survey: [评价]
  agentIdKeywords: [工号]
  verification: [身份证]
  disclosure: [余额]
  referenceKeywords: [工单号]
  unresolved: [不知道]
  negators: [不, 没]`;

describe('rubric vocabularies', () => {
  it("a centre's older rubric with flat lists still loads and scores", async () => {
    const r = parseRubric(await withVocabularies(OLD_STYLE), 'centre.yaml');
    expect(vocabCategories(r.vocabularies.forbidden)).toEqual([{ name: 'default', category: { phrases: ['不知道', '爱找谁找谁'], patterns: [], exceptions: [], exceptionPatterns: [] } }]);
    const f = only(forbiddenWords(chat([['agent', '爱找谁找谁', 1000]]), scenario(), r));
    expect(f.pass).toBe(false);
    // without a complaint vocabulary the built-in threats still make empathy apply
    const i = chat([
      ['customer', '我要投诉你们', 1000],
      ['agent', '好的', 3000],
    ]);
    expect(only(empathy(i, scenario(), r)).pass).toBe(false);
  });

  it('a bad construction pattern is reported with file:line and its path', async () => {
    const yaml = OLD_STYLE.replace('forbidden: [不知道, 爱找谁找谁]', "forbidden:\n    推诿:\n      phrases: [不归我管]\n      patterns: ['(?:你|您自己']");
    let err: unknown;
    try {
      parseRubric(await withVocabularies(yaml), 'centre.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const problem = (err as InputError).problems[0]!;
    expect(problem.field).toBe('vocabularies.forbidden.推诿.patterns.0');
    expect(problem.message).toContain('not a valid regular expression');
    const text = await withVocabularies(yaml);
    expect(problem.line).toBe(text.split('\n').findIndex((l) => l.includes("patterns: ['(?:你|您自己']")) + 1);
  });

  it('a category needs a phrase or a pattern', async () => {
    const yaml = OLD_STYLE.replace('forbidden: [不知道, 爱找谁找谁]', 'forbidden:\n    推诿:\n      exceptions: [可以自己]');
    let err: unknown;
    try {
      parseRubric(await withVocabularies(yaml), 'centre.yaml');
    } catch (e) {
      err = e;
    }
    expect((err as InputError).problems.some((p) => p.message.includes('at least one phrase or pattern'))).toBe(true);
  });
});

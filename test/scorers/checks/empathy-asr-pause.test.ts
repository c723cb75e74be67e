/**
 * Round 22 (ASR reading): the empathy vocabulary reads a space between two Han characters in a recognised call as the
 * clause break it stands for, so a comfort said as its own clause (…让人着急 您辛苦了 您…) is found as in the punctuated
 * line; run on into a longer clause with no pause (您辛苦了半天…) it stays what it was. Wordings are our own (a gym).
 */
import { describe, expect, it } from 'vitest';
import { compileRubric } from '../../../scorers/context.js';
import { viewOf } from '../../../scorers/text/view.js';
import { vocabHitsInView } from '../../../scorers/vocab-scan.js';
import { rubric } from '../helpers.js';

const c = compileRubric(rubric);
const comfort = (line: string) => vocabHitsInView(c, 'empathy', viewOf(line)).map((m) => m.quote.replace(/[，\s]/gu, ''));

describe('empathy: a comfort as a clause of its own, punctuated or spaced', () => {
  it('reads alike', () => {
    expect(comfort('排课确实让人着急 您辛苦了 您把预约截图发我')).toEqual(comfort('排课确实让人着急，您辛苦了，您把预约截图发我'));
    expect(comfort('排课确实让人着急 您辛苦了 您把预约截图发我')).toContain('您辛苦了');
  });

  it('run on with no pause it is not a clause of its own', () => {
    expect(comfort('您辛苦了半天也没约上吧')).not.toContain('您辛苦了');
  });
});

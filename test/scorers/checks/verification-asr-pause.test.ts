/**
 * Round 22 (ASR reading): the verification frame (the agent saying it checks what it asked for, 我核对一下 as a clause) is
 * read with a space between two Han characters in a recognised call as the clause break it stands for: the spaced line
 * frames the asked data as the punctuated one does. A check of something else (我核对一下课表) frames nothing either way.
 * Wordings are our own (a gym).
 */
import { describe, expect, it } from 'vitest';
import { compileRubric } from '../../../scorers/context.js';
import { viewOf } from '../../../scorers/text/view.js';
import { vocabHitsInView } from '../../../scorers/vocab-scan.js';
import { rubric } from '../helpers.js';

const c = compileRubric(rubric);
const frames = (line: string) => vocabHitsInView(c, 'verificationFrame', viewOf(line)).map((m) => m.category);

describe('verification: the check frame said as its own clause, punctuated or spaced', () => {
  it('reads alike', () => {
    const spaced = frames('麻烦报一下办卡手机号和会员姓名 我核对一下 您想改到哪天');
    expect(spaced.length).toBeGreaterThan(0);
    expect(spaced).toEqual(frames('麻烦报一下办卡手机号和会员姓名，我核对一下，您想改到哪天'));
  });

  it('a check of something else frames nothing', () => {
    expect(frames('我核对一下课表 您稍等')).toEqual([]);
    expect(frames('我核对一下课表，您稍等')).toEqual([]);
  });
});

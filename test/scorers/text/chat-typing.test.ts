/**
 * Round 22: typing styles of web chat that keep a line's meaning must not change how it is read (text/normalise.ts,
 * text/chat-marks.ts). A line break inside a message ends a sentence as 。 does; a tilde ends a soft sentence unless it
 * joins a range of numbers; a sticker or media code in square brackets is no typed words; a space typed between a digit
 * and its magnitude joins one number. Our own wordings (a pharmacy's delivery desk).
 */
import { describe, expect, it } from 'vitest';
import { foldGeneral, stripBreaks } from '../../../scorers/text/normalise.js';
import { viewOf } from '../../../scorers/text/view.js';

/** norm and clause breaks of a line, as every check reads it. */
const read = (s: string) => {
  const v = viewOf(s);
  return { norm: v.norm, breaks: Array.from(v.breakBefore).join('') };
};

describe('typed chat marks read like their full-width forms', () => {
  it.each([
    ['药已经打包好了\n骑手半小时内取件', '药已经打包好了。骑手半小时内取件'],
    ['药已经打包好了\r\n骑手半小时内取件', '药已经打包好了。骑手半小时内取件'],
    ['没问题[抱拳]马上给您安排', '没问题。马上给您安排'],
    ['没问题［抱拳］', '没问题。'],
    ['处方我看过了[图片]可以配送', '处方我看过了。可以配送'],
    ['[玫瑰]谢谢您的耐心', '谢谢您的耐心'],
    ['配送费满 2 千元免', '配送费满2千元免'],
    ['年度限额 3 万元', '年度限额3万元'],
  ])('%j reads as %j', (typed, plain) => {
    expect(read(typed)).toEqual(read(plain));
  });

  it('the general fold (rare characters) reads the same marks alike', () => {
    for (const [typed, plain] of [['𠀀好的稍等[握手]', '𠀀好的稍等。'], ['𠀀限额 3 万', '𠀀限额3万'], ['𠀀已登记\n稍后回电', '𠀀已登记。稍后回电']]) {
      const a = stripBreaks(foldGeneral(typed!));
      const b = stripBreaks(foldGeneral(plain!));
      expect([a.norm, a.breakBefore.join('')]).toEqual([b.norm, b.breakBefore.join('')]);
    }
  });
});

describe('look-alikes keep their reading', () => {
  it('a tilde between two numerals is a range, not a sentence end', () => {
    expect(viewOf('一般2~3天送到').norm).toContain('2~3');
    expect(viewOf('一般两～三天送到').norm).toContain('~');
  });

  it('square brackets around words that are no sticker (too long, unclosed, Latin) keep the words', () => {
    expect(viewOf('请看[配送范围说明文件]').norm).toContain('配送范围说明文件');
    expect(viewOf('好[抱拳').norm).toContain('抱拳');
    expect(viewOf('选项[a]').norm).toContain('a');
  });

  it('a space between two spoken digit groups still parts them; a space inside a clause is no break', () => {
    expect(read('幺五九 零零').breaks).toContain('1');
    expect(read('药已经 打包好了').breaks).toBe(read('药已经打包好了').breaks);
  });

  it('a space before a magnitude after a Han numeral is left to the ASR reading', () => {
    expect(read('三 万').breaks).toContain('1');
  });
});

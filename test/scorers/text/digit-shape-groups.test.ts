/**
 * Round 24 (speed, no finding changes): a digit literal whose next character is a literal that is no digit only past
 * a group's end or into a group (regex-groups.ts literalComesNext) takes only the last digit of a run, like one
 * followed by a Han literal directly; lines of one shape differing inside their runs then share the vocabulary hits.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, vocabHitsInView, type VocabName } from '../../../scorers/context.js';
import { compilePattern } from '../../../scorers/text/patterns.js';
import { patternDigits } from '../../../scorers/text/digit-shape.js';
import { buildView, resetViewCaches, viewOf } from '../../../scorers/text/view.js';
import { rubric } from '../helpers.js';
import { hitsAlone } from './shape-hits.js';

const c = compileRubric(rubric);
const digits = (source: string) => patternDigits(compilePattern(source));
/** bit d: digit d anywhere; 20 + d: only where a run of digits ends. */
const plain = (d: number) => 1 << d;
const runEnd = (d: number) => 1 << (20 + d);

describe('patternDigits through group ends', () => {
  it('bounds a digit whose group closes before a Han literal, or before a group opening with one in every branch', () => {
    expect(digits('(?:四|4)楼')).toBe(runEnd(4));
    expect(digits('(?:五|5|几)(?:趟|回)')).toBe(runEnd(5));
    expect(digits('等我(?:一)?下')).toBe(runEnd(1));
    expect(digits('我(?:就7|只)(?:个)?(?:保安|门卫)')).toBe(runEnd(7));
    expect(digits('(?:9d影院|影城)')).toBe(runEnd(9));
  });

  it('leaves the digit told everywhere when anything but a literal may come next', () => {
    expect(digits('(?:四|4)+楼')).toBe(plain(4));
    expect(digits('(?:4|四)(?=楼)')).toBe(plain(4));
    expect(digits('(?:五|5)(?:趟)?')).toBe(plain(5));
    expect(digits('(?:五|5)(?:趟|\\d)')).toBe(plain(5));
    expect(digits('(?:五|5)(?:趟)*回')).toBe(runEnd(5));
    expect(digits('(?:五|5)(?:趟){0,2}')).toBe(plain(5));
    expect(digits('6|楼')).toBe(plain(6));
    expect(digits('(?:六|6)[楼层]')).toBe(plain(6));
  });
});

describe('vocabulary hits shared by digit shape, groups bounding the digits', () => {
  const lines = [
    '我的会员卡号是一三八12345678',
    '我的会员卡号是一三八87654321',
    '我的会员卡号是一三八13131313',
    '快递单尾号是4821',
    '快递单尾号是1313',
    '车票上写的是3号车厢，订单号是12345678',
    '车票上写的是2号车厢，订单号是31313131',
    '怎么又扣了我2次年费，流水号是55512345',
    '怎么又扣了我3次年费，流水号是55554321',
    '你等我1下，工位号是7781',
    '你等我1下，工位号是1131',
    '我是3021号店员阿青，您找我就行',
    '我是3028号店员阿青，您找我就行',
    '我是4444号店员阿青，您找我就行',
  ];
  const names = Object.keys(c.vocabs) as VocabName[];

  it('finds on every line what a scan of that line alone finds (positions, levels and its own quotes)', () => {
    const alone = hitsAlone(c, lines);
    lines.forEach((line, i) => names.forEach((n, k) => expect(vocabHitsInView(c, n, buildView(line))).toEqual(alone[i]![k])));
    resetViewCaches();
    // the same through the view cache's derived views (digit-shape.ts shapedView)
    lines.forEach((line, i) => names.forEach((n, k) => expect(vocabHitsInView(c, n, viewOf(line))).toEqual(alone[i]![k])));
  });
});

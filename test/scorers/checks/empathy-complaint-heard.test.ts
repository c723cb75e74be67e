/**
 * empathy: a complaint read as said — a two-syllable match by sound is no complaint (typed 生态葬 is not 太脏); a
 * repetition is a grievance from twice on (改了一次 is a change, 拖了一次车 a tow; 扣了好几次 a repeated charge); the
 * charge of exploiting the customer's plight. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const verdict = (said: string) => empathyAfter(said, '好的，我这边看一下', '请提供一下您的手机号');

describe('empathy: a complaint as said', () => {
  it('a two-syllable sound-alike of a complaint word is none; the word written out still is one', () => {
    expect(verdict('想了解一下海葬和生态葬哪个便宜')).toBe('na');
    expect(verdict('你们这个候车室太脏了')).toBe(false);
  });

  it('a thing done once is no grievance of repetition; twice or again and again is', () => {
    for (const said of ['上门时间我改了一次，想确认一下新时间', '车子上周被拖了一次车，想问问拖车发票']) expect(verdict(said), said).toBe('na');
    for (const said of ['上门时间都改了三次了', '这个月话费被扣了好几次']) expect(verdict(said), said).toBe(false);
  });

  it('a charge of exploiting the customer is one', () => {
    expect(verdict('开个锁要五百，你们这不是趁火打劫吗')).toBe(false);
    expect(verdict('开个锁要多少钱，晚上加价吗')).toBe('na');
  });
});

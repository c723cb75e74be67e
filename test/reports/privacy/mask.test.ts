import { describe, expect, it } from 'vitest';
import { findPii, maskText } from '../../../reports/privacy/mask.js';
import { isIdCard15, isIdCard18, luhnValid } from '../../../reports/privacy/digits.js';
import { measure, readPiiFixtures } from './pii-metrics.js';

describe('maskText', () => {
  it('keeps evidence useful: 138****8000, 110***********1234-style IDs, 张*', () => {
    expect(maskText('我叫张伟，手机13800138000')).toBe('我叫张*，手机138****8000');
    expect(maskText('身份证11010519491231002X')).toBe('身份证110***********002X');
    expect(maskText('卡号6222021234567890128')).toBe('卡号6222***********0128');
    expect(maskText('邮箱 zhangwei@example.com')).toBe('邮箱 z***@example.com');
    expect(maskText('住在北京市朝阳区建国路88号3栋')).toBe('住在北京市朝阳区****');
  });

  it('reads spoken and grouped numbers', () => {
    expect(maskText('一三八零零一三八零零零')).toBe('138****8000');
    expect(maskText('幺三九 一二三四 五六七八')).toBe('139****5678');
    expect(maskText('138-0013-8000')).toBe('138****8000');
    expect(maskText('+86 139 1234 5678')).toBe('+86139****5678');
  });

  it('leaves look-alikes readable: 工号, amounts, order numbers, dates, hotlines, last four digits', () => {
    for (const text of ['工号 1380 为您服务', '金额¥1380013800', '订单号：6222021234567890128', '2024-12-03 14:30', '热线400-820-8820', '尾号8000', '95588']) {
      expect(maskText(text)).toBe(text);
    }
  });

  it('validates before masking: a bad ID checksum or Luhn digit is not personal', () => {
    expect(isIdCard18('11010519491231002X')).toBe(true);
    expect(isIdCard18('110105194912310021')).toBe(false);
    expect(isIdCard15('110105491231002')).toBe(true);
    expect(isIdCard15('110105491331002')).toBe(false);
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(maskText('号码 6222021234567890127')).toBe('号码 6222021234567890127');
  });

  it('masks the persona name everywhere, and only the kinds asked for; keep wins', () => {
    expect(maskText('王先生您好', { personaNames: ['王先生'] })).toBe('王**您好');
    expect(maskText('王先生您好')).toBe('王先生您好');
    expect(maskText('我叫张伟，手机13800138000', { kinds: ['phone'] })).toBe('我叫张伟，手机138****8000');
    expect(maskText('回拨 010-62345678', { keep: ['01062345678'] })).toBe('回拨 010-62345678');
    expect(maskText('我叫张伟', { mask: false })).toBe('我叫张伟');
  });

  it('finds spans in order without overlaps', () => {
    const spans = findPii('姓名：黄志强，电话13698765432，住天津市和平区南京路189号');
    expect(spans.map((s) => s.kind)).toEqual(['name', 'phone', 'address']);
  });
});

describe('the labelled fixture set (test/fixtures/pii, written before the masker)', () => {
  it('has enough lines, with look-alikes', () => {
    const lines = readPiiFixtures();
    expect(lines.length).toBeGreaterThanOrEqual(150);
    expect(lines.filter((l) => l.pii.length === 0).length).toBeGreaterThanOrEqual(60);
  });

  it('precision and recall ≥ 0.95 overall, and every kind found at least 90% of the time', () => {
    const m = measure(readPiiFixtures());
    // printed so that the figures can be quoted; misses and false masks name the line
    console.log(`PII masker on ${m.labelled} labelled values: precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`, m.misses, m.falseMasks);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    for (const [kind, k] of Object.entries(m.byKind)) expect(k.found / k.labelled, kind).toBeGreaterThanOrEqual(0.9);
  });
});

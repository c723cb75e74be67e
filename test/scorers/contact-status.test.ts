import { describe, expect, it } from 'vitest';
import { contactStatus, failedBy } from '../../scorers/contact-status.js';
import { scoreContact } from '../../scorers/score.js';
import { call, chat, rubric, scenario } from './helpers.js';

describe('contact status: who is judged as service', () => {
  it('a contact with an agent turn is served', () => {
    expect(contactStatus(chat([['agent', '您好', 1000]]))).toBe('served');
  });

  it('no answer, busy, or no agent turn at all: not connected', () => {
    expect(contactStatus(call([], { outcome: 'no-answer' }))).toBe('not-connected');
    expect(contactStatus(call([['agent', '您好', 1000, 2000]], { outcome: 'busy' }))).toBe('not-connected');
    expect(contactStatus(chat([['system', '当前排队人数1', 1000], ['customer', '有人吗', 5000]], { outcome: 'abandoned' }))).toBe('not-connected');
    expect(contactStatus(call([['ivr', '欢迎致电，人工服务请按0', 1000, 5000]]))).toBe('not-connected');
  });

  it("the tool's own failures: failedBy, else derived from the error code of a failed contact", () => {
    const failed = (code: string) => chat([['agent', '您好', 1000]], { outcome: 'failed', error: { code, message: 'x' } });
    expect(failedBy(failed('E_SELECTOR_TIMEOUT'))).toBe('harness');
    expect(failedBy(failed('E_PAGE_CRASHED'))).toBe('harness');
    expect(failedBy(failed('E_CALL_LOST'))).toBe('harness');
    expect(failedBy(failed('E_CLOSED_BY_CENTRE'))).toBe('centre');
    expect(failedBy(failed('E_QUEUE_TIMEOUT'))).toBe('centre');
    expect(failedBy({ ...failed('E_CLOSED_BY_CENTRE'), failedBy: 'harness' })).toBe('harness');
    // a completed contact whose recording did not arrive is scored on what was captured
    expect(failedBy(chat([['agent', '您好', 1000]], { error: { code: 'E_RECORDING_MISSING', message: 'x' } }))).toBeNull();
    expect(contactStatus(failed('E_BROWSER_LAUNCH'))).toBe('harness-failure');
  });

  it('a contact that reached no agent is N/A on every check and has no quality score (not 38.9)', () => {
    const r = scoreContact(chat([['customer', '有人吗', 2000]], { durationMs: 90_000 }), scenario(), rubric);
    expect(r.status).toBe('not-connected');
    expect(r.findings).toHaveLength(21);
    expect(r.findings.every((f) => f.pass === 'na' && f.reason.includes('未接通'))).toBe(true);
    expect(r.qualityScore).toBeNull();
  });

  it("a harness failure gets no findings and no sheets", () => {
    const r = scoreContact(chat([['agent', '您好', 1000]], { outcome: 'failed', error: { code: 'E_PAGE_CRASHED', message: 'x' } }), scenario(), rubric);
    expect(r).toMatchObject({ status: 'harness-failure', findings: [], sheets: [], qualityScore: null });
  });
});

describe('confidence and needsReview (score.ts)', () => {
  it('every finding has a confidence; only judged findings below reviewBelow need review', () => {
    const i = call([
      ['agent', '您好，工号1023为您服务', 1000, 4000],
      ['customer', '补卡多少钱', 5000, 7000],
      ['agent', '补卡二十元', 15_200, 17_000], // 8.2 s: dead air by a hair
    ]);
    const r = scoreContact(i, scenario(), rubric);
    for (const f of r.findings) {
      expect(f.confidence, f.check).toBeGreaterThanOrEqual(0);
      expect(f.confidence, f.check).toBeLessThanOrEqual(1);
      expect(f.matchKind, f.check).toBeTruthy();
      expect(f.needsReview === true, f.check).toBe(f.pass !== 'na' && f.confidence! < rubric.thresholds.reviewBelow);
    }
    expect(r.findings.find((f) => f.check === 'dead-air')).toMatchObject({ pass: false, needsReview: true });
  });
});

import { errors } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WebchatFailure } from '../../../../harness/channels/webchat/errors.js';
import { toFailure } from '../../../../harness/channels/webchat/port.js';

describe('toFailure (Playwright errors → codes a user can act on)', () => {
  it('names the selector that timed out', () => {
    const failure = toFailure(new errors.TimeoutError('locator.fill: Timeout 1500ms exceeded.'), 'input', '#msg-box', 1500);
    expect(failure.code).toBe('E_SELECTOR_TIMEOUT');
    expect(failure.message).toContain('input selector "#msg-box"');
    expect(failure.toData('steps.3')).toMatchObject({ code: 'E_SELECTOR_TIMEOUT', step: 'steps.3' });
  });

  it('recognises a closed page / browser as E_PAGE_CRASHED', () => {
    const failure = toFailure(new Error('locator.click: Target page, context or browser has been closed'), 'send', '#send', 1000);
    expect(failure.code).toBe('E_PAGE_CRASHED');
  });

  it('passes WebchatFailures through and keeps other errors as E_PAGE_ACTION', () => {
    const original = new WebchatFailure('E_X', 'x');
    expect(toFailure(original, 'end', '#end', 1)).toBe(original);
    expect(toFailure(new Error('something odd'), 'end', '#end', 1).code).toBe('E_PAGE_ACTION');
  });
});

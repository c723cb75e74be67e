/**
 * What a failed click says. Playwright's timeout message carries a call log; when the element was
 * found but could not be clicked, "did not appear" would send the user looking for the wrong fault.
 * The call logs below are shaped as playwright-core 1.5x prints them.
 */
import { describe, expect, it } from 'vitest';
import { notActionableBecause, selectorTimeout, widgetStepFailed } from '../../../../harness/channels/webchat/errors.js';

const log = (...lines: string[]) => ['locator.click: Timeout 30000ms exceeded.', 'Call log:', ...lines].join('\n');
const RESOLVED = '  - waiting for locator(\'#send\')\n    - locator resolved to <button id="send">发送</button>';

describe('notActionableBecause', () => {
  it('names the element that took the click', () => {
    const msg = log(RESOLVED, '  - attempting click action', '      - <div class="modal-mask">…</div> intercepts pointer events', '    - retrying click action');
    expect(notActionableBecause(msg)?.why).toBe('was found but covered by <div class="modal-mask">…</div>, which took the click');
  });

  it('tells hidden, disabled and moving elements apart', () => {
    expect(notActionableBecause(log(RESOLVED, '      - element is not visible'))?.why).toBe('was found but stayed hidden');
    expect(notActionableBecause(log(RESOLVED, '      - element is not enabled'))?.why).toBe('was found but stayed disabled');
    expect(notActionableBecause(log(RESOLVED, '      - element is not stable'))?.why).toBe('was found but kept moving');
  });

  it('is null when the element was never found, or the log says nothing it knows', () => {
    expect(notActionableBecause(log("  - waiting for locator('#send')"))).toBeNull();
    expect(notActionableBecause(log(RESOLVED))).toBeNull();
    expect(notActionableBecause('')).toBeNull();
  });
});

describe('step and selector failures', () => {
  it('keep "did not appear" / "did not match" when nothing was found', () => {
    expect(widgetStepFailed('frame', 'iframe#chat', 'in the top page', 800).message).toBe('widget frame: "iframe#chat" (the chat iframe) did not appear in the top page within 800 ms');
    expect(selectorTimeout('send', '#send', 800).message).toBe('the send selector "#send" did not match a usable element on the chat page within 800 ms');
  });

  it('say what blocked a found element, and point at the scenario field', () => {
    const err = selectorTimeout('send', '#send', 800, 'in the chat frame iframe#w', log(RESOLVED, '      - element is not enabled'));
    expect(err.message).toBe('the send selector "#send" was found but stayed disabled in the chat frame iframe#w within 800 ms');
    expect(err.hint).toContain('target.selectors.send');
  });
});

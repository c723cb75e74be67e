import { describe, expect, it } from 'vitest';
import { resolveChatUrl, waitForQuiet } from '../../../../harness/channels/webchat/page-steps.js';
import { SELECTOR_PRESETS } from '../../../../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../../../../harness/channels/webchat/recorder.js';

describe('resolveChatUrl', () => {
  it('defaults to {{centre}}/chat and adds ref=<contactId>', () => {
    expect(resolveChatUrl(undefined, 'http://127.0.0.1:4010/', {}, 'c-1')).toEqual({ ok: true, url: 'http://127.0.0.1:4010/chat?ref=c-1' });
  });

  it('fills {{centre}} from the config and other {{vars}} from the contact, keeping existing parameters', () => {
    const result = resolveChatUrl('{{centre}}/widget/{{brand}}?lang=zh&ref=old', 'https://kefu.example.cn', { brand: 'bank', centre: 'ignored' }, 'run1-0007');
    expect(result).toEqual({ ok: true, url: 'https://kefu.example.cn/widget/bank?lang=zh&ref=run1-0007' });
  });

  it('encodes the contact id', () => {
    const result = resolveChatUrl('http://h/chat', '', {}, 'a b&c');
    expect(result.ok && new URL(result.url).searchParams.get('ref')).toBe('a b&c');
  });

  it('rejects what is not an absolute http(s) URL', () => {
    const relative = resolveChatUrl('{{centre}}/chat', '', {}, 'c');
    expect(relative.ok).toBe(false);
    if (!relative.ok) expect(relative.error.code).toBe('E_CHAT_URL');
    const other = resolveChatUrl('javascript:alert(1)', '', {}, 'c');
    expect(other.ok).toBe(false);
  });
});

describe('waitForQuiet', () => {
  const selectors = SELECTOR_PRESETS['simulated-centre']!;

  it('returns after the quiet period when nothing arrives', async () => {
    const recorder = new ChatRecorder(Date.now(), selectors);
    const started = Date.now();
    await waitForQuiet(recorder, 200, 10_000, () => false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(9_000);
  });

  it('keeps waiting while messages keep arriving, up to the bound', async () => {
    const recorder = new ChatRecorder(Date.now(), selectors);
    const started = Date.now();
    const feeder = setInterval(() => recorder.handle({ kind: 'message', id: `m${Date.now()}`, speaker: 'agent', text: '稍等', at: Date.now() }), 50);
    await waitForQuiet(recorder, 800, 1_200, () => false);
    clearInterval(feeder);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_150);
  });

  it('stops at once when the chat is closed or the caller says stop', async () => {
    const recorder = new ChatRecorder(Date.now(), selectors);
    recorder.handle({ kind: 'state', value: 'ended', at: Date.now() });
    const started = Date.now();
    await waitForQuiet(recorder, 5_000, 10_000, () => false);
    await waitForQuiet(new ChatRecorder(Date.now(), selectors), 5_000, 10_000, () => true);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});

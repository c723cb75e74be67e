/**
 * The chat-widget additions on the phone: `handoff` is the spoken request only (no bot to wait
 * out), `wait speaker: human` is the agent and never the IVR, `speaker: bot` never matches a call.
 */
import { describe, expect, it } from 'vitest';
import { VoiceScript, type HeardLine } from '../../../../harness/channels/voice/voice-script.js';

const ivr = (text: string, atMs: number): HeardLine => ({ speaker: 'ivr', text, atMs });
const agent = (text: string, atMs: number): HeardLine => ({ speaker: 'agent', text, atMs });

describe('VoiceScript with widget steps', () => {
  it('says the hand-off line (default 转人工, {{vars}} filled, "" says nothing)', () => {
    const s = new VoiceScript([{ handoff: true }, { handoff: { say: '{{ask}}' } }, { handoff: { say: '' } }, { end: true }], { ask: '人工服务' });
    expect(s.advance(0)).toEqual([{ kind: 'say', text: '转人工' }, { kind: 'say', text: '人工服务' }, { kind: 'hangup' }]);
  });

  it('a human wait skips the IVR, a bot wait never matches on the phone', () => {
    const s = new VoiceScript([{ wait: { pattern: '您好', speaker: 'human', timeoutMs: 5000 } }, { wait: { pattern: '.', speaker: 'bot', timeoutMs: 1000, optional: true } }, { say: 'x' }], {});
    expect(s.advance(0)).toEqual([{ kind: 'listen', timeoutMs: 5000 }]);
    expect(s.advance(1000, ivr('您好，欢迎致电', 1000))).toEqual([{ kind: 'listen', timeoutMs: 4000 }]);
    expect(s.advance(2000, agent('您好，工号1023', 2000))).toEqual([{ kind: 'listen', timeoutMs: 1000 }]);
    expect(s.advance(3000, agent('请讲', 3000))).toEqual([{ kind: 'say', text: 'x' }, { kind: 'hangup' }]);
  });
});

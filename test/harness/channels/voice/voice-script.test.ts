import { describe, expect, it } from 'vitest';
import { VoiceScript, type HeardLine } from '../../../../harness/channels/voice/voice-script.js';
import type { InteractionEvent } from '../../../../harness/interaction/types.js';
import type { Step } from '../../../../harness/scenario/schema.js';

const ivr = (text: string, atMs: number): HeardLine => ({ speaker: 'ivr', text, atMs });
const agent = (text: string, atMs: number): HeardLine => ({ speaker: 'agent', text, atMs });

describe('VoiceScript', () => {
  it('turns steps into TwiML actions, listening whenever a wait has nothing to match yet', () => {
    const steps: Step[] = [
      { wait: { pattern: '请按1', speaker: 'ivr' } },
      { press: '1' },
      { wait: '工号' },
      { say: '你好，我是{{persona.name}}，想问一下补卡。', delayMs: 1500 },
      { pause: 2000 },
      { end: { reason: 'done' } },
    ];
    const events: InteractionEvent[] = [];
    const s = new VoiceScript(steps, { 'persona.name': '王芳' }, (e) => events.push(e));
    expect(s.advance(0)).toEqual([{ kind: 'listen', timeoutMs: 30_000 }]);
    expect(s.advance(1000, ivr('欢迎致电，普通话服务请按1', 1000))).toEqual([{ kind: 'press', digits: '1' }, { kind: 'listen', timeoutMs: 30_000 }]);
    // The wait for the agent began at 1000 (after the key press): 2 s of its 30 s are gone.
    expect(s.advance(3000, ivr('正在为您转接', 3000))).toEqual([{ kind: 'listen', timeoutMs: 28_000 }]);
    expect(s.advance(5000, agent('您好，工号1023为您服务', 5000))).toEqual([
      { kind: 'pause', ms: 1500 },
      { kind: 'say', text: '你好，我是王芳，想问一下补卡。' },
      { kind: 'pause', ms: 2000 },
      { kind: 'hangup', reason: 'done' },
    ]);
    expect(s.finished).toBe(true);
    expect(s.customerHungUp).toBe(true);
    expect(s.error).toBeUndefined();
    expect(events.filter((e) => e.type === 'step').map((e) => e.detail?.path)).toEqual(['steps.0', 'steps.1', 'steps.2', 'steps.3', 'steps.4', 'steps.5']);
  });

  it('a wait for the IVR is not satisfied by an agent, and counts its timeout from when it began listening', () => {
    const s = new VoiceScript([{ wait: { pattern: '请按', speaker: 'ivr', timeoutMs: 10_000 } }, { say: 'x' }], {});
    expect(s.advance(100)).toEqual([{ kind: 'listen', timeoutMs: 10_000 }]);
    expect(s.advance(4100, agent('请按照提示操作', 4100))).toEqual([{ kind: 'listen', timeoutMs: 6000 }]);
    const last = s.advance(10_200);
    expect(last).toEqual([{ kind: 'hangup', reason: 'E_WAIT_TIMEOUT' }]);
    expect(s.error).toMatchObject({ code: 'E_WAIT_TIMEOUT', step: 'steps.0', hint: expect.stringContaining('请按照提示操作') });
  });

  it('an optional wait that times out lets the script go on', () => {
    const s = new VoiceScript([{ wait: { pattern: '满意度', timeoutMs: 1000, optional: true } }, { end: true }], {});
    s.advance(0);
    expect(s.advance(1500)).toEqual([{ kind: 'hangup' }]);
    expect(s.error).toBeUndefined();
  });

  it('consumes what was heard like the chat inbox: a line heard earlier still counts, read lines are not re-read', () => {
    const s = new VoiceScript([{ say: 'a' }, { wait: '您好' }, { wait: '您好' }], {});
    expect(s.advance(0)).toEqual([{ kind: 'say', text: 'a' }, { kind: 'listen', timeoutMs: 30_000 }]);
    // One greeting satisfies the first wait only.
    expect(s.advance(10, agent('您好', 10))).toEqual([{ kind: 'listen', timeoutMs: 30_000 }]);
  });

  it('takes the branch whose case matches, or otherwise on timeout', () => {
    const steps: Step[] = [
      {
        branch: {
          timeoutMs: 5000,
          cases: [
            { when: '身份证', steps: [{ say: '后四位是1234' }] },
            { when: '手机号', steps: [{ say: '尾号是5678' }] },
          ],
          otherwise: [{ say: '请问还在吗？' }],
        },
      },
      { end: true },
    ];
    const a = new VoiceScript(steps, {});
    a.advance(0);
    expect(a.advance(100, agent('请提供您的手机号', 100))).toEqual([{ kind: 'say', text: '尾号是5678' }, { kind: 'hangup' }]);
    const b = new VoiceScript(steps, {});
    b.advance(0);
    expect(b.advance(6000)).toEqual([{ kind: 'say', text: '请问还在吗？' }, { kind: 'hangup' }]);
  });

  it('fails a pending wait when the centre hangs up, but not an optional one', () => {
    const a = new VoiceScript([{ wait: '工号' }], {});
    a.advance(0);
    a.closedByCentre('completed');
    expect(a.error).toMatchObject({ code: 'E_CLOSED_BY_CENTRE', step: 'steps.0' });
    const b = new VoiceScript([{ wait: { pattern: '再见', optional: true } }], {});
    b.advance(0);
    b.closedByCentre('completed');
    expect(b.error).toBeUndefined();
  });

  it('hangs up when the steps run out', () => {
    const s = new VoiceScript([{ say: '好的' }], {});
    expect(s.advance(0)).toEqual([{ kind: 'say', text: '好的' }, { kind: 'hangup' }]);
    expect(s.advance(10)).toEqual([{ kind: 'hangup' }]);
  });
});

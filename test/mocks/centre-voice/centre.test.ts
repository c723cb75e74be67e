import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGroundTruth } from '../../../mocks/centre/ground-truth.js';
import { keywordAgents, sharedBrainAgents } from '../../../mocks/centre-voice/brain.js';
import { createVoiceCentre, thinkMs } from '../../../mocks/centre-voice/centre.js';
import type { CentreCallContext, ScheduledSpeech } from '../../../mocks/centre-voice/types.js';

/** A hand-driven call context: time only moves when the test says so. */
function fakeCall(callSid = 'CA' + 'c'.repeat(32)) {
  let now = 1_000_000;
  const spoken: ScheduledSpeech[] = [];
  const marks: { type: string; at: number }[] = [];
  let timers: { at: number; fn: () => void }[] = [];
  let hungUp = false;
  let lastEnd = 0;
  const ctx: CentreCallContext = {
    callSid,
    now: () => now,
    speak(text, speaker, delayMs = 0) {
      const startAt = Math.max(now + delayMs, lastEnd);
      const s = { speaker, text, startAt, endAt: startAt + text.length * 100 };
      lastEnd = s.endAt;
      spoken.push(s);
      return s;
    },
    after: (ms, fn) => void timers.push({ at: now + ms, fn }),
    mark: (type, _detail, at = now) => void marks.push({ type, at }),
    hangup: () => void (hungUp = true),
  };
  return {
    ctx,
    spoken,
    marks,
    get hungUp() {
      return hungUp;
    },
    /** Advance the clock, running due timers in time order. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) break;
        timers = timers.slice(1);
        now = Math.max(now, next.at);
        next.fn();
      }
      now = until;
    },
  };
}

describe('voice centre', () => {
  it('plays the menu, queues on 1 and puts an agent on the line after the queue wait', () => {
    const centre = createVoiceCentre({ queueWaitMs: 5000, agents: keywordAgents() });
    const plan = centre.answer({ callSid: 'x', to: '+8695566000', from: '+15005550006' });
    expect(plan).toMatchObject({ result: 'answer', ringMs: 3000 });
    if (plan.result !== 'answer') return;
    const call = fakeCall();
    const session = plan.start(call.ctx);
    expect(call.spoken[0]).toMatchObject({ speaker: 'ivr', text: expect.stringContaining('普通话服务请按1') });
    call.advance(6000);
    session.onDigit('1');
    expect(call.spoken.at(-1)).toMatchObject({ speaker: 'ivr', text: '正在为您转接人工服务，请稍候。' });
    call.advance(20_000);
    expect(call.marks.map((m) => m.type)).toEqual(['queued', 'agent-joined']);
    const joined = call.marks[1]!.at;
    expect(joined - call.marks[0]!.at).toBe(5000);
    expect(call.spoken.at(-1)).toMatchObject({ speaker: 'agent', text: expect.stringContaining('工号1023') });
    session.onSpeech('我想查一下话费');
    call.advance(20_000);
    expect(call.spoken.at(-1)!.text).toContain('58元');
  });

  it('repeats the menu on silence, rejects other keys, and gives up after two repeats', () => {
    const centre = createVoiceCentre({ menuTimeoutMs: 5000, agents: keywordAgents() });
    const plan = centre.answer({ callSid: 'x', to: '+8695566000', from: '+1' });
    if (plan.result !== 'answer') throw new Error('expected an answer');
    const call = fakeCall();
    const session = plan.start(call.ctx);
    session.onDigit('9');
    expect(call.spoken.at(-1)!.text).toBe('您的输入有误，请重新选择。');
    call.advance(120_000);
    const menus = call.spoken.filter((s) => s.text.includes('请按1')).length;
    expect(menus).toBe(4); // welcome, after the wrong key, then two repeats
    expect(call.spoken.at(-1)!.text).toBe('对不起，您没有选择，再见。');
    expect(call.hungUp).toBe(true);
  });

  it('is busy, never answers or fails for the configured numbers', () => {
    const centre = createVoiceCentre({ busyNumbers: ['+1'], noAnswerNumbers: ['+2'], failedNumbers: ['+3'] });
    expect(centre.answer({ callSid: 'a', to: '+1', from: '+9' }).result).toBe('busy');
    expect(centre.answer({ callSid: 'b', to: '+2', from: '+9' }).result).toBe('no-answer');
    expect(centre.answer({ callSid: 'c', to: '+3', from: '+9' }).result).toBe('failed');
  });

  it('serves with the shared agent brain and logs the call to the same ground truth as chats', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gt-voice-')), 'gt.jsonl');
    const centre = createVoiceCentre({ queueWaitMs: 1000, timeScale: 0.01, groundTruthPath: path, agents: sharedBrainAgents({ profile: 'wrong-fact' }) });
    const plan = centre.answer({ callSid: 'x', to: '+8695566000', from: '+1' });
    if (plan.result !== 'answer') throw new Error('expected an answer');
    const call = fakeCall('CA' + 'd'.repeat(32));
    const session = plan.start(call.ctx);
    session.onDigit('1');
    call.advance(30_000);
    session.onSpeech('你好，我的信用卡丢了，想挂失一下。');
    call.advance(60_000);
    session.onSpeech('身份证后四位是1234，手机号是13800001234。');
    call.advance(120_000);
    session.onHangup();
    await centre.flush();
    const records = await readGroundTruth(path);
    expect(new Set(records.map((r) => r.ref))).toEqual(new Set(['CA' + 'd'.repeat(32)]));
    const types = records.map((r) => r.type);
    expect(types[0]).toBe('session');
    expect(types).toEqual(expect.arrayContaining(['queued', 'agent-joined', 'message', 'fact', 'end']));
    expect(records.find((r) => r.type === 'session')).toMatchObject({ channel: 'voice', profile: 'wrong-fact' });
    expect(records.some((r) => r.type === 'fact' && !r.correct)).toBe(true);
    expect(records.some((r) => r.type === 'message' && r.speaker === 'system' && r.text.includes('请按1'))).toBe(true);
    expect(call.marks.map((m) => m.type)).toEqual(expect.arrayContaining(['hold-start', 'hold-end']));
  });

  it('drops typing time from chat delays: on the phone only the think time remains', () => {
    expect(thinkMs('一二三四五六七八', 3000)).toBe(2000);
    expect(thinkMs('很长很长的一句话', 500)).toBe(300);
    expect(thinkMs('好的。', 50_000)).toBeGreaterThan(49_000);
  });
});

import { describe, expect, it } from 'vitest';
import { provisionalTranscript, speechMs } from '../../../harness/transcribe/gather.js';

describe('provisionalTranscript', () => {
  it('times customer lines from when they were served and centre lines back from when Gather returned them', () => {
    const turns = provisionalTranscript(
      [{ text: '我想查话费', atMs: 5000 }],
      [
        { text: '普通话服务请按1', atMs: 3000, confidence: 0.9 },
        { text: '您好，工号1023', atMs: 8000 },
      ],
      100,
    );
    expect(turns).toEqual([
      { speaker: 'ivr', text: '普通话服务请按1', startMs: 2200, endMs: 3000, confidence: 0.9 },
      { speaker: 'customer', text: '我想查话费', startMs: 5000, endMs: 5500 },
      { speaker: 'agent', text: '您好，工号1023', startMs: 7100, endMs: 8000 },
    ]);
  });

  it('never starts a centre line before the previous one ended', () => {
    const turns = provisionalTranscript([], [{ text: '您好', atMs: 1000 }, { text: '一段很长很长很长很长的回答', atMs: 1500 }], 200);
    expect(turns[1]!.startMs).toBe(1000);
    expect(speechMs('  ')).toBeGreaterThan(0);
  });
});

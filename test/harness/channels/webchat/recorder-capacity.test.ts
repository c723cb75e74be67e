/**
 * What the recorder tells the patience watch and the outcome: when an agent joined, when a hand-off
 * was asked for (the wait for a human begins), and whether the centre turned the chat away.
 */
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../../harness/channels/webchat/page-clock.js';
import { SELECTOR_PRESETS, type ChatSelectors } from '../../../../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../../../../harness/channels/webchat/recorder.js';
import { CHAT_BUSY_TEXT, CHAT_OVERFLOW_TEXT } from '../../../../mocks/centre/capacity.js';

const T0 = 1_800_000_000_000;
const PRESET = SELECTOR_PRESETS['simulated-centre']!;
const BOT_WIDGET: ChatSelectors = { input: '#box', messages: '#log', agentMessage: '.human', botMessage: '.bot' };

const msg = (id: string, speaker: 'agent' | 'bot' | 'system', text: string, ms: number): PageRecord => ({ kind: 'message', id, speaker, text, at: T0 + ms });
const state = (value: string, ms: number): PageRecord => ({ kind: 'state', value, at: T0 + ms });

describe('ChatRecorder for capacity and patience', () => {
  it('a full queue’s notice before any queueing is a refusal (not queued); the agent never joined', () => {
    const r = new ChatRecorder(T0, PRESET);
    r.handle(msg('s1', 'system', CHAT_BUSY_TEXT, 300));
    r.handle(msg('s2', 'system', '会话已结束', 310));
    expect(r.turnedAway).toEqual({ atMs: 300, queued: false });
    expect(r.agentJoinedAtMs).toBeNull();
    expect(r.phase).toBe('ended');
    expect(r.events().map((e) => e.type)).toEqual(['centre-busy', 'chat-closed']);
  });

  it('an overflow after queueing is marked queued', () => {
    const r = new ChatRecorder(T0, PRESET);
    r.handle(state('queued', 100));
    r.handle(msg('q', 'system', '当前排队人数1，请稍候…', 100));
    r.handle(msg('s', 'system', CHAT_OVERFLOW_TEXT, 8100));
    expect(r.turnedAway).toEqual({ atMs: 8100, queued: true });
    expect(r.agentJoinedAtMs).toBeNull();
  });

  it('records when the agent joined; a busy-sounding line after that is not a refusal', () => {
    const r = new ChatRecorder(T0, PRESET);
    r.handle(state('chatting', 500));
    expect(r.agentJoinedAtMs).toBe(500);
    r.handle(msg('a', 'agent', '您好，现在坐席全忙的时段已经过去了', 900));
    r.handle(msg('s', 'system', CHAT_BUSY_TEXT, 1000));
    expect(r.turnedAway).toBeNull();
  });

  it('with a bot in front, the wait begins at the hand-off and ends at the first human message', () => {
    const r = new ChatRecorder(T0, BOT_WIDGET);
    r.handle(msg('b', 'bot', '您好，我是智能助手', 100));
    expect(r.handoffRequestedAt).toBeNull();
    const before = Date.now();
    r.expectHandoff('转人工');
    expect(r.handoffRequestedAt).toBeGreaterThanOrEqual(before);
    expect(r.agentJoinedAtMs).toBeNull();
    r.handle(msg('h', 'agent', '您好，人工客服为您服务', 4000));
    expect(r.agentJoinedAtMs).toBe(4000);
  });
});

import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../../harness/channels/webchat/page-clock.js';
import { SELECTOR_PRESETS, type ChatSelectors } from '../../../../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../../../../harness/channels/webchat/recorder.js';

const T0 = 1_800_000_000_000;
const PRESET = SELECTOR_PRESETS['simulated-centre']!;
const CUSTOM: ChatSelectors = { input: '#box', messages: '#log', agentMessage: '.bot', customerMessage: '.me' };

const message = (id: string, speaker: 'agent' | 'customer' | 'system', text: string, ms: number): PageRecord => ({
  kind: 'message',
  id,
  speaker,
  text,
  at: T0 + ms,
});

describe('ChatRecorder', () => {
  it('turns page records into turns timed from the contact start, in page-time order', () => {
    const recorder = new ChatRecorder(T0, PRESET);
    recorder.handle(message('a', 'agent', '您好，工号1023', 1200.4));
    // A bubble inserted earlier but reported later (its text was filled in late) sorts first.
    recorder.handle(message('s', 'system', '客服已接入', 1100));
    recorder.handle(message('c', 'customer', '我要挂失', 3000));
    expect(recorder.turns()).toEqual([
      { speaker: 'system', text: '客服已接入', startMs: 1100, endMs: 1100 },
      { speaker: 'agent', text: '您好，工号1023', startMs: 1200, endMs: 1200 },
      { speaker: 'customer', text: '我要挂失', startMs: 3000, endMs: 3000 },
    ]);
  });

  it('feeds every message, customer lines included, into the inbox in arrival order', () => {
    const recorder = new ChatRecorder(T0, PRESET);
    recorder.handle(message('a', 'agent', '您好', 10));
    recorder.handle(message('c', 'customer', '你好', 20));
    expect(recorder.inbox.all().map((m) => [m.speaker, m.text, m.atMs])).toEqual([
      ['agent', '您好', 10],
      ['customer', '你好', 20],
    ]);
  });

  it('ignores a message it already has (the final flush repeats records) and applies updates', () => {
    const recorder = new ChatRecorder(T0, PRESET);
    recorder.handle(message('a', 'agent', '您好，宽带', 10));
    recorder.handle(message('a', 'agent', '您好，宽带', 10));
    recorder.handle({ kind: 'update', id: 'a', text: '您好，宽带安装需要48小时', at: T0 + 500 });
    recorder.handle({ kind: 'update', id: 'unknown', text: 'x', at: T0 + 600 });
    expect(recorder.turns()).toEqual([{ speaker: 'agent', text: '您好，宽带安装需要48小时', startMs: 10, endMs: 10 }]);
    expect(recorder.inbox.all()[0]!.text).toBe('您好，宽带安装需要48小时');
  });

  it('derives queued / agent-joined / closed from the status element and closes the inbox at the end', () => {
    const recorder = new ChatRecorder(T0, PRESET);
    recorder.handle({ kind: 'state', value: 'connecting', at: T0 + 5 });
    recorder.handle({ kind: 'state', value: 'queued', at: T0 + 100 });
    recorder.handle({ kind: 'state', value: 'chatting', at: T0 + 2000 });
    expect(recorder.phase).toBe('chatting');
    expect(recorder.inbox.closed).toBeNull();
    recorder.handle({ kind: 'state', value: 'ended', at: T0 + 9000 });
    const phaseEvents = recorder.events().filter((e) => ['queued', 'agent-joined', 'chat-closed'].includes(e.type));
    expect(phaseEvents.map((e) => [e.type, e.atMs])).toEqual([
      ['queued', 100],
      ['agent-joined', 2000],
      ['chat-closed', 9000],
    ]);
    expect(recorder.events().filter((e) => e.type === 'status')).toHaveLength(4);
    expect(recorder.inbox.closed).not.toBeNull();
  });

  it('derives the phase from system notices when they say so', () => {
    const recorder = new ChatRecorder(T0, { ...PRESET, status: undefined });
    recorder.handle(message('1', 'system', '当前排队人数3，请稍候…', 50));
    recorder.handle(message('2', 'system', '客服小李已接入，为您服务', 900));
    recorder.handle(message('3', 'system', '会话已结束', 5000));
    expect(recorder.events().map((e) => e.type)).toEqual(['queued', 'agent-joined', 'chat-closed']);
  });

  it('takes the first agent line as agent-joined when the widget gives no other sign', () => {
    const recorder = new ChatRecorder(T0, CUSTOM);
    recorder.handle(message('c', 'customer', '在吗', 10));
    recorder.handle(message('a', 'agent', '您好', 700));
    recorder.handle(message('b', 'agent', '请问有什么可以帮您', 800));
    const joined = recorder.events().filter((e) => e.type === 'agent-joined');
    expect(joined).toEqual([{ type: 'agent-joined', atMs: 700, detail: { source: 'first-agent-message' } }]);
  });

  it('records customer lines the widget does not show, at the given time', () => {
    const recorder = new ChatRecorder(T0, CUSTOM);
    recorder.addCustomerTurn('你好', 42);
    recorder.addCustomerTurn('你好', 80);
    expect(recorder.turns().map((t) => [t.text, t.startMs])).toEqual([
      ['你好', 42],
      ['你好', 80],
    ]);
  });

  it('treats an invalid selector reported by the page as fatal and closes the inbox', () => {
    const recorder = new ChatRecorder(T0, PRESET);
    recorder.handle({ kind: 'problem', message: 'invalid selector agentMessage ".a[["', at: T0 + 3 });
    expect(recorder.fatal?.code).toBe('E_SELECTOR_INVALID');
    expect(recorder.inbox.closed).not.toBeNull();
  });
});

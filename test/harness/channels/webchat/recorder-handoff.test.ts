/**
 * The recorder with a bot in front: bot turns stay `bot`, `agent-joined` is the first human message
 * (not the widget's "chatting" status while the bot talks), `handoff-requested` is when the line
 * showed in the log (else Node's send time), typing records become events, and the queue / ended
 * phases from system messages and status still work.
 */
import { describe, expect, it } from 'vitest';
import type { PageRecord, PageSpeaker } from '../../../../harness/channels/webchat/page-clock.js';
import type { ChatSelectors } from '../../../../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../../../../harness/channels/webchat/recorder.js';

const T0 = 1_800_000_000_000;
const WIDGET: ChatSelectors = {
  input: '.composer',
  messages: '.list',
  agentMessage: '.agent',
  botMessage: '.bot',
  customerMessage: '.me',
  systemMessage: '.notice',
  status: '#status',
  systemPatterns: { queued: '排队', ended: '会话已结束' },
};
const message = (id: string, speaker: PageSpeaker, text: string, ms: number): PageRecord => ({ kind: 'message', id, speaker, text, at: T0 + ms });
const eventsOf = (r: ChatRecorder, ...types: string[]) => r.events().filter((e) => types.includes(e.type)).map((e) => [e.type, e.atMs]);

describe('ChatRecorder with a bot before the human agent', () => {
  it('records the hand-off when the line shows in the log and agent-joined at the first human message', () => {
    const r = new ChatRecorder(T0, WIDGET);
    r.handle({ kind: 'state', value: 'chatting', at: T0 + 50 });
    r.handle(message('b1', 'bot', '您好，我是智能助手', 100));
    r.expectHandoff('转人工');
    r.handle(message('c1', 'customer', '转人工', 900));
    r.handoffSent(950);
    r.handle(message('s1', 'system', '正在排队，前面还有1位', 1000));
    r.handle({ kind: 'typing', on: true, at: T0 + 2000 });
    r.handle({ kind: 'typing', on: false, at: T0 + 2600 });
    r.handle(message('a1', 'agent', '您好，工号8008为您服务', 2600));
    r.handle(message('a2', 'agent', '请问有什么可以帮您？', 3000));
    expect(eventsOf(r, 'handoff-requested', 'agent-joined', 'queued', 'typing-start', 'typing-end')).toEqual([
      ['handoff-requested', 900],
      ['queued', 1000],
      ['typing-start', 2000],
      ['typing-end', 2600],
      ['agent-joined', 2600],
    ]);
    expect(r.phase).toBe('chatting');
    expect(r.turns().map((t) => t.speaker)).toEqual(['bot', 'customer', 'system', 'agent', 'agent']);
  });

  it('falls back to the Node send time when the line never shows in the log', () => {
    const r = new ChatRecorder(T0, WIDGET);
    r.expectHandoff('转人工');
    r.handoffSent(700);
    r.handle(message('c1', 'customer', '转 人 工 (已发送)', 720));
    r.handle(message('a1', 'agent', '您好', 1500));
    expect(eventsOf(r, 'handoff-requested')).toEqual([['handoff-requested', 700]]);
    expect(r.events().find((e) => e.type === 'handoff-requested')?.detail).toEqual({ say: '转人工', source: 'node' });
  });

  it('still closes the chat on an "ended" system message with a bot in front', () => {
    const r = new ChatRecorder(T0, WIDGET);
    r.handle(message('b1', 'bot', '您好', 100));
    r.handle(message('s1', 'system', '会话已结束', 200));
    expect(r.phase).toBe('ended');
    expect(r.inbox.closed).not.toBeNull();
    expect(eventsOf(r, 'agent-joined')).toEqual([]);
  });

  it('without a bot selector keeps agent-joined from the status element', () => {
    const { botMessage: _bot, ...noBot } = WIDGET;
    const r = new ChatRecorder(T0, noBot);
    r.handle({ kind: 'state', value: 'chatting', at: T0 + 50 });
    r.handle(message('a1', 'agent', '您好', 100));
    expect(eventsOf(r, 'agent-joined')).toEqual([['agent-joined', 50]]);
  });
});

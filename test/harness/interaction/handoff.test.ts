/**
 * Bot and human apart in the script: wait speakers `human` / `bot` / `agent`, and the `handoff`
 * step (sends the line, waits for the first human message without consuming it, records
 * handoff-requested when the channel cannot, fails with E_HANDOFF_TIMEOUT naming the last line).
 */
import { describe, expect, it } from 'vitest';
import { Inbox } from '../../../harness/interaction/inbox.js';
import { runScript, type ConversationPort } from '../../../harness/interaction/script.js';
import type { InteractionEvent, Speaker } from '../../../harness/interaction/types.js';
import type { Step } from '../../../harness/scenario/schema.js';

/** A bot that hands over to a human on 转人工 (when `human` is true). */
function botPort(options: { human: boolean; tracks?: boolean }) {
  const inbox = new Inbox();
  const said: string[] = [];
  const events: InteractionEvent[] = [];
  const handoffLines: string[] = [];
  let t = 0;
  const push = (speaker: Speaker, text: string) => inbox.push({ speaker, text, atMs: t++ });
  push('bot', '您好，我是智能助手');
  const port: ConversationPort = {
    inbox,
    now: () => t,
    async say(text) {
      said.push(text);
      push('customer', text);
      if (text === '转人工') {
        push('system', '正在为您转接人工客服');
        if (options.human) push('agent', '您好，工号8008为您服务');
      } else push(options.human && said.includes('转人工') ? 'agent' : 'bot', `收到：${text}`);
    },
    async press() {},
    async end() {},
    event: (e) => events.push(e),
    ...(options.tracks ? { handoffRequested: (line: string) => (handoffLines.push(line), true) } : {}),
  };
  return { port, said, events, handoffLines };
}

describe('wait speakers', () => {
  it('tells bot, human and "agent" (anyone answering for the centre) apart', async () => {
    const { port } = botPort({ human: true });
    const steps: Step[] = [
      { wait: { pattern: '智能助手', speaker: 'human', timeoutMs: 20, optional: true } },
      { say: '你好' },
      { wait: { pattern: '收到', speaker: 'bot', timeoutMs: 20 } },
      { say: '转人工' },
      { wait: { pattern: '转接', speaker: 'any', timeoutMs: 20 } },
      { wait: { pattern: '工号', speaker: 'human', timeoutMs: 20 } },
    ];
    const result = await runScript(steps, port, {});
    expect(result.error).toBeUndefined();
  });

  it('does not let a bot line satisfy a human wait', async () => {
    const { port } = botPort({ human: false });
    const result = await runScript([{ wait: { pattern: '智能助手', speaker: 'human', timeoutMs: 30 } }], port, {});
    expect(result.error?.code).toBe('E_WAIT_TIMEOUT');
    expect(result.error?.message).toContain('nothing from the human');
  });
});

describe('handoff step', () => {
  it('sends 转人工 by default, waits for the human and leaves the greeting for the next wait', async () => {
    const { port, said, events } = botPort({ human: true });
    const result = await runScript([{ handoff: true }, { wait: { pattern: '工号', speaker: 'human', timeoutMs: 20 } }], port, {});
    expect(result.error).toBeUndefined();
    expect(said).toEqual(['转人工']);
    expect(events.find((e) => e.type === 'handoff-requested')?.detail).toEqual({ say: '转人工', source: 'node' });
    expect(events.find((e) => e.type === 'step')?.detail).toEqual({ path: 'steps.0', step: 'handoff "转人工"' });
  });

  it('leaves handoff-requested to a channel that can time it, and sends nothing for say ""', async () => {
    const tracked = botPort({ human: true, tracks: true });
    await runScript([{ handoff: { say: '{{ask}}' } }], tracked.port, { ask: '转人工' });
    expect(tracked.handoffLines).toEqual(['转人工']);
    expect(tracked.events.some((e) => e.type === 'handoff-requested')).toBe(false);

    const silent = botPort({ human: false });
    const result = await runScript([{ handoff: { say: '', timeoutMs: 30 } }], silent.port, {});
    expect(silent.said).toEqual([]);
    expect(result.error?.code).toBe('E_HANDOFF_TIMEOUT');
  });

  it('fails with E_HANDOFF_TIMEOUT naming the last line and its speaker when no human comes', async () => {
    const { port } = botPort({ human: false });
    const result = await runScript([{ handoff: { timeoutMs: 40 } }], port, {});
    expect(result.error).toMatchObject({ code: 'E_HANDOFF_TIMEOUT', step: 'steps.0' });
    expect(result.error?.message).toContain('no human agent wrote within 40 ms');
    expect(result.error?.hint).toContain('"正在为您转接人工客服" (system)');
  });
});

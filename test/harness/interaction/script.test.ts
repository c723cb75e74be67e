import { describe, expect, it } from 'vitest';
import { Inbox } from '../../../harness/interaction/inbox.js';
import { runScript, type ConversationPort } from '../../../harness/interaction/script.js';
import type { InteractionEvent } from '../../../harness/interaction/types.js';
import type { Step } from '../../../harness/scenario/schema.js';

/** A scripted "centre": answers each customer line from a table, synchronously, in the inbox. */
function fakePort(replies: Record<string, string[]>, greeting = ['您好，工号1023，请问有什么可以帮您？']) {
  const inbox = new Inbox();
  const said: string[] = [];
  const events: InteractionEvent[] = [];
  let t = 0;
  let ended = false;
  for (const g of greeting) inbox.push({ speaker: 'agent', text: g, atMs: t++ });
  const port: ConversationPort = {
    inbox,
    now: () => t,
    async say(text) {
      said.push(text);
      inbox.push({ speaker: 'customer', text, atMs: t++ });
      for (const [key, answers] of Object.entries(replies)) {
        if (text.includes(key)) for (const a of answers) inbox.push({ speaker: 'agent', text: a, atMs: t++ });
      }
    },
    async press(digits) {
      said.push(`DTMF ${digits}`);
    },
    async end() {
      ended = true;
    },
    event: (e) => events.push(e),
  };
  return { port, said, events, isEnded: () => ended };
}

describe('runScript', () => {
  it('runs say / wait / branch / end against the other side', async () => {
    const steps: Step[] = [
      { wait: '您好' },
      { say: '卡号尾号{{last4}}丢了' },
      { branch: { timeoutMs: 50, cases: [{ when: '身份证', steps: [{ say: '后四位1234' }] }], otherwise: [{ say: '在吗' }] } },
      { wait: { pattern: '已.{0,4}挂失', timeoutMs: 50 } },
      { end: true },
    ];
    const { port, said, events, isEnded } = fakePort({ 丢了: ['请提供身份证后四位'], 后四位: ['好的，已为您挂失'] });
    const result = await runScript(steps, port, { last4: '8888' });
    expect(result).toEqual({ endedByCustomer: true });
    expect(said).toEqual(['卡号尾号8888丢了', '后四位1234']);
    expect(isEnded()).toBe(true);
    expect(events.filter((e) => e.type === 'branch')[0]!.detail).toEqual({ path: 'steps.2', case: 0 });
  });

  it('takes `otherwise` when no case matches in time', async () => {
    const { port, said } = fakePort({});
    await runScript([{ branch: { timeoutMs: 20, cases: [{ when: '身份证', steps: [] }], otherwise: [{ say: '在吗' }] } }], port, {});
    expect(said).toEqual(['在吗']);
  });

  it('matches full-width and spaced text', async () => {
    const { port } = fakePort({}, ['您 好 ， 工号ＡＢ１２']);
    const r = await runScript([{ wait: { pattern: '您好.*工号ab12', timeoutMs: 20 } }], port, {});
    expect(r.error).toBeUndefined();
  });

  it('fails a wait with the step path, the pattern and the last message as a hint', async () => {
    const { port } = fakePort({});
    const r = await runScript([{ wait: '您好' }, { wait: { pattern: '再见', timeoutMs: 20 } }], port, {});
    expect(r.error?.code).toBe('E_WAIT_TIMEOUT');
    expect(r.error?.step).toBe('steps.1');
    expect(r.error?.message).toContain('/再见/ within 20 ms');
    expect(r.error?.hint).toContain('工号1023');
  });

  it('does not fail an optional wait', async () => {
    const { port, said } = fakePort({});
    const r = await runScript([{ wait: { pattern: '再见', timeoutMs: 10, optional: true } }, { say: 'ok' }], port, {});
    expect(r.error).toBeUndefined();
    expect(said).toEqual(['ok']);
  });

  it('counts a reply that arrived before the wait started, but not one already consumed', async () => {
    const { port } = fakePort({});
    const first = await runScript([{ wait: '工号' }], port, {});
    expect(first.error).toBeUndefined();
    const second = await runScript([{ wait: { pattern: '工号', timeoutMs: 10 } }], port, {});
    expect(second.error?.code).toBe('E_WAIT_TIMEOUT');
  });

  it('reports a closed contact rather than a timeout', async () => {
    const { port } = fakePort({});
    port.inbox.close('agent ended the chat');
    const r = await runScript([{ wait: '工号' }, { wait: '再见' }], port, {});
    expect(r.error?.code).toBe('E_CLOSED_BY_CENTRE');
    expect(r.error?.message).toContain('agent ended the chat');
  });

  it('stops at once when aborted', async () => {
    const { port, said } = fakePort({});
    const ac = new AbortController();
    ac.abort();
    const r = await runScript([{ say: 'a' }], port, {}, ac.signal);
    expect(r.error?.code).toBe('E_ABORTED');
    expect(said).toEqual([]);
  });
});

describe('Inbox', () => {
  it('resolves a pending wait on a later matching message and times out otherwise', async () => {
    const inbox = new Inbox();
    const p = inbox.next((m) => m.text === 'b', 1000);
    inbox.push({ speaker: 'agent', text: 'a', atMs: 1 });
    inbox.push({ speaker: 'agent', text: 'b', atMs: 2 });
    expect((await p)?.atMs).toBe(2);
    expect(await inbox.next(() => true, 5)).toBeNull();
  });
});

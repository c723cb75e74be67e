/**
 * The web-chat channel end to end against the fixture chat centre (test/fixtures/webchat): a real
 * Chromium, real pages, the scenario script driver. Timing assertions compare the page clock with
 * the fixture server's send times using generous bounds (the machine is shared).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import type { Step } from '../../../../harness/scenario/schema.js';
import { BOT, startChatFixture, type ChatFixture } from '../../../fixtures/webchat/chat-server.js';
import { testConfig, testContext, testScenario } from './config.js';

const LOSS_SCRIPT: Step[] = [
  { wait: '您好|你好' },
  { say: '我的信用卡丢了，想挂失' },
  { wait: '身份证' },
  { say: '{{idTail}}' },
  {
    branch: {
      timeoutMs: 10_000,
      cases: [{ when: '受理编号|工单号', steps: [{ say: '好的，谢谢，再见' }] }],
      otherwise: [{ say: '我没听清，再见' }],
    },
  },
  { wait: '再见' },
  { end: true },
];

let fixture: ChatFixture;
let channel: Channel;
/** How long the fixture page holds a customer's line before posting it (chat-page.ts `sendDelayMs`). */
const SEND_DELAY_MS = 300;

beforeAll(async () => {
  fixture = await startChatFixture();
  channel = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300 });
});

afterAll(async () => {
  await channel?.close();
  await fixture?.close();
});

function at(interaction: Interaction, ms: number): number {
  return interaction.startedAt + ms;
}

describe('a full scripted chat (wait / say / branch / end)', () => {
  let result: Interaction;
  let contactId: string;

  beforeAll(async () => {
    // the page posts each customer line SEND_DELAY_MS after showing it, so "shown before received" holds by design
    const target = { chatUrl: `{{centre}}/chat?sendDelayMs=${SEND_DELAY_MS}` };
    const ctx = testContext(testScenario({ variables: { idTail: '3517' }, steps: LOSS_SCRIPT, target }));
    contactId = ctx.contactId;
    result = await channel.place(ctx);
  });

  it('completes with every turn, in order, from the page DOM', () => {
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('completed');
    expect(result.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['agent', BOT.greeting],
      ['customer', '我的信用卡丢了，想挂失'],
      ['agent', BOT.askId],
      ['customer', '3517'],
      ['agent', BOT.confirmed],
      ['customer', '好的，谢谢，再见'],
      ['agent', BOT.closing],
      ['agent', BOT.survey],
      ['system', BOT.ended],
    ]);
    for (const t of result.turns) expect(t.endMs).toBe(t.startMs);
    const starts = result.turns.map((t) => t.startMs);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('identifies the contact to the centre and records page-clock metadata', () => {
    expect(result.channel).toBe('webchat');
    expect(result.clock).toBe('page');
    expect(result.transcriptSource).toBe('chat-dom');
    expect(result.centreRef).toBe(contactId);
    expect(fixture.received(contactId).map((r) => r.text)).toEqual(['我的信用卡丢了，想挂失', '3517', '好的，谢谢，再见']);
    expect(fixture.endedRefs()).toContain(contactId);
  });

  it('records lifecycle, step and branch events', () => {
    const types = result.events.map((e) => e.type);
    expect(types[0]).toBe('started');
    expect(types.at(-1)).toBe('ended');
    for (const t of ['page-loaded', 'chat-ready', 'agent-joined', 'customer-ended', 'chat-closed']) expect(types).toContain(t);
    const steps = result.events.filter((e) => e.type === 'step').map((e) => e.detail?.path);
    expect(steps).toEqual(['steps.0', 'steps.1', 'steps.2', 'steps.3', 'steps.4', 'steps.4.branch.cases.0.steps.0', 'steps.5', 'steps.6']);
    expect(result.events.find((e) => e.type === 'branch')?.detail?.case).toBe(0);
    expect(result.durationMs).toBeGreaterThanOrEqual(result.turns.at(-1)!.startMs);
  });

  it('times agent messages in the page within a generous bound of the server send time', () => {
    const sent = fixture.sent(contactId).filter((s) => s.speaker === 'agent');
    expect(sent).toHaveLength(5);
    for (const s of sent) {
      const turn = result.turns.find((t) => t.speaker === 'agent' && t.text === s.text)!;
      const lag = at(result, turn.startMs) - s.at;
      // Page insertion follows the SSE write by a few ms; 1 s leaves room for a loaded machine.
      expect(lag).toBeGreaterThan(-1000);
      expect(lag).toBeLessThan(1000);
    }
  });

  it('times customer turns when they appeared in the page, before the server received them', () => {
    for (const r of fixture.received(contactId)) {
      const turn = result.turns.find((t) => t.speaker === 'customer' && t.text === r.text)!;
      // shown SEND_DELAY_MS before the post left the page: a time taken on the server's side, or by polling after
      // it, could not be earlier than the receipt (no tighter bound: a loaded machine delays timers and threads)
      expect(at(result, turn.startMs)).toBeLessThan(r.at);
      expect(r.at - at(result, turn.startMs)).toBeLessThan(SEND_DELAY_MS + 5000);
    }
  });
});

describe('widgets and centres that behave differently', () => {
  it('works with a custom selectors object (other class names, Enter to send, no status element)', async () => {
    const scenario = testScenario({
      target: {
        chatUrl: '{{centre}}/custom',
        selectors: {
          input: '#composer',
          messages: '#chatlog',
          agentMessage: '.bubble.from-bot',
          customerMessage: '.bubble.from-me',
          text: '.content',
          ready: '#composer:not([disabled])',
          end: '.hangup',
        },
      },
      steps: [{ wait: '工号' }, { say: '想问一下宽带套餐' }, { wait: '套餐' }, { say: '谢谢，再见' }, { wait: '再见' }, { end: true }],
    });
    const result = await channel.place(testContext(scenario));
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('completed');
    // System notices have no selector here: "会话已结束" is not captured, the dialogue is.
    expect(result.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['agent', BOT.greeting],
      ['customer', '想问一下宽带套餐'],
      ['agent', BOT.broadband],
      ['customer', '谢谢，再见'],
      ['agent', BOT.closing],
      ['agent', BOT.survey],
    ]);
    // Without a status element the first agent line is the best sign that an agent joined.
    expect(result.events.find((e) => e.type === 'agent-joined')?.detail?.source).toBe('first-agent-message');
  });

  it('waits through the queue (longer than readyTimeoutMs) and records queued / agent-joined', async () => {
    const queued = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300, readyTimeoutMs: 500 });
    try {
      const scenario = testScenario({
        target: { chatUrl: '{{centre}}/chat?queueMs=2000' },
        steps: [{ wait: '工号' }, { say: '谢谢，再见' }, { wait: '再见' }],
      });
      const result = await queued.place(testContext(scenario));
      expect(result.error).toBeUndefined();
      expect(result.outcome).toBe('completed');
      expect(result.turns.slice(0, 3).map((t) => [t.speaker, t.text])).toEqual([
        ['system', BOT.queued],
        ['system', BOT.joined],
        ['agent', BOT.greeting],
      ]);
      const queuedAt = result.events.find((e) => e.type === 'queued')!.atMs;
      const joinedAt = result.events.find((e) => e.type === 'agent-joined')!.atMs;
      expect(joinedAt - queuedAt).toBeGreaterThanOrEqual(1500);
    } finally {
      await queued.close();
    }
  });

  it('takes the insertion time but the filled-in text of bubbles that are filled late', async () => {
    const scenario = testScenario({
      target: { chatUrl: '{{centre}}/chat?fill=late&fillDelayMs=2500' },
      steps: [{ wait: '工号' }, { say: '想问一下宽带套餐' }, { wait: '套餐' }],
    });
    const ctx = testContext(scenario);
    const result = await channel.place(ctx);
    expect(result.outcome).toBe('completed');
    expect(result.turns.filter((t) => t.speaker === 'agent').map((t) => t.text)).toEqual([BOT.greeting, BOT.broadband]);
    for (const s of fixture.sent(ctx.contactId).filter((x) => x.speaker === 'agent')) {
      const turn = result.turns.find((t) => t.text === s.text)!;
      // Inserted right after the send, filled 2.5 s later: the turn must carry the insertion time.
      expect(Math.abs(at(result, turn.startMs) - s.at)).toBeLessThan(1250);
    }
  });

  it('finds a messages container that is created late, without losing its first message', async () => {
    const scenario = testScenario({
      target: { chatUrl: '{{centre}}/chat?container=late&greetDelayMs=0' },
      steps: [{ wait: '工号' }],
    });
    const result = await channel.place(testContext(scenario));
    expect(result.outcome).toBe('completed');
    expect(result.turns[0]).toMatchObject({ speaker: 'agent', text: BOT.greeting });
  });

  it('keeps listening after the script for trailing lines (closing and survey)', async () => {
    const trailing = await createWebchatChannel(testConfig(fixture.url), { quietMs: 1500 });
    try {
      const scenario = testScenario({ steps: [{ wait: '工号' }, { say: '谢谢，再见' }] });
      const result = await trailing.place(testContext(scenario));
      expect(result.outcome).toBe('completed');
      expect(result.turns.map((t) => t.text)).toEqual([BOT.greeting, '谢谢，再见', BOT.closing, BOT.survey]);
    } finally {
      await trailing.close();
    }
  });

  it.each([
    ['waits the typing time, then fills the line', false],
    ['types key by key (typeKeys)', true],
  ])('types at persona speed when typingCps > 0: %s', async (_name, typeKeys) => {
    const typist = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300, typeKeys });
    try {
      const line = '宽带多少钱一个月？'; // 9 characters at 10 chars/s: at least ~0.9 s of typing
      const scenario = testScenario({
        persona: { name: '李先生', typingCps: 10 },
        steps: [{ wait: '工号' }, { say: line }, { wait: '套餐' }],
      });
      const ctx = testContext(scenario);
      const result = await typist.place(ctx);
      expect(result.outcome).toBe('completed');
      expect(fixture.received(ctx.contactId).map((r) => r.text)).toEqual([line]);
      const greeting = result.turns.find((t) => t.speaker === 'agent')!;
      const typed = result.turns.find((t) => t.speaker === 'customer')!;
      // A lower bound only: typing cannot be faster than the persona, however loaded the machine.
      expect(typed.startMs - greeting.startMs).toBeGreaterThanOrEqual(750);
    } finally {
      await typist.close();
    }
  });

  it('runs concurrent chats in isolated contexts, each with its own turns', async () => {
    const contexts = Array.from({ length: 8 }, (_, i) =>
      testContext(testScenario({ variables: { idTail: String(4000 + i) }, steps: LOSS_SCRIPT })),
    );
    const results = await Promise.all(contexts.map((ctx) => channel.place(ctx)));
    results.forEach((result, i) => {
      expect(result.outcome).toBe('completed');
      expect(result.centreRef).toBe(contexts[i]!.contactId);
      const customer = result.turns.filter((t) => t.speaker === 'customer').map((t) => t.text);
      expect(customer).toEqual(['我的信用卡丢了，想挂失', String(4000 + i), '好的，谢谢，再见']);
      expect(fixture.received(contexts[i]!.contactId)).toHaveLength(3);
    });
  });
});

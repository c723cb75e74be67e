/**
 * When a chat was due and how long it waited to start: the `started` event of every web-chat
 * Interaction carries { dueAt, startLagMs }, so a run shows its own start queue.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import { StartGate, startedDetail } from '../../../../harness/channels/webchat/start-gate.js';
import { testConfig, testContext, testScenario } from './config.js';

describe('startedDetail', () => {
  it('is the due time and the lag to the start, never negative', () => {
    expect(startedDetail(1_000, 1_250)).toEqual({ dueAt: 1_000, startLagMs: 250 });
    expect(startedDetail(1_000, 990)).toEqual({ dueAt: 1_000, startLagMs: 0 });
  });
});

describe('the started event', () => {
  // A chat URL that cannot be built fails before any browser is needed: the event is all we test.
  const scenario = testScenario({ target: { chatUrl: 'not a url' }, steps: [{ say: '你好' }] });
  const channelPromise = createWebchatChannel(testConfig('http://127.0.0.1:9'));
  afterAll(async () => (await channelPromise).close());

  it('records the runner’s due time and the lag from it to the start', async () => {
    const channel = await channelPromise;
    const dueAt = Date.now() - 5_000;
    const interaction = await channel.place(testContext(scenario, { dueAt }));
    expect(interaction.error?.code).toBe('E_CHAT_URL');
    const started = interaction.events.find((e) => e.type === 'started');
    expect(started?.detail?.dueAt).toBe(dueAt);
    expect(started?.detail?.startLagMs).toBe(interaction.startedAt - dueAt);
    expect(started?.detail?.startLagMs as number).toBeGreaterThanOrEqual(5_000);
  });

  it('takes the time place() was called when the runner gave none', async () => {
    const channel = await channelPromise;
    const before = Date.now();
    const interaction = await channel.place(testContext(scenario));
    const detail = interaction.events.find((e) => e.type === 'started')?.detail;
    expect(detail?.dueAt as number).toBeGreaterThanOrEqual(before);
    expect(detail?.dueAt as number).toBeLessThanOrEqual(interaction.startedAt);
  });
});

describe('StartGate', () => {
  it('makes a chat that waits for a slot start later than it was due', async () => {
    const gate = new StartGate(1);
    const release = await gate.acquire();
    const dueAt = Date.now();
    const waiting = gate.acquire();
    setTimeout(() => release?.(), 30);
    await waiting;
    const detail = startedDetail(dueAt, Date.now());
    expect(detail.startLagMs).toBeGreaterThan(0);
  });
});

/**
 * What a web chat reports while in flight (the attempt journal of crash-proof runs): its centre
 * ref, on disk before the centre's page is opened (a chat killed before that never reached the
 * centre and is simply placed on resume), then every turn as it is captured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ContactProgress } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import { startChatFixture, type ChatFixture } from '../../../fixtures/webchat/chat-server.js';
import { testConfig, testContext, testScenario } from './config.js';

let fixture: ChatFixture;
let channel: Channel;

beforeAll(async () => {
  fixture = await startChatFixture();
  channel = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300 });
});

afterAll(async () => {
  await channel?.close();
  await fixture?.close();
});

describe('web chat progress for the attempt journal', () => {
  it('journals the centre ref before opening the page, then the turns as they come', async () => {
    const updates: { update: ContactProgress; at: number }[] = [];
    let refOnDiskAt = 0;
    const ctx = testContext(testScenario({ steps: [{ wait: '您好|你好' }, { say: '我的信用卡丢了，想挂失' }, { wait: '身份证' }, { end: true }] }), {
      // A slow journal write: the page must wait for it.
      onProgress: async (update) => {
        updates.push({ update: structuredClone(update), at: Date.now() });
        if (update.centreRef) {
          await new Promise((r) => setTimeout(r, 1000));
          refOnDiskAt = Date.now();
        }
      },
    });
    const result = await channel.place(ctx);
    expect(result.outcome, result.error?.message).toBe('completed');
    expect(updates[0]!.update).toEqual({ centreRef: ctx.contactId });
    const firstSent = fixture.sent(ctx.contactId)[0]!;
    expect(refOnDiskAt).toBeGreaterThan(0);
    expect(firstSent.at).toBeGreaterThanOrEqual(refOnDiskAt);
    const turnUpdates = updates.filter((u) => u.update.turns).map((u) => u.update.turns!);
    // One update per captured message, each a growing prefix; the last is what was stored.
    expect(turnUpdates.length).toBeGreaterThanOrEqual(result.turns.length);
    expect(turnUpdates.at(-1)!.map((t) => t.text)).toEqual(result.turns.map((t) => t.text));
    for (let i = 1; i < turnUpdates.length; i++) expect(turnUpdates[i]!.length).toBeGreaterThanOrEqual(turnUpdates[i - 1]!.length);
  });
});

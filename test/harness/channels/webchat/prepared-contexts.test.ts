/**
 * Contexts opened ahead (Channel.prepare) in a real Chromium against the fixture chat centre: the
 * chats of the first wave start in a prepared context and capture the same conversation, in order,
 * as a chat that opens its own; a chat beyond the demand opens its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import type { Step } from '../../../../harness/scenario/schema.js';
import { BOT, startChatFixture, type ChatFixture } from '../../../fixtures/webchat/chat-server.js';
import { testConfig, testContext, testScenario } from './config.js';

const SCRIPT: Step[] = [{ wait: '您好|你好' }, { say: '我的信用卡丢了，想挂失' }, { wait: '身份证' }, { say: '3517' }, { wait: '受理编号|工单号' }, { end: true }];

let fixture: ChatFixture;
let channel: Channel;
let results: Interaction[];

const preparedOf = (i: Interaction) => i.events.find((e) => e.type === 'page-loaded')?.detail?.preparedContext;

beforeAll(async () => {
  fixture = await startChatFixture();
  channel = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300 });
  const scenario = testScenario({ steps: SCRIPT });
  expect(channel.prepare).toBeTypeOf('function');
  await channel.prepare!([{ scenario, total: 2, first: 2 }]);
  const wave = await Promise.all([channel.place(testContext(scenario)), channel.place(testContext(scenario))]);
  results = [...wave, await channel.place(testContext(scenario))];
}, 120_000);

afterAll(async () => {
  await channel?.close();
  await fixture?.close();
});

describe('web chat in contexts prepared ahead', () => {
  it('the first wave used the prepared contexts, the contact beyond the demand opened its own', () => {
    expect(results.map(preparedOf)).toEqual([true, true, false]);
  });

  it('every chat captured the whole conversation in order, prepared or not', () => {
    for (const r of results) {
      expect(r.error).toBeUndefined();
      expect(r.outcome).toBe('completed');
      expect(r.turns.filter((t) => t.speaker === 'agent').map((t) => t.text).slice(0, 3)).toEqual([BOT.greeting, BOT.askId, BOT.confirmed]);
      expect(r.turns.filter((t) => t.speaker === 'customer').map((t) => t.text)).toEqual(['我的信用卡丢了，想挂失', '3517']);
      expect(fixture.received(r.contactId).map((m) => m.text)).toEqual(['我的信用卡丢了，想挂失', '3517']);
    }
  });

  it('records from the blank page before the chat never reach the contact', () => {
    // The first turn is the centre's greeting: nothing from about:blank came before it.
    for (const r of results) expect(r.turns[0]).toMatchObject({ speaker: 'agent', text: BOT.greeting });
  });
});

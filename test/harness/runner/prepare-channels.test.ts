/**
 * What the runner tells channels before the first contact is due: per channel kind and scenario,
 * how many contacts in all and how many in the first wave (the first `concurrency` in placing order).
 */
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelDemand } from '../../../harness/channels/channel.js';
import type { ChannelKind } from '../../../harness/interaction/types.js';
import { channelDemand, prepareChannels } from '../../../harness/runner/prepare-channels.js';
import type { LoadedScenario } from '../../../harness/scenario/schema.js';
import type { ContactEntry } from '../../../harness/store/types.js';

const scenario = (id: string) => ({ id }) as LoadedScenario;
const scenarios = new Map([['a', scenario('a')], ['b', scenario('b')]]);
const entry = (scenarioId: string, channel: ChannelKind, i: number) => ({ contactId: `c${i}`, scenarioId, channel, index: i, status: 'pending', attempts: 0 }) as ContactEntry;

describe('channelDemand', () => {
  it('counts contacts per kind and scenario, the first wave bounded by the concurrency', () => {
    const entries = [entry('a', 'webchat', 0), entry('b', 'webchat', 1), entry('a', 'voice', 2), entry('a', 'webchat', 3), entry('a', 'webchat', 4), entry('zz', 'webchat', 5)];
    const d = channelDemand(entries, scenarios, 3);
    const simple = (list: ChannelDemand[] | undefined) => list?.map((x) => [x.scenario.id, x.total, x.first]);
    expect(simple(d.get('webchat'))).toEqual([
      ['a', 3, 1],
      ['b', 1, 1],
    ]);
    expect(simple(d.get('voice'))).toEqual([['a', 1, 1]]);
    expect(d.get('webchat')![0]!.firstContacts).toBeUndefined(); // without varsOf: not listed
  });

  it('lists the first wave\'s contacts with their vars when told how to make them', () => {
    const entries = [entry('a', 'webchat', 0), entry('b', 'webchat', 1), entry('a', 'webchat', 2), entry('a', 'webchat', 3)];
    const d = channelDemand(entries, scenarios, 3, (e, s) => ({ contactId: e.contactId, scenario: s.id }));
    const [a, b] = d.get('webchat')!;
    expect(a!.firstContacts).toEqual([
      { contactId: 'c0', vars: { contactId: 'c0', scenario: 'a' } },
      { contactId: 'c2', vars: { contactId: 'c2', scenario: 'a' } },
    ]);
    expect(b!.firstContacts).toEqual([{ contactId: 'c1', vars: { contactId: 'c1', scenario: 'b' } }]);
  });
});

describe('prepareChannels', () => {
  it('asks every channel that has prepare, and survives channels that fail to open or to prepare', async () => {
    const asked: string[] = [];
    const channels: Record<ChannelKind, () => Promise<Channel>> = {
      webchat: async () => ({ kind: 'webchat', place: async () => ({}) as never, close: async () => {}, prepare: async (d) => void asked.push(`webchat:${d.length}`) }),
      voice: async () => ({ kind: 'voice', place: async () => ({}) as never, close: async () => {}, prepare: async () => Promise.reject(new Error('boom')) }),
    };
    const demand = channelDemand([entry('a', 'webchat', 0), entry('b', 'webchat', 1), entry('a', 'voice', 2)], scenarios, 10);
    await expect(prepareChannels((kind) => channels[kind](), demand)).resolves.toBeUndefined();
    expect(asked).toEqual(['webchat:2']);
    await expect(prepareChannels(() => Promise.reject(new Error('no browser')), demand)).resolves.toBeUndefined();
  });
});

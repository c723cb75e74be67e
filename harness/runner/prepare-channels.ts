/**
 * Before the first contact of a run is due, each channel is told what is coming (Channel.prepare):
 * the web chat opens the first wave's browser contexts then, so that `--concurrency 200` means 200
 * chats in progress within seconds rather than 200 chats queueing for a renderer start each. The
 * time this takes is the harness's own set-up, before any contact's clock starts.
 */
import type { ChannelDemand, Channel } from '../channels/channel.js';
import type { ChannelKind } from '../interaction/types.js';
import type { LoadedScenario } from '../scenario/schema.js';
import type { ContactEntry } from '../store/types.js';

/**
 * Demand per channel kind, in placing order: `first` counts the contacts among the first
 * `concurrency` (the runner's queue starts them in order, all at once). With `varsOf` (the vars
 * each contact will be placed with), the first wave's contacts are listed too (`firstContacts`).
 */
export function channelDemand(
  entries: readonly ContactEntry[],
  scenarios: ReadonlyMap<string, LoadedScenario>,
  concurrency: number,
  varsOf?: (entry: ContactEntry, scenario: LoadedScenario) => Record<string, string | number>,
): Map<ChannelKind, ChannelDemand[]> {
  const byKind = new Map<ChannelKind, Map<string, ChannelDemand>>();
  entries.forEach((entry, i) => {
    const scenario = scenarios.get(entry.scenarioId);
    if (!scenario) return; // placing it reports the missing scenario
    const perScenario = byKind.get(entry.channel) ?? new Map<string, ChannelDemand>();
    byKind.set(entry.channel, perScenario);
    const demand = perScenario.get(scenario.id) ?? { scenario, total: 0, first: 0 };
    perScenario.set(scenario.id, demand);
    demand.total += 1;
    if (i < concurrency) {
      demand.first += 1;
      if (varsOf) (demand.firstContacts ??= []).push({ contactId: entry.contactId, vars: varsOf(entry, scenario) });
    }
  });
  return new Map([...byKind].map(([kind, m]) => [kind, [...m.values()]]));
}

/** Opens the channels the entries need and lets each prepare; never rejects (placing reports problems). */
export async function prepareChannels(
  channelFor: (kind: ChannelKind) => Promise<Channel>,
  demand: Map<ChannelKind, ChannelDemand[]>,
  signal?: AbortSignal,
): Promise<void> {
  await Promise.all(
    [...demand].map(async ([kind, list]) => {
      const channel = await channelFor(kind).catch(() => null);
      await channel?.prepare?.(list, signal).catch(() => {});
    }),
  );
}

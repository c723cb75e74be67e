/**
 * What a profile will do, before it runs (`load --dry-run`): stages, contacts expected per stage,
 * peak concurrency and duration. Closed-model stages and open-model concurrency depend on how long
 * contacts last, which only the centre knows: they are estimated from the profile's AHT target
 * (Little's law: in progress = arrival rate × time in system), and say so.
 */
import Table from 'cli-table3';
import { expectedArrivals } from './arrivals.js';
import { COMPACT } from './live-stats.js';
import type { LoadedProfile } from './profile-loader.js';
import type { LoadStagePlan } from './types.js';
import type { ChannelDemand } from '../channels/channel.js';
import type { ChannelKind } from '../interaction/types.js';
import type { LoadedScenario } from '../scenario/schema.js';

export interface StageEstimate {
  stage: LoadStagePlan;
  /** Contacts expected to be offered in the stage. */
  contacts: number;
  /** Most contacts in progress during the stage. */
  peakConcurrency: number;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  return `${Math.floor(m / 60)}h${m % 60 ? `${m % 60}m` : ''}`;
}

export function estimateStages(profile: LoadedProfile): StageEstimate[] {
  const ahtMs = profile.targets.ahtSec * 1000;
  const thinkMs = (profile.thinkTimeMs.min + profile.thinkTimeMs.max) / 2;
  const capDuration = profile.caps.durationMs ?? Infinity;
  const capConcurrency = profile.caps.concurrency ?? Infinity;
  // Closed model: the customers already in progress when a stage begins carry over into it.
  let level = 0;
  return profile.stages
    .filter((s) => s.startMs < capDuration)
    .map((s) => {
      const stage = { ...s, endMs: Math.min(s.endMs, capDuration) };
      const length = stage.endMs - stage.startMs;
      if (stage.kind === 'arrival-rate') {
        const r = stage.ratePerMin!;
        const peak = Math.min(capConcurrency, Math.ceil((Math.max(r.from, r.to) / 60_000) * ahtMs));
        level = 0;
        return { stage, contacts: Math.round(expectedArrivals(stage)), peakConcurrency: peak };
      }
      const c = stage.concurrency!;
      const mean = Math.min(capConcurrency, (c.from + c.to) / 2);
      const peak = Math.min(capConcurrency, Math.floor(Math.max(c.from, c.to)));
      const joining = Math.max(0, peak - level);
      level = Math.min(capConcurrency, Math.floor(c.to));
      return { stage, contacts: joining + Math.round((mean * length) / Math.max(1, ahtMs + thinkMs)), peakConcurrency: peak };
    });
}

/** The dry-run text: one row per stage, then totals and caps. */
export function renderPlan(profile: LoadedProfile): string {
  const estimates = estimateStages(profile);
  const table = new Table({ head: ['stage', 'role', 'from', 'length', 'load', 'contacts', 'peak in progress'], style: { head: [], border: [] }, chars: COMPACT });
  for (const { stage, contacts, peakConcurrency } of estimates) {
    const load =
      stage.kind === 'arrival-rate'
        ? stage.ratePerMin!.from === stage.ratePerMin!.to
          ? `${stage.ratePerMin!.from}/min`
          : `${stage.ratePerMin!.from}→${stage.ratePerMin!.to}/min`
        : stage.concurrency!.from === stage.concurrency!.to
          ? `${stage.concurrency!.from} at once`
          : `${stage.concurrency!.from}→${stage.concurrency!.to} at once`;
    table.push([stage.name, stage.role ?? 'load', formatDuration(stage.startMs), formatDuration(stage.endMs - stage.startMs), load, `${stage.kind === 'concurrency' ? '≈' : ''}${contacts}`, `${stage.kind === 'arrival-rate' ? '≈' : ''}${peakConcurrency}`]);
  }
  let total = estimates.reduce((n, e) => n + e.contacts, 0);
  if (profile.caps.totalContacts !== undefined) total = Math.min(total, profile.caps.totalContacts);
  const duration = estimates.at(-1)?.stage.endMs ?? 0;
  const peak = Math.max(0, ...estimates.map((e) => e.peakConcurrency));
  const caps = Object.entries(profile.caps).map(([k, v]) => (k === 'durationMs' ? `duration ${formatDuration(v as number)}` : `${k} ${v}`));
  const mixTotal = profile.mix.reduce((n, m) => n + m.weight, 0);
  const mix = profile.mix.map((m) => `${m.scenarioId} (${m.channel}) ${Math.round((m.weight / mixTotal) * 100)}%`);
  return [
    `load profile ${profile.id}${profile.title ? ` — ${profile.title}` : ''} (${profile.file})`,
    table.toString(),
    `total: ≈${total} contacts over ${formatDuration(duration)}, peak ≈${peak} in progress (≈: estimated at the AHT target ${profile.targets.ahtSec} s${profile.thinkTimeMs.max ? ', plus think time' : ''})`,
    `mix: ${mix.join(', ')}`,
    `arrivals: ${profile.arrivals}, seed ${profile.seed}${profile.patienceMs !== undefined ? `, patience ${formatDuration(profile.patienceMs)}` : ''}`,
    `caps: ${caps.length ? caps.join(', ') : 'none'}`,
    '',
  ].join('\n');
}

/**
 * What a load run will place, per channel, for Channel.prepare: contacts in all and the first
 * stage's peak in progress, shared out by the mix's weights (a web chat opens that many browser
 * contexts before the clock starts and keeps a few ready while the run goes).
 */
export function loadDemand(profile: LoadedProfile, scenarios: ReadonlyMap<string, LoadedScenario>): Map<ChannelKind, ChannelDemand[]> {
  const estimates = estimateStages(profile);
  const total = estimates.reduce((n, e) => n + e.contacts, 0);
  const first = estimates[0]?.peakConcurrency ?? 0;
  const weights = profile.mix.reduce((n, m) => n + m.weight, 0) || 1;
  const out = new Map<ChannelKind, ChannelDemand[]>();
  for (const pick of profile.mix) {
    const scenario = scenarios.get(pick.scenarioId);
    if (!scenario) continue;
    const share = pick.weight / weights;
    const list = out.get(pick.channel) ?? [];
    list.push({ scenario, total: Math.ceil(total * share), first: Math.ceil(first * share) });
    out.set(pick.channel, list);
  }
  return out;
}

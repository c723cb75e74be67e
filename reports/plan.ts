/**
 * Sampling plan: how many contacts per scenario × channel × time band bring the 95% margin of the
 * mean 服务质量 score to ±m points. From a pilot run's spread (standard deviation over its
 * contacts) when one is given:
 *   n = ⌈(z · s / m)²⌉, z = 1.96 (95%), s = pilot standard deviation of the 0–100 scores
 * and spread over the six time bands (工作日/周末 × 高峰/平峰/夜间) equally, at least 2 per band so
 * each band has its own spread estimate; a centre that behaves differently at night shows up.
 */
import { contactsForMargin, standardDeviation, Z95 } from './statistics.js';

export const TIME_BANDS = ['工作日 高峰', '工作日 平峰', '工作日 夜间', '周末 高峰', '周末 平峰', '周末 夜间'] as const;

/** Without a pilot: a conservative spread (scores of real centres vary ~10–15 points per contact). */
export const DEFAULT_SD = 15;

/** Contacts per band at least, so every band has a spread of its own. */
export const MIN_PER_BAND = 2;

export interface PlanScenario {
  id: string;
  channels: readonly string[];
}

export interface PilotContact {
  scenarioId: string;
  channel: string;
  qualityScore: number | null;
}

export interface PlanRow {
  scenarioId: string;
  channel: string;
  /** Standard deviation used, and where it came from. */
  sd: number;
  sdSource: 'pilot scenario×channel' | 'pilot scenario' | 'pilot run' | 'default';
  pilotContacts: number;
  needed: number;
  perBand: number;
  total: number;
}

export interface SamplingPlan {
  margin: number;
  z: number;
  bands: readonly string[];
  rows: PlanRow[];
  total: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function planSampling(scenarios: readonly PlanScenario[], margin: number, pilot: readonly PilotContact[] = []): SamplingPlan {
  const scores = (f: (c: PilotContact) => boolean) => pilot.filter((c) => f(c) && typeof c.qualityScore === 'number').map((c) => c.qualityScore!);
  const all = scores(() => true);
  const rows: PlanRow[] = [];
  for (const s of scenarios) {
    for (const channel of s.channels) {
      const own = scores((c) => c.scenarioId === s.id && c.channel === channel);
      const scen = scores((c) => c.scenarioId === s.id);
      const [values, sdSource] = own.length >= 2 ? [own, 'pilot scenario×channel' as const] : scen.length >= 2 ? [scen, 'pilot scenario' as const] : all.length >= 2 ? [all, 'pilot run' as const] : [null, 'default' as const];
      const sd = values ? standardDeviation(values) : DEFAULT_SD;
      const needed = contactsForMargin(sd, margin);
      const perBand = Math.max(MIN_PER_BAND, Math.ceil(needed / TIME_BANDS.length));
      rows.push({ scenarioId: s.id, channel, sd: r2(sd), sdSource, pilotContacts: own.length, needed, perBand, total: perBand * TIME_BANDS.length });
    }
  }
  return { margin, z: Z95, bands: TIME_BANDS, rows, total: rows.reduce((a, r) => a + r.total, 0) };
}

/** The plan as text, with the formula and where each spread came from. */
export function formatPlan(plan: SamplingPlan): string {
  const lines = [
    `Sampling plan for a 95% margin of ±${plan.margin} points on the mean 服务质量 score (0–100):`,
    `  n = ⌈(z · s / m)²⌉ with z = 1.96, m = ${plan.margin}, s = standard deviation of the contacts' scores`,
    `  (from the pilot run when given, else ${DEFAULT_SD} — a conservative assumption), then spread equally over`,
    `  the ${plan.bands.length} time bands (${plan.bands.join(', ')}), at least ${MIN_PER_BAND} per band.`,
    '',
    ['scenario', 'channel', 's', 'from', 'n', 'per band', 'total'].join('\t'),
  ];
  for (const r of plan.rows) lines.push([r.scenarioId, r.channel, r.sd.toFixed(2), `${r.sdSource}${r.pilotContacts ? ` (${r.pilotContacts})` : ''}`, r.needed, r.perBand, r.total].join('\t'));
  lines.push('', `total: ${plan.total} contacts (${plan.rows.length} scenario×channel × ${plan.bands.length} bands)`);
  lines.push("Run each band in its own hours (e.g. 工作日 09:00–11:00 高峰, 14:00–16:00 平峰, 21:00–23:00 夜间), with the scenario's `repeat:` set to the per-band count.");
  return `${lines.join('\n')}\n`;
}

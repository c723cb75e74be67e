/**
 * `plan <scenarios…> --margin 2 [--pilot <runDir>]`: contacts per scenario × channel × time band
 * for a ±margin 95% interval on 服务质量, from a pilot run's spread (reports/plan.ts explains the
 * formula, and the output repeats it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatPlan, planSampling, type PilotContact } from '../../../reports/plan.js';
import { ConfigError } from '../../errors.js';
import { channelsOf, loadScenarios } from '../../scenario/loader.js';
import { EXIT } from '../output.js';

export interface PlanFlags {
  /** Half-width of the 95% interval, points on the 0–100 scale. @default 2 */
  margin?: number;
  /** A scored pilot run whose spread is used. */
  pilot?: string;
}

async function pilotContacts(runDir: string): Promise<PilotContact[]> {
  const file = path.join(runDir, 'sheets.json');
  try {
    const sheets = JSON.parse(await readFile(file, 'utf8')) as { contacts?: PilotContact[] };
    return (sheets.contacts ?? []).map((c) => ({ scenarioId: c.scenarioId, channel: c.channel, qualityScore: c.qualityScore }));
  } catch (err) {
    throw new ConfigError(`--pilot ${runDir}: cannot read ${file} (${(err as Error).message})`, `score the pilot run first: npx mystery-shopper score ${runDir}`);
  }
}

export async function planCommand(files: string[], flags: PlanFlags, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const margin = flags.margin ?? 2;
  if (!(margin > 0)) throw new ConfigError('--margin must be a positive number of points', 'e.g. --margin 2');
  const scenarios = await loadScenarios(files);
  const pilot = flags.pilot ? await pilotContacts(flags.pilot) : [];
  const plan = planSampling(
    scenarios.map((s) => ({ id: s.id, channels: channelsOf(s) })),
    margin,
    pilot,
  );
  out.write(formatPlan(plan));
  return EXIT.ok;
}

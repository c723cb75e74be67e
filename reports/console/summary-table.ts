/**
 * The table printed at the end of `run` / `resume` / `demo`: one row per scenario and channel,
 * with outcomes, caller-side timings and the service-quality score when the run was scored.
 */
import Table from 'cli-table3';
import type { Interaction } from '../../harness/interaction/types.js';
import type { ContactScoreBrief, Reporter, RunEndInfo } from '../reporter.js';
import { maskText } from '../privacy/mask.js';

export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** First agent (or IVR) turn, ms from the start of the contact. */
export function firstResponseMs(i: Interaction): number | undefined {
  return i.turns.find((t) => t.speaker === 'agent' || t.speaker === 'ivr')?.startMs;
}

const secs = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)}s`);

export function summaryRows(interactions: readonly Interaction[], scores?: ReadonlyMap<string, ContactScoreBrief>): string[][] {
  const groups = new Map<string, Interaction[]>();
  for (const i of interactions) {
    const key = `${i.scenarioId}\u0000${i.channel}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => {
      const [scenario, channel] = key.split('\u0000') as [string, string];
      const completed = list.filter((i) => i.outcome === 'completed').length;
      const first = list.map(firstResponseMs).filter((v): v is number => v !== undefined);
      const quality = list.map((i) => scores?.get(i.contactId)?.quality).filter((v): v is number => typeof v === 'number');
      const meanQ = quality.length ? (quality.reduce((a, b) => a + b, 0) / quality.length).toFixed(1) : '–';
      return [scenario, channel, String(list.length), String(completed), String(list.length - completed), secs(percentile(first, 50)), secs(percentile(list.map((i) => i.durationMs), 50)), meanQ];
    });
}

export function summaryTableReporter(stream: NodeJS.WritableStream = process.stdout): Reporter {
  return {
    name: 'summary-table',
    onRunEnd(info: RunEndInfo) {
      const table = new Table({
        head: ['scenario', 'channel', 'contacts', 'completed', 'not completed', 'first reply p50', 'handle p50', '服务质量'],
        style: { head: [], border: [] },
      });
      table.push(...summaryRows(info.interactions, info.scores));
      stream.write(`${table.toString()}\n`);
      const failed = info.interactions.filter((i) => i.outcome === 'failed');
      for (const i of failed.slice(0, 20)) stream.write(`  ✗ ${i.contactId}: ${i.error?.code ?? i.outcome} ${maskText(i.error?.message ?? '')}\n`);
      if (failed.length > 20) stream.write(`  … and ${failed.length - 20} more failed contacts (see run.json)\n`);
      stream.write(`${info.interrupted ? 'interrupted — continue with `mystery-shopper resume ' + info.runDir + '`' : 'run stored in ' + info.runDir}\n`);
    },
  };
}

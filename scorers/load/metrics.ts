/**
 * The load metrics of a load run (issue 12): pure, from the raw samples (Interactions + the run's
 * ContactEntries with `load` + the manifest's LoadRunInfo), so a run split over shards and merged
 * gives exactly the figures of the same contacts in one run.
 *
 *   loadMetrics({ interactions, entries, info }, options) → LoadMetrics   (summary.json `load`)
 */
import type { Interaction } from '../../harness/interaction/types.js';
import type { LoadRunInfo, LoadStagePlan, LoadTargets } from '../../harness/load/types.js';
import type { ContactEntry } from '../../harness/store/types.js';
import { loadFigures } from './figures.js';
import { capacityKnee, levelGroups, type LevelGroup } from './knee.js';
import { contactSamples } from './samples.js';
import { stability } from './stability.js';
import { concurrencyTimeline } from './timeline.js';
import type { ContactSample, LoadFigures, LoadMetrics, LoadMetricsOptions, StageMetrics } from './types.js';

export const LOAD_METRICS_DEFAULTS: Required<LoadMetricsOptions> = {
  shortAbandonSec: 5,
  windowSec: 60,
  minWindows: 2,
  timelineBucketSec: 0,
  stabilityTolerance: { latencyP95Pct: 20, answerRatePts: 5 },
};

/** LoadTargets' documented defaults, for a manifest that left some out. */
export const LOAD_TARGET_DEFAULTS: LoadTargets = { answerRate: 0.95, serviceLevel: { thresholdSec: 20, target: 0.8 }, ahtSec: 300 };

export interface LoadMetricsInput {
  interactions: readonly Interaction[];
  /** The run's manifest entries (RunManifest.contacts), with `load` {stage, dueAt}. */
  entries: readonly ContactEntry[];
  info: LoadRunInfo;
}

export function effectiveTargets(t: Partial<LoadTargets> | undefined): LoadTargets {
  const out: LoadTargets = {
    answerRate: t?.answerRate ?? LOAD_TARGET_DEFAULTS.answerRate,
    serviceLevel: { ...LOAD_TARGET_DEFAULTS.serviceLevel, ...(t?.serviceLevel ?? {}) },
    ahtSec: t?.ahtSec ?? LOAD_TARGET_DEFAULTS.ahtSec,
  };
  if (t?.concurrency !== undefined) out.concurrency = t.concurrency;
  return out;
}

function stageMetrics(stage: LoadStagePlan, samples: readonly ContactSample[], targets: LoadTargets, o: Required<LoadMetricsOptions>): StageMetrics {
  const own = samples.filter((s) => s.stage === stage.name);
  const figures = loadFigures(own, { thresholdSec: targets.serviceLevel.thresholdSec, shortAbandonSec: o.shortAbandonSec, spanMs: stage.endMs - stage.startMs });
  const planned = stage.kind === 'concurrency' ? { ...(stage.concurrency ?? { from: 0, to: 0 }), unit: 'concurrent' as const } : { ...(stage.ratePerMin ?? { from: 0, to: 0 }), unit: 'per-min' as const };
  return { stage: stage.name, kind: stage.kind, role: stage.role ?? 'load', startMs: stage.startMs, endMs: stage.endMs, planned, ...figures };
}

/** Figures over the contacts of the levels ≤ the target concurrency (see LoadMetrics.withinTarget). */
function withinTarget(groups: Map<number, LevelGroup>, targets: LoadTargets, shortAbandonSec: number): LoadMetrics['withinTarget'] {
  const target = targets.concurrency;
  if (target === undefined) return null;
  const levels = [...groups.keys()].filter((l) => l <= target).sort((a, b) => a - b);
  const own = levels.flatMap((l) => groups.get(l)!.samples);
  if (!own.length) return null;
  const figures: LoadFigures = loadFigures(own, { thresholdSec: targets.serviceLevel.thresholdSec, shortAbandonSec });
  return { concurrency: target, levels, figures };
}

export function loadMetrics(input: LoadMetricsInput, options: LoadMetricsOptions = {}): LoadMetrics {
  const o: Required<LoadMetricsOptions> = { ...LOAD_METRICS_DEFAULTS, ...options, stabilityTolerance: { ...LOAD_METRICS_DEFAULTS.stabilityTolerance, ...options.stabilityTolerance } };
  const { info } = input;
  const targets = effectiveTargets(info.targets);
  // sorted by id: the same figures and JSON whatever order shards delivered the contacts in
  const interactions = [...input.interactions].sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));
  const samples = contactSamples(interactions, input.entries);
  const stored = new Set(interactions.map((i) => i.contactId));
  const notPlaced = input.entries.filter((e) => !stored.has(e.contactId)).length;
  const stages = [...info.stages].sort((a, b) => a.startMs - b.startMs);
  const kneeOpts = { windowSec: o.windowSec, minWindows: o.minWindows, shortAbandonSec: o.shortAbandonSec };
  const groups = levelGroups(samples, stages, info.startedAt, kneeOpts);
  const runSpan = info.endedAt !== undefined ? info.endedAt - info.startedAt : stages.length ? stages[stages.length - 1]!.endMs : undefined;
  const out: LoadMetrics = {
    profileId: info.profileId,
    targets: { answerRate: targets.answerRate, serviceLevel: targets.serviceLevel, ahtSec: targets.ahtSec, concurrency: targets.concurrency ?? null },
    options: o,
    notPlaced,
    overall: loadFigures(samples, { thresholdSec: targets.serviceLevel.thresholdSec, shortAbandonSec: o.shortAbandonSec, ...(runSpan ? { spanMs: runSpan } : {}) }),
    withinTarget: withinTarget(groups, targets, o.shortAbandonSec),
    stages: stages.map((s) => stageMetrics(s, samples, targets, o)),
    timeline: concurrencyTimeline(samples, info.startedAt, o.timelineBucketSec),
    knee: capacityKnee(samples, stages, info.startedAt, targets, kneeOpts, groups),
    stability: stability(samples, stages, info.startedAt, {
      windowSec: o.windowSec,
      shortAbandonSec: o.shortAbandonSec,
      thresholdSec: targets.serviceLevel.thresholdSec,
      tolerance: o.stabilityTolerance,
    }),
  };
  // LoadRunInfo.offered is the scheduler's (h/load); read loosely so older manifests need not have it
  const offered = (info as { offered?: LoadMetrics['scheduler'] }).offered;
  if (offered) out.scheduler = offered;
  if (info.harnessLag) out.harnessLag = info.harnessLag;
  return out;
}

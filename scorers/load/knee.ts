/**
 * 并发处理能力: the capacity knee. Each concurrency level offered is judged on the contacts that
 * arrived while it was offered: a closed-model stage holding one level is one level (the whole
 * stage); ramps and open-model (arrival-rate) stages are cut into windows, each window taking the
 * level planned at its middle (closed ramps) or observed in it (open model: mean contacts in
 * progress, rounded). A level is sustained when it held for a whole closed stage or for at least
 * `minWindows` windows. The capacity is the highest sustained level below the lowest sustained
 * level that missed a target (answer rate or service level); when no level missed, the centre
 * never degraded and the capacity is only known to be at least the highest level offered.
 */
import type { LoadStagePlan, LoadTargets } from '../../harness/load/types.js';
import { loadFigures } from './figures.js';
import { inProgress, sweep } from './timeline.js';
import type { CapacityKnee, ContactSample, KneeLevel } from './types.js';

export interface KneeOptions {
  windowSec: number;
  minWindows: number;
  shortAbandonSec: number;
}

export interface LevelGroup {
  level: number;
  source: 'stage' | 'windows';
  stages: Set<string>;
  windows: number;
  samples: ContactSample[];
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function plannedAt(stage: LoadStagePlan, t: number): number {
  const c = stage.concurrency ?? { from: 0, to: 0 };
  const span = stage.endMs - stage.startMs;
  return span > 0 ? c.from + ((c.to - c.from) * (t - stage.startMs)) / span : c.from;
}

/** Levels offered, each with the contacts that arrived while it was offered. */
export function levelGroups(samples: readonly ContactSample[], stages: readonly LoadStagePlan[], originMs: number, opts: KneeOptions): Map<number, LevelGroup> {
  const groups = new Map<number, LevelGroup>();
  const group = (level: number, source: LevelGroup['source']) => {
    let g = groups.get(level);
    if (!g) groups.set(level, (g = { level, source, stages: new Set(), windows: 0, samples: [] }));
    if (source === 'stage') g.source = 'stage';
    return g;
  };
  const placed = samples.filter((s) => s.status !== 'harness-failure');
  const windowMs = opts.windowSec * 1000;
  let runEnd = 0;
  for (const s of stages) runEnd = Math.max(runEnd, s.endMs);
  const windows = Math.max(1, Math.ceil(runEnd / windowMs));
  let observed: number[] | null = null;
  for (const stage of stages) {
    const own = placed.filter((s) => s.stage === stage.name);
    if (!own.length) continue;
    const c = stage.concurrency;
    if (stage.kind === 'concurrency' && c && c.from === c.to) {
      const g = group(c.from, 'stage');
      g.stages.add(stage.name);
      g.samples.push(...own);
      continue;
    }
    observed ??= sweep(placed.map(inProgress), originMs, windowMs, windows).mean;
    const first = Math.floor(stage.startMs / windowMs);
    const last = Math.ceil(stage.endMs / windowMs);
    for (let w = first; w < last; w++) {
      const from = Math.max(stage.startMs, w * windowMs);
      const to = Math.min(stage.endMs, (w + 1) * windowMs);
      // a sliver of a window at a stage's edge says nothing about a level
      if (to - from < windowMs / 2) continue;
      const inWindow = own.filter((s) => s.dueAt - originMs >= from && s.dueAt - originMs < to);
      if (!inWindow.length) continue;
      const level = Math.round(stage.kind === 'concurrency' ? plannedAt(stage, (from + to) / 2) : (observed[w] ?? 0));
      const g = group(level, 'windows');
      g.stages.add(stage.name);
      g.windows++;
      g.samples.push(...inWindow);
    }
  }
  return groups;
}

function judge(g: LevelGroup, targets: LoadTargets, opts: KneeOptions): KneeLevel {
  const f = loadFigures(g.samples, { thresholdSec: targets.serviceLevel.thresholdSec, shortAbandonSec: opts.shortAbandonSec });
  const failures: string[] = [];
  if (f.answerRate === null || f.answerRate < targets.answerRate) failures.push(`接通率${f.answerRate === null ? '无数据' : pct(f.answerRate)}低于目标${pct(targets.answerRate)}`);
  if (f.serviceLevel === null || f.serviceLevel < targets.serviceLevel.target) {
    failures.push(`服务水平（${targets.serviceLevel.thresholdSec}秒内接通）${f.serviceLevel === null ? '无数据' : pct(f.serviceLevel)}低于目标${pct(targets.serviceLevel.target)}`);
  }
  return {
    level: g.level,
    source: g.source,
    stages: [...g.stages].sort(),
    windows: g.windows,
    sustained: g.source === 'stage' || g.windows >= opts.minWindows,
    offered: f.offered,
    answered: f.answered,
    answerRate: f.answerRate,
    serviceLevel: f.serviceLevel,
    asaMs: f.asaMs,
    pass: failures.length === 0,
    failures,
  };
}

export function capacityKnee(samples: readonly ContactSample[], stages: readonly LoadStagePlan[], originMs: number, targets: LoadTargets, opts: KneeOptions, groups = levelGroups(samples, stages, originMs, opts)): CapacityKnee {
  const levels = [...groups.values()].map((g) => judge(g, targets, opts)).sort((a, b) => a.level - b.level);
  const sustained = levels.filter((l) => l.sustained && l.offered > 0);
  const how =
    `按并发级别判定：闭合模型（设定并发）阶段以整个阶段为一个级别，爬坡与开放模型（到达率）阶段按每${opts.windowSec}秒窗口取计划或实测的并发数；` +
    `一个级别持续整个阶段或至少${opts.minWindows}个窗口才算持续。达标＝接通率≥${pct(targets.answerRate)}且${targets.serviceLevel.thresholdSec}秒服务水平≥${pct(targets.serviceLevel.target)}。`;
  const tried = sustained.map((l) => `${l.level}路${l.pass ? '达标' : `未达标（${l.failures.join('，')}）`}`).join('；');
  if (!sustained.length) {
    return { status: 'insufficient-data', capacity: null, firstFailing: null, maxOffered: levels.length ? levels[levels.length - 1]!.level : null, levels, method: `${how}没有持续足够长的并发级别，无法判定并发处理能力。` };
  }
  const maxOffered = sustained[sustained.length - 1]!.level;
  const failing = sustained.find((l) => !l.pass);
  if (!failing) {
    return {
      status: 'above-highest-offered',
      capacity: maxOffered,
      firstFailing: null,
      maxOffered,
      levels,
      method: `${how}测试级别：${tried}。直到测试的最高级别${maxOffered}路仍全部达标，未出现拐点：并发处理能力至少为${maxOffered}路（未测到上限）。`,
    };
  }
  const below = sustained.filter((l) => l.pass && l.level < failing.level);
  const recovered = sustained.filter((l) => l.pass && l.level > failing.level).map((l) => l.level);
  const note = recovered.length ? `更高的级别${recovered.join('、')}路又达标（波动），按保守原则以首个未达标级别为拐点。` : '';
  if (!below.length) {
    return {
      status: 'below-lowest-offered',
      capacity: null,
      firstFailing: failing.level,
      maxOffered,
      levels,
      method: `${how}测试级别：${tried}。最低的持续级别${failing.level}路已未达标：并发处理能力低于${failing.level}路，需以更低的并发再测。${note}`,
    };
  }
  const capacity = below[below.length - 1]!.level;
  return {
    status: 'knee',
    capacity,
    firstFailing: failing.level,
    maxOffered,
    levels,
    method: `${how}测试级别：${tried}。${failing.level}路起未达标，拐点在${capacity}路与${failing.level}路之间：并发处理能力为${capacity}路。${note}`,
  };
}

/**
 * `load <profile>`: offer a load profile's contacts to a centre on schedule, show them live, and
 * store, score and report the run like `run` does (so `score`, `report` and `resume` work on it).
 * `--offline` starts the offline lab (simulated centre, Twilio and Deepgram emulators) first, as
 * the demo does; `--dry-run` prints the plan and places nothing. Against a real account, voice
 * calls go through the same preflight as `run` (plan, problems, confirmation; see load-preflight.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { LoadLiveStats } from '../../load/live-stats.js';
import { renderTable, startLiveView } from '../../load/live-view.js';
import { loadExecutor, loadRunInfo } from '../../load/load-run.js';
import { estimateStages } from '../../load/plan-summary.js';
import { preflightLoad } from '../../load/load-preflight.js';
import { loadProfile, type LoadedProfile } from '../../load/profile-loader.js';
import type { LoadRunInfo } from '../../load/types.js';
import type { HarnessConfig } from '../../config/types.js';
import { planRun } from '../../runner/runner.js';
import { RunStore } from '../../store/run-store.js';
import { spawnLab, type Lab } from './demo.js';
import { effectiveConfig, placeAndReport, type RunFlags } from './run.js';

export interface LoadCommandFlags extends RunFlags {
  /** Print the plan (stages, contacts, peak concurrency, duration; for voice the dialling plan) and place nothing. */
  dryRun?: boolean;
  /** Start the offline lab and point the run at it. @default false */
  offline?: boolean;
  /** Offline lab: simulated agents per side. @default 4 */
  labAgents?: number;
  /** Offline lab: multiplier on the simulated agents' delays. @default 0.25 */
  labTimeScale?: number;
  /** Offline lab: more options passed as given, e.g. `--lab-arg=--voice-lines=4` (repeatable). */
  labArg?: string[];
  /** Offline lab: where its ground truth goes. @default <out>/lab-ground-truth-<time>.jsonl */
  groundTruth?: string;
  /** Start lag beyond which a contact is late, ms. @default 1000 */
  lagTolerance?: number;
  /** Show the live view. @default true */
  live?: boolean;
}

/**
 * A profile's caps are the load run's hard limits: they replace the voice channel's own limits
 * (default 1 call/s, 10 at once, meant for scripted runs), or a voice ramp could never pass them.
 */
export function applyProfileCaps(config: HarnessConfig, profile: LoadedProfile): string | undefined {
  const peak = Math.max(0, ...estimateStages(profile).map((e) => e.peakConcurrency));
  config.voice.maxConcurrentCalls = profile.caps.concurrency ?? Math.max(config.voice.maxConcurrentCalls, peak);
  if (profile.caps.callsPerSecond !== undefined) {
    config.voice.callsPerSecond = profile.caps.callsPerSecond;
    return undefined;
  }
  if (!profile.mix.some((m) => m.channel === 'voice')) return undefined;
  // The configured calls-per-second limit (Twilio's account CPS) still holds. Applied by the
  // scheduler, a call held back by it is a cap, planned and counted — not the harness being late.
  profile.caps.callsPerSecond = config.voice.callsPerSecond;
  return `caps.callsPerSecond: ${config.voice.callsPerSecond} (voice.callsPerSecond of the config; set caps.callsPerSecond in the profile to change it)`;
}

/** The end-of-run lines: per-stage figures, what was offered, and the harness-lag verdict. */
export function renderLoadSummary(stats: LoadLiveStats, info: LoadRunInfo | undefined): string {
  const lines = [renderTable(stats, (info?.endedAt ?? Date.now()) - (info?.startedAt ?? Date.now())).trimEnd()];
  const o = info?.offered;
  if (o) {
    const extra = [
      o.turnedAwayByConcurrencyCap ? `${o.turnedAwayByConcurrencyCap} arrival(s) not offered: caps.concurrency was reached` : '',
      o.delayedByCallsPerSecond ? `${o.delayedByCallsPerSecond} contact(s) started later to respect caps.callsPerSecond` : '',
      o.stoppedBy ? `offering stopped early: ${o.stoppedBy}` : '',
    ].filter(Boolean);
    lines.push(`offered ${o.contacts} contact(s)${extra.length ? `; ${extra.join('; ')}` : ''}`);
  }
  const lag = info?.harnessLag;
  if (lag) {
    lines.push(`start lag p95 ${lag.p95LagMs} ms; ${lag.lateContacts} contact(s) started more than ${lag.toleranceMs} ms late`);
    if (lag.warning) lines.push(`WARNING: ${lag.warning}`);
  }
  return `${lines.join('\n')}\n`;
}

async function startOfflineLab(flags: LoadCommandFlags, out: string, stdout: NodeJS.WritableStream): Promise<{ lab: Lab; flags: LoadCommandFlags }> {
  await mkdir(out, { recursive: true });
  const groundTruth = path.resolve(flags.groundTruth ?? path.join(out, `lab-ground-truth-${Date.now()}.jsonl`));
  stdout.write('starting the offline lab (simulated centre, Twilio and Deepgram emulators)…\n');
  const lab = await spawnLab({ groundTruth, agents: flags.labAgents, timeScale: flags.labTimeScale, extraArgs: flags.labArg });
  const { info } = lab;
  stdout.write(`  simulated centre: ${info.centre}\n  ground truth:     ${info.groundTruth}\n`);
  if (info.twilio) {
    process.env.TWILIO_ACCOUNT_SID = info.twilio.accountSid;
    process.env.TWILIO_AUTH_TOKEN = info.twilio.authToken;
  }
  if (info.deepgram) process.env.DEEPGRAM_API_KEY = info.deepgram.apiKey;
  return { lab, flags: { ...flags, centre: info.centre, labOverrides: { twilioBaseUrl: info.twilio?.baseUrl, deepgramBaseUrl: info.deepgram?.baseUrl } } };
}

export async function loadCommand(profileFile: string, given: LoadCommandFlags): Promise<number> {
  const stdout = given.stdout ?? process.stdout;
  const profile = await loadProfile(profileFile);
  if (given.dryRun) {
    // The load plan, and for voice the dialling plan and its problems, as `run --dry-run` (exit 1 on problems).
    const checked = await preflightLoad(profile, await effectiveConfig(given), given, { stdout }, { offline: given.offline });
    return checked.proceed ? 0 : checked.code;
  }
  let flags = given;
  let lab: Lab | undefined;
  try {
    if (flags.offline) ({ lab, flags } = await startOfflineLab(flags, path.resolve(flags.out ?? 'runs'), stdout));
    const config = await effectiveConfig(flags);
    const capNote = applyProfileCaps(config, profile);
    if (capNote) stdout.write(`${capNote}\n`);
    // Safe dialling (h/lpre): real calls are planned, shown and confirmed before anything is offered.
    const checked = await preflightLoad(profile, config, flags, { stdout }, { offline: flags.offline });
    if (!checked.proceed) return checked.code;
    await mkdir(config.out, { recursive: true });
    const manifest = planRun(profile.scenarios, config, Boolean(flags.offline));
    manifest.contacts = {};
    manifest.load = loadRunInfo(profile);
    const store = await RunStore.create(config.out, manifest, profile.scenarios);
    stdout.write(`load ${profile.id}: ${profile.stages.length} stage(s) → ${store.dir}\n`);
    const stats = new LoadLiveStats(profile.stages.map((s) => s.name));
    const view = flags.live === false ? null : startLiveView(stats, { toleranceMs: flags.lagTolerance });
    const queue = flags.queue ? { url: flags.queue, name: flags.queueName } : undefined; // queue (h/queue)
    const execute = loadExecutor({ profile, stats, toleranceMs: flags.lagTolerance, onOfferingEnd: () => view?.stop(), queue, shard: flags.shard });
    const outcome = await placeAndReport(store, config, { ...flags, execute, progress: false });
    stdout.write(renderLoadSummary(stats, store.manifest.load));
    return outcome.code;
  } finally {
    await lab?.stop();
  }
}

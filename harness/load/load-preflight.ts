/**
 * Safe dialling for `load`: the same preflight as `run` (harness/safety/preflight.ts), fed with
 * the calls a load profile may place. A profile has no contact list — arrivals are drawn at run
 * time — so the plan is an upper bound: every one of the profile's `caps.totalContacts` contacts
 * could be a call (the mix is a weighted draw), split over the mix's voice scenarios by weight
 * for the per-number counts, each voice scenario at least once so that every number is checked.
 *
 * Against a real account a profile without `caps.totalContacts` is refused: an arrival rate alone
 * bounds nothing, and the operator must see how many calls (and how much money) they agree to.
 * The offline lab's emulator stays exempt, as for `run` (see `diallingMode`).
 */
import path from 'node:path';
import type { HarnessConfig } from '../config/types.js';
import type { ChannelKind } from '../interaction/types.js';
import { checkWindowConfig, inCallingWindow } from '../safety/calling-window.js';
import type { DialLedger } from '../safety/dial-ledger.js';
import { diallingMode, yamlLine, type DialPlan } from '../safety/preflight.js';
import { preflightRun, type RunSafetyFlags } from '../safety/run-preflight.js';
import { defaultDialling } from '../safety/types.js';
import { estimateStages, formatDuration, renderPlan } from './plan-summary.js';
import type { LoadedProfile } from './profile-loader.js';

export interface LoadCallBound {
  /** Most calls the run may place. */
  calls: number;
  /** Where the bound comes from: the profile's cap, or the stages' estimate (no hard bound). */
  source: 'caps.totalContacts' | 'estimate';
}

/** The bound on calls: caps.totalContacts when set, else the stages' estimate (rounded up). */
export function loadCallBound(profile: LoadedProfile): LoadCallBound {
  if (profile.caps.totalContacts !== undefined) return { calls: profile.caps.totalContacts, source: 'caps.totalContacts' };
  return { calls: Math.ceil(estimateStages(profile).reduce((n, e) => n + e.contacts, 0)), source: 'estimate' };
}

/**
 * `calls` spread over the voice entries of the mix by weight (largest remainder), each voice
 * scenario at least once. Empty when the mix has no voice.
 */
export function loadDialContacts(profile: LoadedProfile, calls: number): { scenarioId: string; channel: ChannelKind }[] {
  const weights = new Map<string, number>();
  for (const m of profile.mix.filter((x) => x.channel === 'voice')) weights.set(m.scenarioId, (weights.get(m.scenarioId) ?? 0) + m.weight);
  if (!weights.size) return [];
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const shares = [...weights].map(([scenarioId, w]) => {
    const exact = (calls * w) / total;
    return { scenarioId, n: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = calls - shares.reduce((a, s) => a + s.n, 0);
  for (const s of [...shares].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    s.n += 1;
    left -= 1;
  }
  return shares.flatMap((s) => Array.from({ length: Math.max(1, s.n) }, () => ({ scenarioId: s.scenarioId, channel: 'voice' as const })));
}

/** `plan` is absent when the mix has no voice (nothing to dial). */
export type LoadPreflightOutcome = { proceed: true; plan?: DialPlan } | { proceed: false; plan?: DialPlan; code: number };

export interface LoadPreflightOptions {
  offline?: boolean;
  /** The clock (tests). @default new Date() */
  now?: Date;
  /** @default the ledger in config.out */
  ledger?: DialLedger;
}

/**
 * The problems only a load profile has, each at the profile's file:line: no bound on calls, a
 * bound over the per-run cap, or offering that outlasts the calling window.
 */
export function loadProfileProblems(profile: LoadedProfile, config: HarnessConfig, bound: LoadCallBound, now: Date): string[] {
  const d = config.dialling ?? defaultDialling();
  // As the preflight names scenario files: relative when under the working directory, else absolute.
  const rel = path.relative(process.cwd(), profile.file);
  const shown = rel.startsWith('..') || path.isAbsolute(rel) ? profile.file : rel;
  const at = (fieldPath: string[]) => `${shown}:${yamlLine(profile.file, fieldPath)}  ${fieldPath.join('.')}`;
  const problems: string[] = [];
  if (bound.source === 'estimate') {
    problems.push(`${at(['caps'])}  no caps.totalContacts: a load run against a real account needs a bound on its calls (≈${bound.calls} expected); set caps.totalContacts (at most dialling.caps.perRun, ${d.caps.perRun})`);
  } else if (bound.calls > d.caps.perRun) {
    problems.push(`${at(['caps', 'totalContacts'])}  ${bound.calls} contacts may all be calls: over dialling.caps.perRun (${d.caps.perRun}); lower caps.totalContacts or raise the cap`);
  }
  const durationMs = estimateStages(profile).at(-1)?.stage.endMs ?? 0;
  // A window that is unreadable or closed now is already a problem of the preflight itself.
  if (!checkWindowConfig(d.window).length && inCallingWindow(d.window, now).open && durationMs > 0) {
    const end = inCallingWindow(d.window, new Date(now.getTime() + durationMs));
    if (!end.open) problems.push(`${at(['stages'])}  the run offers calls for ${formatDuration(durationMs)}, past the end of the calling window (${end.reason}); start earlier or shorten the stages`);
  }
  return problems;
}

/**
 * What `load` does before offering anything, like `run`: plan the calls (upper bound), then
 * `--dry-run` prints the load plan and the dialling plan and stops (exit 1 on problems); real
 * dialling prints both, refuses on problems, asks for confirmation (`--yes` skips it); the
 * emulator goes ahead. A profile whose mix has no voice needs no dialling plan.
 */
export async function preflightLoad(
  profile: LoadedProfile,
  config: HarnessConfig,
  flags: RunSafetyFlags,
  io: { stdout: NodeJS.WritableStream; stderr?: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream & { isTTY?: boolean } },
  options: LoadPreflightOptions = {},
): Promise<LoadPreflightOutcome> {
  const bound = loadCallBound(profile);
  const contacts = loadDialContacts(profile, bound.calls);
  if (!contacts.length) {
    if (flags.dryRun) io.stdout.write(renderPlan(profile));
    return flags.dryRun ? { proceed: false, code: 0 } : { proceed: true };
  }
  const now = options.now ?? new Date();
  const real = diallingMode(config, options.offline) === 'real';
  // The profile's own problems join the preflight's (through its plan), so that --dry-run, the
  // refusal and the printed plan all list them, exactly as for the scenarios' numbers.
  const extra = real ? loadProfileProblems(profile, config, bound, now) : [];
  const header = `dialling plan: up to ${bound.calls} call(s) (${bound.source === 'estimate' ? 'estimated from the stages' : 'caps.totalContacts'}: any contact may be a call)\n`;
  if (flags.dryRun || real) io.stdout.write(`${renderPlan(profile)}${header}`);
  return preflightRun({ scenarios: profile.scenarios, config, offline: options.offline, contacts, now, ...(options.ledger ? { ledger: options.ledger } : {}) }, flags, io, (plan) => {
    // One scenario's bad number is one problem, not one per planned call.
    plan.problems = [...new Set([...plan.problems, ...extra])];
  });
}

/**
 * Preflight: before anything is dialled, validate and plan every call of a run — destinations
 * normalised and checked against the allowlist, the calling window, the caps, the caller ID and
 * webhook URL, and an estimate of minutes and cost. `run --dry-run` prints this plan and stops;
 * `run` prints it, asks for confirmation, and only then dials. The `load` command calls the same
 * `preflight()` with its own contact list.
 *
 * Only real dialling is bound by the policy: calls to the offline lab's emulator (a loopback
 * Twilio base URL, or `offline`) are planned and shown, never refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { HarnessConfig } from '../config/types.js';
import type { ChannelKind } from '../interaction/types.js';
import { channelsOf } from '../scenario/loader.js';
import type { LoadedScenario } from '../scenario/schema.js';
import { isLoopbackHost, listenWarning } from '../server/webhook-guard.js';
import { checkWindowConfig, inCallingWindow, localTime, type WindowVerdict } from './calling-window.js';
import { DialLedger, type LedgerCounts } from './dial-ledger.js';
import { SafetyError } from './errors.js';
import { allowedBy, compileAllowlist, normaliseNumber } from './numbers.js';
import { defaultDialling } from './types.js';

export type DiallingMode = 'real' | 'emulator';

/** Emulator when offline or when the Twilio API is on this machine; anything else can ring a real phone. */
export function diallingMode(config: HarnessConfig, offline = false): DiallingMode {
  if (offline) return 'emulator';
  const base = config.voice.twilio.baseUrl;
  if (!base) return 'real';
  try {
    return isLoopbackHost(new URL(base).hostname) ? 'emulator' : 'real';
  } catch {
    return 'real';
  }
}

export interface PlannedCall {
  scenarioId: string;
  contactId?: string;
  /** Where the number is written: scenario file and line of target.phone. */
  file: string;
  line: number;
  /** The number as written, and normalised (undefined when it could not be read). */
  raw?: string;
  to?: string;
  /** Upper bound of the call's length: the channel hangs up at ring timeout + handle time + 60 s. */
  maxMinutes: number;
}

export interface DialPlan {
  mode: DiallingMode;
  calls: PlannedCall[];
  chats: number;
  /** Distinct destinations (E.164). */
  destinations: string[];
  maxMinutes: number;
  /** maxMinutes × costPerMinute, when the price is configured. */
  estimatedCost?: number;
  currency: string;
  /** The calling window now (real mode). */
  window?: WindowVerdict;
  /** Calls already counted in the ledger for this run and today. */
  counts: LedgerCounts;
  /** Reasons not to dial; empty when the plan may go ahead. Each names its file:line or setting. */
  problems: string[];
  warnings: string[];
}

export interface PreflightInput {
  scenarios: readonly LoadedScenario[];
  config: HarnessConfig;
  /** The target is the offline lab. @default false */
  offline?: boolean;
  /** The contacts to place. @default every scenario × channel × repeat */
  contacts?: readonly { scenarioId: string; channel: ChannelKind; contactId?: string }[];
  /** The run being resumed or about to be created (per-run cap). */
  runId?: string;
  /** The clock (tests). @default new Date() */
  now?: Date;
  /** @default the ledger in config.out */
  ledger?: DialLedger;
}

/** 1-based line of a field in a YAML file (for messages); 1 when it cannot be found. */
export function yamlLine(file: string, fieldPath: readonly string[]): number {
  try {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
    let node: unknown = doc.contents;
    let last: Node | undefined;
    for (const key of fieldPath) {
      if (!isMap(node)) break;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) break;
      last = (pair.value ?? pair.key) as Node;
      node = pair.value;
    }
    return last?.range ? lines.linePos(last.range[0]).line : 1;
  } catch {
    return 1;
  }
}

function contactsOf(scenarios: readonly LoadedScenario[]): { scenarioId: string; channel: ChannelKind; contactId?: string }[] {
  return scenarios.flatMap((s) => channelsOf(s).flatMap((channel) => Array.from({ length: s.repeat ?? 1 }, () => ({ scenarioId: s.id, channel }))));
}

function maxMinutesOf(s: LoadedScenario, config: HarnessConfig): number {
  return Math.ceil((config.voice.ringTimeoutSec * 1000 + (s.sla?.handleTimeMs ?? 600_000) + 60_000) / 60_000);
}

export async function preflight(input: PreflightInput): Promise<DialPlan> {
  const { config } = input;
  const d = config.dialling ?? defaultDialling();
  const mode = diallingMode(config, input.offline);
  const now = input.now ?? new Date();
  const byId = new Map(input.scenarios.map((s) => [s.id, s]));
  const contacts = input.contacts ?? contactsOf(input.scenarios);
  const problems: string[] = [];
  const warnings: string[] = [];
  const real = mode === 'real';
  const allow = compileAllowlist(d.allow, d.region);
  const calls: PlannedCall[] = [];

  for (const c of contacts.filter((x) => x.channel === 'voice')) {
    const s = byId.get(c.scenarioId);
    if (!s) continue;
    const raw = s.target?.phone;
    const call: PlannedCall = { scenarioId: s.id, ...(c.contactId ? { contactId: c.contactId } : {}), file: s.file, line: yamlLine(s.file, ['target', 'phone']), maxMinutes: maxMinutesOf(s, config) };
    calls.push(call);
    // As the user wrote it when under the working directory (scenarios/x.yaml), else absolute.
    const rel = path.relative(process.cwd(), s.file);
    const where = `${rel.startsWith('..') || path.isAbsolute(rel) ? s.file : rel}:${call.line}  target.phone`;
    if (!raw) {
      problems.push(`${where}  scenario ${s.id} has no number to dial`);
      continue;
    }
    call.raw = raw;
    const parsed = normaliseNumber(raw, d.region);
    if (parsed.ok) call.to = parsed.e164;
    if (!real) continue;
    if (!parsed.ok) problems.push(`${where}  ${parsed.reason}`);
    else if (allow.rules.length && !allowedBy(parsed.e164, allow)) problems.push(`${where}  ${parsed.e164} is not in dialling.allow`);
  }

  const destinations = [...new Set(calls.map((c) => c.to).filter((x): x is string => Boolean(x)))].sort();
  const maxMinutes = calls.reduce((n, c) => n + c.maxMinutes, 0);
  let counts: LedgerCounts = { run: 0, day: 0 };
  let window: WindowVerdict | undefined;

  if (real && calls.length) {
    if (!d.allow.length) problems.push('dialling.allow is empty: real calls are refused until the centre’s numbers are listed (exact numbers, or prefixes such as "+86400*")');
    problems.push(...allow.problems);
    const windowProblems = checkWindowConfig(d.window);
    problems.push(...windowProblems);
    if (!windowProblems.length) {
      window = inCallingWindow(d.window, now);
      if (!window.open) problems.push(`outside the calling window: ${window.reason}`);
      const ledger = input.ledger ?? new DialLedger(config.out);
      counts = await ledger.counts(input.runId, localTime(now, d.window.tz).date);
      if (counts.run + calls.length > d.caps.perRun) problems.push(`${calls.length} call(s) planned, ${counts.run} already placed by this run: over dialling.caps.perRun (${d.caps.perRun})`);
      if (counts.day + calls.length > d.caps.perDay) problems.push(`${calls.length} call(s) planned, ${counts.day} already placed today (${window.local.date}, ${d.window.tz}): over dialling.caps.perDay (${d.caps.perDay})`);
    }
    const from = normaliseNumber(config.voice.from, d.region);
    if (config.voice.from === '+15005550006') problems.push('voice.from is Twilio’s test number +15005550006: set TWILIO_FROM_NUMBER (or voice.from) to your Twilio number');
    else if (!from.ok) problems.push(`voice.from: ${from.reason}`);
    const hook = config.voice.publicWebhookUrl;
    if (!hook) problems.push('MS_PUBLIC_WEBHOOK_URL (voice.publicWebhookUrl) is not set: Twilio cannot reach the webhook server on 127.0.0.1');
    else if (!hook.startsWith('https://')) problems.push(`voice.publicWebhookUrl ${hook} must be https: webhooks carry what the centre said`);
  }
  const listenWarn = listenWarning(config.voice.listenHost ?? '127.0.0.1');
  if (listenWarn && calls.length) warnings.push(listenWarn);
  if (real && calls.length && d.costPerMinute === undefined) warnings.push('dialling.costPerMinute is not set: the estimate is in minutes only');

  return {
    mode,
    calls,
    chats: contacts.filter((c) => c.channel === 'webchat').length,
    destinations,
    maxMinutes,
    ...(d.costPerMinute !== undefined ? { estimatedCost: Math.round(maxMinutes * d.costPerMinute * 100) / 100 } : {}),
    currency: d.currency,
    ...(window ? { window } : {}),
    counts,
    problems,
    warnings,
  };
}

/** The plan as printed before dialling and by --dry-run. */
export function formatPlan(plan: DialPlan): string {
  const lines = [`plan: ${plan.calls.length} call(s), ${plan.chats} chat(s)${plan.mode === 'emulator' ? ' — calls go to the emulator (offline): dialling policy not applied' : ''}`];
  if (plan.calls.length) {
    const perDest = new Map<string, number>();
    for (const c of plan.calls) perDest.set(c.to ?? c.raw ?? '(none)', (perDest.get(c.to ?? c.raw ?? '(none)') ?? 0) + 1);
    for (const [to, n] of perDest) lines.push(`  ${to}  × ${n}`);
    const cost = plan.estimatedCost !== undefined ? `, at most ≈ ${plan.estimatedCost.toFixed(2)} ${plan.currency}` : '';
    lines.push(`  at most ${plan.maxMinutes} min of calls${cost}`);
    if (plan.window) lines.push(`  calling window: ${plan.window.open ? 'open' : 'closed'} (${plan.window.local.weekday} ${plan.window.local.date} ${plan.window.local.hhmm} local)`);
    if (plan.mode === 'real') lines.push(`  already placed: ${plan.counts.run} by this run, ${plan.counts.day} today`);
  }
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  for (const p of plan.problems) lines.push(`problem: ${p}`);
  return `${lines.join('\n')}\n`;
}

/** Throws a SafetyError listing every problem of the plan; returns when it may go ahead. */
export function assertPlanAllowed(plan: DialPlan): void {
  if (!plan.problems.length) return;
  throw new SafetyError('E_DIAL_POLICY', `refusing to dial: ${plan.problems.length} problem(s)\n${plan.problems.map((p) => `  ${p}`).join('\n')}`, 'fix the scenario or the `dialling:` section of the config file; `run --dry-run` checks again without dialling');
}

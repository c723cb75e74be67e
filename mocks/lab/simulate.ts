/**
 * In-process, browser-free simulation of one web chat against the simulated centre, in virtual
 * time: the harness's real `runScript` plays the scenario through a ConversationPort, the
 * centre's own ChatSession (on the virtual clock, simulate-centre.ts) and AgentBrain answer in the
 * style of a quality profile (mocks/centre/profiles.ts), and the harness's real ChatRecorder
 * turns what the page shows into the Interaction. Nothing waits for real (a 70 s silence is a
 * jump of the clock), so thousands of contacts run per second and the scorers can be measured
 * against the brain's ground truth (bench/score-accuracy.ts).
 *
 * Same inputs → same output: everything random comes from (seed, ref), like the centre.
 *
 * How it differs from a real run through the browser (documented so results are read right):
 *  - transcriptSource is "emulator" (the real channel says "chat-dom"); clock is "page".
 *  - no queue: each contact gets its agent at once (the agent is picked from the same roster).
 *  - browser/page timings (load, loopback delivery, fill+click) are seeded jitter in realistic
 *    ranges, not measured; the centre's delays are the brain's own, × timeScale.
 *  - `pause` steps and `say.delayMs` are rewritten to 0 for runScript and waited in virtual time
 *    when their step event is emitted (same effect: messages arriving meanwhile stay unread).
 */
import { scenarioVars } from '../../harness/scenario/loader.js';
import { runScript } from '../../harness/interaction/script.js';
import type { Interaction, InteractionError, Outcome } from '../../harness/interaction/types.js';
import type { LoadedScenario, ScenarioData, Step } from '../../harness/scenario/schema.js';
import { WebchatFailure } from '../../harness/channels/webchat/errors.js';
import { makeRoster } from '../centre/agent-pool.js';
import type { AgentIdentity } from '../centre/agent/types.js';
import type { DefectRecord, GroundTruthRecord } from '../centre/ground-truth.js';
import { createRng, hashString, seedFor } from '../centre/prng.js';
import { chooseProfile, type CheckId, type ProfileName } from '../centre/profiles.js';
import { createVirtualSession } from './simulate-centre.js';
import { VirtualClock } from './simulate-clock.js';
import { createRecorder, VirtualChatPage, VirtualPort, type PageTiming } from './simulate-port.js';

/** 2026-11-23 09:00 UTC: a fixed origin, so the same contact has the same timestamps everywhere. */
const DEFAULT_EPOCH_MS = Date.UTC(2026, 10, 23, 9, 0, 0);
const SIM_CENTRE_URL = 'sim://centre';

export interface SimulateOptions {
  scenario: Pick<ScenarioData, 'id' | 'steps' | 'persona' | 'variables'> & Partial<Pick<LoadedScenario, 'file'>>;
  /** The contact id, which is also the centre's `ref`. @default "<scenario id>.webchat.1" */
  ref?: string;
  /** The centre's seed: with `ref` it decides the profile (unless given), the agent and the brain. @default 7 */
  seed?: number;
  /** Force the agent's quality profile. @default the centre's seeded choice from (seed, ref) */
  profile?: ProfileName;
  /** Weights for the seeded choice (see chooseProfile). @default the centre's defaults */
  profileWeights?: Partial<Record<ProfileName, number>>;
  /** The agent who answers. @default one of the centre's roster of `agents`, chosen from (seed, ref) */
  agent?: AgentIdentity;
  /** Roster size the default agent is chosen from. @default 4 */
  agents?: number;
  /** Multiplies the agent's delays, as the centre's timeScale. @default 1 */
  timeScale?: number;
  /** Customer silence after which the centre closes the chat (virtual ms). @default 120000 */
  idleTimeoutMs?: number;
  /** Epoch ms of the contact's time origin. @default 2026-11-23T09:00:00Z */
  startedAt?: number;
  runId?: string;
  /** Extra `{{variables}}` (contactId, centre and runId are provided). */
  vars?: Record<string, string | number>;
  /** After the script, listen until quiet this long (the channel's quietMs). @default 2000 */
  quietMs?: number;
  /** Upper bound of that trailing wait (the channel's trailingMaxMs). @default 10000 */
  trailingMaxMs?: number;
  /** Page-side jitter ranges. */
  timing?: PageTiming;
}

export interface SimulatedContact {
  interaction: Interaction;
  /** The centre's ground-truth records of this contact, as mocks/centre would log them. */
  truth: GroundTruthRecord[];
  profile: ProfileName;
  agent: AgentIdentity;
}

export async function simulateContact(opts: SimulateOptions): Promise<SimulatedContact> {
  const { scenario } = opts;
  const ref = opts.ref ?? `${scenario.id}.webchat.1`;
  const seed = opts.seed ?? 7;
  const profile = opts.profile ?? chooseProfile(seed, ref, opts.profileWeights);
  const roster = makeRoster(opts.agents ?? 4);
  const agent = opts.agent ?? roster[seedFor(seed, ref, 'agent') % roster.length]!;
  const epochMs = opts.startedAt ?? DEFAULT_EPOCH_MS;
  const rng = createRng(seedFor(seed, ref, 'lab-page'));

  const clock = new VirtualClock();
  const recorder = createRecorder(epochMs);
  recorder.inbox.drive(clock);
  const page = new VirtualChatPage(clock, recorder, rng, epochMs, opts.timing);
  const centre = createVirtualSession({
    clock,
    sessionId: `sim-${hashString(`${seed}\u0000${ref}`).toString(16)}`,
    ref,
    profile,
    agent,
    brainSeed: seedFor(seed, ref, 'brain'),
    timeScale: opts.timeScale ?? 1,
    idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
    epochMs,
    onPush: (push) => page.receive(push),
  });
  page.connect(centre.session);

  recorder.addEvent({ type: 'started', atMs: 0, detail: { waitedToStartMs: 0 } });
  // Browser context + navigation; the page clock reports the initial state before DOMContentLoaded.
  clock.advanceBy(rng.int(300, 900));
  page.showConnecting();
  clock.advanceBy(rng.int(20, 200));
  const url = `${SIM_CENTRE_URL}/chat?ref=${encodeURIComponent(ref)}`;
  recorder.addEvent({ type: 'page-loaded', atMs: clock.now, detail: { url } });
  // The page POSTs the session, then opens the event stream; the centre assigns the agent on connect.
  clock.after(rng.int(5, 30) + rng.int(5, 30), () => centre.connect());

  let error = waitUntilReady(clock, recorder);
  if (!error) {
    clock.advanceBy(rng.int(5, 60));
    recorder.addEvent({ type: 'chat-ready', atMs: clock.now });
    const { steps, delays } = virtualiseSteps(scenario.steps);
    const port = new VirtualPort(clock, page, { typingCps: scenario.persona.typingCps ?? 0, stepDelays: delays });
    const vars = { ...scenarioVars(scenario as ScenarioData), contactId: ref, centre: SIM_CENTRE_URL, runId: opts.runId ?? 'sim', ...opts.vars };
    try {
      error = (await runScript(steps, port, vars)).error ?? null;
    } catch (err) {
      if (!(err instanceof WebchatFailure)) throw err;
      error = err.toData(port.currentStep);
    }
    listenUntilQuiet(clock, page, opts.quietMs ?? 2_000, opts.trailingMaxMs ?? 10_000);
  }
  // Flushing the page clock and closing the context take a moment.
  clock.advanceBy(rng.int(20, 120));
  const outcome: Outcome = error ? 'failed' : 'completed';
  const durationMs = clock.now;
  if (error) recorder.addEvent({ type: 'error', atMs: durationMs, detail: { code: error.code, message: error.message } });
  recorder.addEvent({ type: 'ended', atMs: durationMs, detail: { outcome } });
  // Closing the context drops the event stream: the centre ends a chat still open.
  clock.advanceBy(rng.int(2, 20));
  centre.disconnect();

  const interaction: Interaction = {
    schemaVersion: 1,
    contactId: ref,
    scenarioId: scenario.id,
    ...(opts.runId ? { runId: opts.runId } : {}),
    channel: 'webchat',
    startedAt: epochMs,
    durationMs,
    events: recorder.events(),
    turns: recorder.turns(),
    outcome,
    ...(error ? { error } : {}),
    transcriptSource: 'emulator',
    centreRef: ref,
    clock: 'page',
  };
  return { interaction, truth: centre.truth, profile, agent };
}

/** The checks a contact's committed defects should make fail: each defect's check and alsoTriggers. */
export function expectedChecks(truth: readonly GroundTruthRecord[]): Set<CheckId> {
  const out = new Set<CheckId>();
  for (const d of defectsOf(truth)) {
    out.add(d.check);
    for (const also of d.alsoTriggers ?? []) out.add(also);
  }
  return out;
}

export function defectsOf(truth: readonly GroundTruthRecord[]): DefectRecord[] {
  return truth.filter((r): r is DefectRecord => r.type === 'defect');
}

/** The channel's ready wait (page-steps.ts waitUntilReady) without a queue: until the agent is there. */
function waitUntilReady(clock: VirtualClock, recorder: ReturnType<typeof createRecorder>): InteractionError | null {
  const readyTimeoutMs = 30_000;
  clock.advanceTo(clock.now + readyTimeoutMs, () => recorder.phase !== 'connecting');
  if (recorder.phase === 'chatting') return null;
  if (recorder.phase === 'ended') return { code: 'E_CLOSED_BY_CENTRE', message: 'the centre closed the chat before it was ready', hint: 'look at the system messages in the turns' };
  return {
    code: 'E_SELECTOR_TIMEOUT',
    message: `the ready element "#status[data-state="chatting"]" did not appear within ${readyTimeoutMs} ms`,
    hint: 'the simulated centre never assigned an agent',
  };
}

/** The channel's trailing wait (page-steps.ts waitForQuiet): closing lines and the survey invitation. */
function listenUntilQuiet(clock: VirtualClock, page: VirtualChatPage, quietMs: number, maxMs: number): void {
  const scriptEndedAt = clock.now;
  const deadline = scriptEndedAt + maxMs;
  while (page.recorder.phase !== 'ended') {
    const until = Math.min(Math.max(page.lastMessageMs, scriptEndedAt) + quietMs, deadline);
    const next = clock.peek();
    if (next === null || next > until) {
      clock.advanceTo(until);
      return;
    }
    clock.advanceTo(next);
  }
}

/**
 * Steps for runScript with every real wait taken out: `pause: N` becomes `pause: 0` and
 * `say.delayMs` is dropped; the returned map (step path as runScript reports it → ms) lets the
 * port wait those in virtual time.
 */
export function virtualiseSteps(steps: readonly Step[], base = 'steps', delays = new Map<string, number>()): { steps: Step[]; delays: Map<string, number> } {
  const out = steps.map((step, i): Step => {
    const path = `${base}.${i}`;
    if ('pause' in step) {
      if (step.pause > 0) delays.set(path, step.pause);
      return { pause: 0 };
    }
    if ('say' in step && step.delayMs) {
      delays.set(path, step.delayMs);
      return { say: step.say };
    }
    if ('branch' in step) {
      const { cases, otherwise, ...rest } = step.branch;
      return {
        branch: {
          ...rest,
          cases: cases.map((c, ci) => ({ ...c, steps: virtualiseSteps(c.steps, `${path}.branch.cases.${ci}.steps`, delays).steps })),
          ...(otherwise ? { otherwise: virtualiseSteps(otherwise, `${path}.branch.otherwise`, delays).steps } : {}),
        },
      };
    }
    return step;
  });
  return { steps: out, delays };
}

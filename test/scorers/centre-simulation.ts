/**
 * Offline contacts with known defects: the simulated centre's agent brain (mocks/centre) answers a
 * customer who follows a demo scenario's steps, in virtual time, and every defect the brain commits
 * is the ground truth. No browser, no server: hundreds of contacts per second, so the scorers'
 * precision and recall can be measured in a unit test. It is deliberately small and independent of
 * mocks/lab (the runner's fuller simulator behind `npm run bench -- score`), so scorer changes are
 * checked against the centre's defects even while the lab evolves.
 */
import type { Interaction, Turn } from '../../harness/interaction/types.js';
import { interpolate, matches } from '../../harness/interaction/match.js';
import type { LoadedScenario, Step } from '../../harness/scenario/schema.js';
import { AgentBrain } from '../../mocks/centre/agent/brain.js';
import type { BrainTurn } from '../../mocks/centre/agent/types.js';
import { createRng } from '../../mocks/centre/prng.js';
import type { ProfileName } from '../../mocks/centre/profiles.js';
import type { CheckId } from '../../scorers/rubric/schema.js';

export interface SimulatedContact {
  interaction: Interaction;
  truth: Set<CheckId>;
  defects: { check: string; kind: string }[];
}

class VirtualChat {
  turns: Turn[] = [];
  now = 0;
  /** Agent texts since the customer last spoke (what wait/branch look at). */
  pending: string[] = [];
  truth = new Set<CheckId>();
  defects: { check: string; kind: string }[] = [];
  closed = false;

  deliver(turn: BrainTurn): void {
    for (const r of turn.replies) {
      this.now += r.delayMs;
      this.turns.push({ speaker: 'agent', text: r.text, startMs: this.now, endMs: this.now });
      this.pending.push(r.text);
      for (const d of r.defects) {
        this.defects.push({ check: d.check, kind: d.kind });
        this.truth.add(d.check as CheckId);
        for (const also of d.alsoTriggers ?? []) this.truth.add(also as CheckId);
      }
    }
    if (turn.close) this.closed = true;
  }
}

function run(steps: readonly Step[], chat: VirtualChat, brain: AgentBrain, vars: Record<string, string | number>, rng: () => number): boolean {
  for (const step of steps) {
    if (chat.closed && !('end' in step)) return false;
    if ('say' in step) {
      const text = interpolate(step.say, vars);
      chat.now += 2000 + Math.floor(rng() * 4000) + Math.round((text.length / 6) * 1000);
      chat.turns.push({ speaker: 'customer', text, startMs: chat.now, endMs: chat.now });
      chat.pending = [];
      if (!brain.closed) chat.deliver(brain.respond(text));
    } else if ('branch' in step) {
      const heard = chat.pending.join('\n');
      const taken = step.branch.cases.find((c) => matches(c.when, heard));
      if (!run(taken ? taken.steps : (step.branch.otherwise ?? []), chat, brain, vars, rng)) return false;
    } else if ('end' in step) {
      return false;
    }
    // wait / pause / press: the brain's replies are already planned; nothing to do in virtual time
  }
  return true;
}

export function simulateContact(scenario: LoadedScenario, profile: ProfileName, seed: number): SimulatedContact {
  const rng = createRng(seed);
  const brain = new AgentBrain({ agent: { id: String(1000 + (seed % 900)), name: '小李' }, profile, seed, channel: 'webchat' });
  const chat = new VirtualChat();
  chat.now = 1000;
  chat.deliver(brain.opening());
  const vars: Record<string, string | number> = { ...(scenario.variables ?? {}), 'persona.name': scenario.persona.name };
  run(scenario.steps, chat, brain, vars, () => rng.next());
  const interaction: Interaction = {
    schemaVersion: 1,
    contactId: `${scenario.id}-${profile}-${seed}`,
    scenarioId: scenario.id,
    channel: 'webchat',
    startedAt: 1_795_420_800_000 + seed * 1000,
    durationMs: chat.now + 2000,
    events: [
      { type: 'page-loaded', atMs: 300 },
      { type: 'agent-joined', atMs: 1000 },
    ],
    turns: chat.turns,
    outcome: 'completed',
    transcriptSource: 'chat-dom',
  };
  return { interaction, truth: chat.truth, defects: chat.defects };
}

/** Every profile on every given scenario, `seeds` contacts each: the labelled set for precision/recall. */
export function simulateBatch(scenarios: readonly LoadedScenario[], profiles: readonly ProfileName[], seeds: readonly number[]): SimulatedContact[] {
  const out: SimulatedContact[] = [];
  for (const scenario of scenarios) {
    profiles.forEach((profile, p) => {
      for (const seed of seeds) out.push(simulateContact(scenario, profile, seed * 7919 + p));
    });
  }
  return out;
}

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../harness/scenario/loader.js';
import type { LoadedScenario, Step } from '../../../harness/scenario/schema.js';
import type { MessageRecord } from '../../../mocks/centre/ground-truth.js';
import { PROFILE_CHECKS, PROFILE_NAMES } from '../../../mocks/centre/profiles.js';
import { compareWithTruth } from '../../../mocks/lab/compare.js';
import { defectsOf, expectedChecks, simulateContact, virtualiseSteps } from '../../../mocks/lab/simulate.js';

const IDS = ['credit-card-loss', 'broadband-plan', 'return-complaint'] as const;
const scenarios = new Map<string, LoadedScenario>();

beforeAll(async () => {
  for (const id of IDS) scenarios.set(id, await loadScenarioFile(path.resolve('scenarios/demo', `${id}.yaml`)));
});

const scenario = (id: (typeof IDS)[number]) => scenarios.get(id)!;
const withSteps = (steps: Step[]) => ({ ...scenario('credit-card-loss'), steps });

describe('simulateContact', () => {
  it('is deterministic from (seed, ref) and varies with them', async () => {
    const a = await simulateContact({ scenario: scenario('credit-card-loss'), seed: 11, ref: 'c-1', profile: 'wrong-fact' });
    const b = await simulateContact({ scenario: scenario('credit-card-loss'), seed: 11, ref: 'c-1', profile: 'wrong-fact' });
    expect(b).toEqual(a);
    const c = await simulateContact({ scenario: scenario('credit-card-loss'), seed: 12, ref: 'c-1', profile: 'wrong-fact' });
    expect(c.interaction.turns.map((t) => t.startMs)).not.toEqual(a.interaction.turns.map((t) => t.startMs));
    // Without a forced profile the centre's seeded choice decides, the same way every time.
    const d1 = await simulateContact({ scenario: scenario('broadband-plan'), seed: 3, ref: 'd' });
    const d2 = await simulateContact({ scenario: scenario('broadband-plan'), seed: 3, ref: 'd' });
    expect(d2.profile).toBe(d1.profile);
    expect(d2.truth).toEqual(d1.truth);
  });

  it('produces a completed chat whose times only move forward', async () => {
    for (const id of IDS) {
      for (const profile of PROFILE_NAMES) {
        const { interaction, truth } = await simulateContact({ scenario: scenario(id), ref: `${id}-${profile}`, profile });
        expect(interaction.outcome, `${id}/${profile}: ${interaction.error?.message}`).toBe('completed');
        expect(interaction.transcriptSource).toBe('emulator');
        const starts = interaction.turns.map((t) => t.startMs);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
        const events = interaction.events.map((e) => e.atMs);
        expect(events).toEqual([...events].sort((x, y) => x - y));
        expect(Math.max(...starts, ...events)).toBeLessThanOrEqual(interaction.durationMs);
        const at = truth.map((r) => r.at);
        expect(at).toEqual([...at].sort((x, y) => x - y));
        // Contact-level shape of a real chat: page loaded, then the agent joined, then the customer spoke.
        const type = (t: string) => interaction.events.find((e) => e.type === t)?.atMs ?? NaN;
        expect(type('page-loaded')).toBeLessThan(type('agent-joined'));
        expect(type('agent-joined')).toBeLessThan(interaction.turns.find((t) => t.speaker === 'customer')!.startMs);
        expect(interaction.turns.at(-1)).toMatchObject({ speaker: 'system', text: '会话已结束' });
      }
    }
  });

  it('shows the customer exactly the messages the centre logged, in order, seen after they were sent', async () => {
    const { interaction, truth } = await simulateContact({ scenario: scenario('return-complaint'), ref: 'cmp', profile: 'no-hold-notice' });
    const messages = truth.filter((r): r is MessageRecord => r.type === 'message');
    const cmp = compareWithTruth(interaction, messages, ['agent', 'customer', 'system']);
    expect(cmp.missing).toEqual([]);
    expect(cmp.extra).toEqual([]);
    expect(cmp.inOrder).toBe(true);
    for (const err of compareWithTruth(interaction, messages, ['agent']).errorsMs) expect(err).toBeGreaterThanOrEqual(0);
  });

  it('the exemplary agent commits no defect', async () => {
    for (const id of IDS) {
      for (const ref of ['e1', 'e2', 'e3']) {
        const { truth } = await simulateContact({ scenario: scenario(id), ref, profile: 'exemplary' });
        expect(defectsOf(truth)).toEqual([]);
      }
    }
  });

  it("each profile's defects are in the truth, naming the profile's checks", async () => {
    for (const profile of PROFILE_NAMES) {
      const seen = new Set<string>();
      for (const id of IDS) for (const c of expectedChecks((await simulateContact({ scenario: scenario(id), ref: `p-${id}`, profile })).truth)) seen.add(c);
      expect([...seen].sort(), profile).toEqual([...PROFILE_CHECKS[profile]].sort());
    }
    // Topic-bound defects only where the topic allows them.
    const noEmpathyOnBroadband = await simulateContact({ scenario: scenario('broadband-plan'), ref: 'x', profile: 'no-empathy' });
    expect(defectsOf(noEmpathyOnBroadband.truth)).toEqual([]);
  });

  it('a silent hold is a real gap in the virtual timeline, and timeScale shortens the agent’s delays', async () => {
    const { interaction } = await simulateContact({ scenario: scenario('broadband-plan'), ref: 'gap', profile: 'no-hold-notice' });
    const turns = interaction.turns.filter((t) => t.speaker !== 'system');
    const gaps = turns.slice(1).map((t, i) => ({ ms: t.startMs - turns[i]!.startMs, between: [turns[i]!.speaker, t.speaker] }));
    expect(gaps.some((g) => g.ms >= 45_000 && g.between.join() === 'agent,agent')).toBe(true);

    const slow = await simulateContact({ scenario: scenario('broadband-plan'), ref: 's', profile: 'slow' });
    const fast = await simulateContact({ scenario: scenario('broadband-plan'), ref: 's', profile: 'slow', timeScale: 0.1 });
    const firstAgent = (i: typeof slow.interaction) => i.turns.find((t) => t.speaker === 'agent')!.startMs;
    expect(firstAgent(slow.interaction)).toBeGreaterThan(35_000);
    expect(firstAgent(fast.interaction)).toBeLessThan(10_000);
  });

  it('pauses and say delays move the virtual clock; messages arriving meanwhile stay unread for the next wait', async () => {
    const steps: Step[] = [
      { wait: { pattern: '您好' } },
      { say: '你好，我的信用卡丢了，麻烦帮我办理一下挂失。', delayMs: 5_000 },
      { pause: 60_000 },
      // The identity request arrived during the pause: this wait finds it at once.
      { wait: { pattern: '身份证', timeoutMs: 1 } },
      { end: true },
    ];
    const { interaction } = await simulateContact({ scenario: withSteps(steps), ref: 'pause', profile: 'exemplary' });
    expect(interaction.outcome, interaction.error?.message).toBe('completed');
    const step = (p: string) => interaction.events.find((e) => e.type === 'step' && e.detail?.path === p)!.atMs;
    expect(step('steps.2') - step('steps.1')).toBeGreaterThanOrEqual(5_000);
    expect(step('steps.3') - step('steps.2')).toBeGreaterThanOrEqual(60_000);
    expect(virtualiseSteps(steps).delays).toEqual(new Map([['steps.1', 5_000], ['steps.2', 60_000]]));
  });

  it('contact-level failures come back as data: idle timeout by the centre, timed-out wait, DTMF in a chat', async () => {
    const idle = await simulateContact({
      scenario: withSteps([{ wait: '您好' }, { pause: 130_000 }, { say: '还在吗？' }]),
      ref: 'idle',
      profile: 'exemplary',
    });
    expect(idle.interaction.outcome).toBe('failed');
    expect(idle.interaction.error?.code).toBe('E_CLOSED_BY_CENTRE');
    expect(idle.truth.at(-1)).toMatchObject({ type: 'end', by: 'timeout' });

    const wait = await simulateContact({ scenario: withSteps([{ wait: { pattern: '永远不会出现', timeoutMs: 5_000 } }]), ref: 'w', profile: 'exemplary' });
    expect(wait.interaction.error).toMatchObject({ code: 'E_WAIT_TIMEOUT', step: 'steps.0' });
    expect(wait.truth.at(-1)).toMatchObject({ type: 'end', by: 'disconnect' });

    const dtmf = await simulateContact({ scenario: withSteps([{ press: '1' }]), ref: 'd', profile: 'exemplary' });
    expect(dtmf.interaction.error?.code).toBe('E_UNSUPPORTED');
  });
});

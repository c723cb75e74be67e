/**
 * The silence accounting over generated timelines (fast-check): total (every silence over the
 * threshold after the agent joined is accounted for), exclusive (each is exactly one kind, none
 * overlaps another), and read the same way by dead-air and hold-etiquette.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction, InteractionEvent, Speaker, Turn } from '../../../harness/interaction/types.js';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { accountSilences, handsOver, isLineCheck, type Silence } from '../../../scorers/checks/silence.js';
import { prepare } from '../../../scorers/context.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

const AGENT_LINES = ['您好，请问有什么可以帮您？', '请您稍等，我帮您查一下', '请问您的卡号是多少？', '好的', '感谢您的耐心等待，补卡二十元', '补卡二十元，七个工作日寄到', '稍等一下好吗？'];
const CUSTOMER_LINES = ['好的', '嗯', '喂？在吗？', '补卡多少钱', '我的卡丢了', '卡号是一二三四'];

interface Step {
  speaker: Speaker;
  line: number;
  gapMs: number;
  lengthMs: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  speaker: fc.constantFrom<Speaker>('agent', 'agent', 'customer', 'customer', 'system'),
  line: fc.nat(20),
  // mostly short gaps, some over every threshold, some overlapping (voice)
  gapMs: fc.oneof(fc.integer({ min: -3000, max: 9000 }), fc.integer({ min: 7000, max: 70_000 })),
  lengthMs: fc.integer({ min: 300, max: 8000 }),
});

const timelineArb = fc.record({
  channel: fc.constantFrom<'voice' | 'webchat'>('voice', 'webchat'),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 14 }),
  tailMs: fc.integer({ min: 0, max: 60_000 }),
  joinAt: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
  hold: fc.option(fc.record({ at: fc.integer({ min: 0, max: 200_000 }), lengthMs: fc.integer({ min: 1000, max: 60_000 }) }), { nil: undefined }),
});

type Timeline = typeof timelineArb extends fc.Arbitrary<infer T> ? T : never;

function build(t: Timeline): Interaction {
  const turns: Turn[] = [];
  let clock = 1000;
  for (const s of t.steps) {
    const startMs = Math.max(turns.length ? turns[turns.length - 1]!.startMs : 0, clock + s.gapMs);
    const endMs = t.channel === 'webchat' ? startMs : startMs + s.lengthMs;
    const pool = s.speaker === 'agent' ? AGENT_LINES : s.speaker === 'customer' ? CUSTOMER_LINES : ['当前排队人数1'];
    turns.push({ speaker: s.speaker, text: pool[s.line % pool.length]!, startMs, endMs });
    clock = Math.max(clock, endMs);
  }
  const events: InteractionEvent[] = [];
  if (t.joinAt !== undefined) events.push({ type: 'agent-joined', atMs: t.joinAt });
  if (t.hold && t.channel === 'voice') events.push({ type: 'hold-start', atMs: t.hold.at }, { type: 'hold-end', atMs: t.hold.at + t.hold.lengthMs });
  const durationMs = Math.max(clock, ...events.map((e) => e.atMs)) + t.tailMs;
  const i = t.channel === 'voice' ? call([], { events, durationMs }) : chat([], { events, durationMs });
  return { ...i, turns };
}

/** Independent of silence.ts: the quiet spans ≥ threshold between dialogue turns after the agent joined. */
function qualifyingGaps(i: Interaction): { startMs: number; endMs: number }[] {
  const d = i.turns.filter((t) => t.speaker === 'agent' || t.speaker === 'customer');
  const firstAgent = d.find((t) => t.speaker === 'agent');
  if (!firstAgent) return [];
  const joinEvent = i.events.find((e) => e.type === 'agent-joined');
  // a call without agent-joined: the agent was there from the answer when no IVR/system line came first
  const answered = i.events.find((e) => e.type === 'answered');
  const nothingElseFirst = !i.turns.some((t) => t.speaker !== 'agent' && t.speaker !== 'customer' && t.startMs < firstAgent.startMs);
  const fromAnswer = i.channel === 'voice' && !joinEvent && answered && nothingElseFirst ? answered.atMs : Infinity;
  const joined = Math.min(firstAgent.startMs, joinEvent?.atMs ?? Infinity, fromAnswer);
  const limit = rubric.thresholds.deadAirMs[i.channel];
  const out: { startMs: number; endMs: number }[] = [];
  // the quiet from agent-joined to the first dialogue turn: the agent owes the first word
  if (d[0]!.startMs - joined >= limit) out.push({ startMs: joined, endMs: d[0]!.startMs });
  let lastEnd = -Infinity;
  for (let k = 0; k < d.length; k++) {
    lastEnd = Math.max(lastEnd, d[k]!.endMs);
    const next = d[k + 1];
    const end = next ? next.startMs : d[k]!.speaker === 'customer' ? i.durationMs : null;
    if (end === null) continue;
    const start = Math.max(lastEnd, joined);
    if (end - start >= limit) out.push({ startMs: start, endMs: end });
  }
  return out;
}

const overlaps = (a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }) => a.startMs < b.endMs && b.startMs < a.endMs;

describe('silence accounting (property)', () => {
  it('is total and exclusive over generated timelines, and both checks read it', () => {
    fc.assert(
      fc.property(timelineArb, (t) => {
        const i = build(t);
        const account = accountSilences(i, rubric);
        const { silences, deadAirMs, holdMs } = account;
        // exclusive: one kind each, consistent flags
        for (const s of silences) {
          expect(['customer-pause', 'announced-hold', 'unannounced']).toContain(s.kind);
          if (s.kind === 'customer-pause') expect(s.hold || s.deadAir).toBe(false);
          if (s.kind === 'announced-hold') expect(s.deadAir).toBe(false);
          if (s.source === 'gap') {
            expect(s.endMs - s.startMs).toBeGreaterThanOrEqual(deadAirMs);
            expect(s.deadAir).toBe(s.kind === 'unannounced');
            // before the agent's first word nothing is held (before === null: it starts when the agent joined)
            expect(s.hold).toBe(s.kind !== 'customer-pause' && s.before !== null && s.endMs - s.startMs >= holdMs);
          } else expect(s.hold).toBe(true);
        }
        // no silence counted twice: spans are disjoint
        const sorted = [...silences].sort((a, b) => a.startMs - b.startMs);
        for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.startMs).toBeGreaterThanOrEqual(sorted[k - 1]!.endMs);
        // total: every quiet span over the threshold is (in) exactly one accounted silence
        for (const g of qualifyingGaps(i)) {
          const owners = silences.filter((s: Silence) => overlaps(s, g));
          expect(owners.length, `gap ${g.startMs}–${g.endMs} of ${JSON.stringify(t)}`).toBe(1);
          if (owners[0]!.source === 'gap') expect(owners[0]!.startMs <= g.startMs && owners[0]!.endMs >= g.endMs).toBe(true);
        }
        // nothing before the agent joined
        if (account.joinedMs !== null) for (const s of silences) if (s.source === 'gap') expect(s.startMs).toBeGreaterThanOrEqual(account.joinedMs);
        // both checks read the same accounting
        const p = prepare(i);
        if (!p.agent.length) return;
        const dead = only(deadAir(i, S, rubric));
        expect(dead.deduct).toBe(silences.filter((s) => s.deadAir).length);
        const holds = silences.filter((s) => s.hold).length;
        const h = only(holdEtiquette(i, S, rubric));
        if (holds === 0) expect(h.pass).toBe('na');
        else expect(h.details).toMatchObject({ holds });
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});

describe('silence accounting (rules)', () => {
  it('an agent question hands the word over, with or without punctuation', () => {
    const t = (text: string) => prepare(call([['agent', text, 0, 1000]])).agent[0]!;
    expect(handsOver(t('请问您的卡号是多少？'))).toBe(true);
    expect(handsOver(t('请问您还有其他问题吗'))).toBe(true);
    expect(handsOver(t('请您提供一下身份证后四位'))).toBe(true);
    expect(handsOver(t('好的，我帮您查一下'))).toBe(false);
    expect(handsOver(t('已经为您办理好了。'))).toBe(false);
  });

  it('a line check (喂？在吗？) is told from a real customer turn', () => {
    const t = (text: string) => prepare(call([['customer', text, 0, 1000]])).customer[0]!;
    expect(isLineCheck(t('喂？在吗？'))).toBe(true);
    expect(isLineCheck(t('喂喂'))).toBe(true);
    expect(isLineCheck(t('还在吗'))).toBe(true);
    expect(isLineCheck(t('在吗，我想问一下补卡的事情'))).toBe(false);
  });

  it('a request to wait phrased as a question keeps the word with the agent: an announced hold', () => {
    const i = call([
      ['agent', '我帮您查询一下，请稍等一下好吗？', 1000, 3000],
      ['agent', '感谢您的耐心等待，查到了', 30_000, 32_000],
    ]);
    expect(accountSilences(i, rubric).silences.map((s) => [s.kind, s.hold])).toEqual([['announced-hold', true]]);
  });

  it('the quiet from agent-joined to a late first word is dead air, not a hold', () => {
    const i = call([['agent', '您好，这里是客服中心，请问有什么可以帮您？', 22_000, 25_000]], { events: [{ type: 'agent-joined', atMs: 2000 }] });
    const s = accountSilences(i, rubric).silences;
    expect(s.map((x) => [x.kind, x.startMs, x.endMs, x.deadAir, x.hold, x.before])).toEqual([['unannounced', 2000, 22_000, true, false, null]]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(false);
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe('na');
  });

  it('a call without agent-joined counts from the answer when nothing else took the call, not across an IVR', () => {
    const direct = call([['agent', '您好，请讲', 25_000, 27_000]]); // answered at 2 s (helpers)
    expect(accountSilences(direct, rubric).silences.map((x) => [x.kind, x.startMs])).toEqual([['unannounced', 2000]]);
    const viaIvr = call([
      ['ivr', '欢迎致电，人工服务请按0', 2500, 8000],
      ['agent', '您好，请讲', 25_000, 27_000],
    ]);
    expect(accountSilences(viaIvr, rubric).silences).toEqual([]);
  });

  it('a prompt first word, or a customer who speaks first, leaves no silence before it', () => {
    const prompt = call([['agent', '您好，请讲', 5000, 7000]], { events: [{ type: 'agent-joined', atMs: 2000 }] });
    expect(accountSilences(prompt, rubric).silences).toEqual([]);
    const customerFirst = call(
      [
        ['customer', '你好，我想问一下停水的事', 15_000, 18_000],
        ['agent', '您好，您请讲', 19_000, 20_000],
      ],
      { events: [{ type: 'agent-joined', atMs: 2000 }] },
    );
    expect(accountSilences(customerFirst, rubric).silences.map((x) => x.kind)).toEqual(['customer-pause']);
    // …but a bare 喂？ does not take the word: the quiet before it is still the agent's
    const lineCheck = call(
      [
        ['customer', '喂？', 15_000, 15_500],
        ['agent', '您好，您请讲', 16_000, 17_000],
      ],
      { events: [{ type: 'agent-joined', atMs: 2000 }] },
    );
    expect(accountSilences(lineCheck, rubric).silences.map((x) => [x.kind, x.deadAir])).toEqual([['unannounced', true]]);
  });

  it('a music-on-hold window from events is one hold, its inner gaps not silences of their own', () => {
    const i = call(
      [
        ['agent', '请稍等', 1000, 2000],
        ['customer', '喂？', 12_000, 12_500],
        ['agent', '让您久等了', 40_000, 41_000],
      ],
      { events: [{ type: 'answered', atMs: 500 }, { type: 'hold-start', atMs: 2500 }, { type: 'hold-end', atMs: 39_000 }] },
    );
    const s = accountSilences(i, rubric).silences;
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ kind: 'announced-hold', source: 'event', hold: true, deadAir: false });
  });
});

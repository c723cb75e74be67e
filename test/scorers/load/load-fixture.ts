/**
 * Synthetic load runs from a centre of known capacity (not a test file: shared by the load metric,
 * D.2.1 and report tests). A seeded discrete-event simulation of an M/M/c queue with reneging:
 * `agents` agents, FIFO, exponential handle times, customers who give up after `patienceMs`;
 * closed-model stages keep a number of contacts in progress (a new one starts as soon as one
 * ends), open-model stages draw Poisson arrivals at a (ramped) rate. Every contact becomes a web
 * chat Interaction the way the harness would store it, with its manifest entry and the LoadRunInfo.
 */
import type { Interaction, InteractionEvent, Turn } from '../../../harness/interaction/types.js';
import type { LoadRunInfo, LoadStagePlan, LoadTargets } from '../../../harness/load/types.js';
import type { ContactEntry } from '../../../harness/store/types.js';
import { seededRandom } from '../../../reports/statistics.js';

export interface SimStage {
  name: string;
  durationMs: number;
  /** Closed model: contacts in progress, from → to (a step when equal). */
  concurrency?: { from: number; to: number };
  /** Open model: arrivals per minute, from → to. */
  ratePerMin?: { from: number; to: number };
  role?: LoadStagePlan['role'];
}

export interface SimOptions {
  agents: number;
  /** Mean handle time of an answered contact, ms (10 s of it fixed, the rest exponential). */
  meanServiceMs: number;
  patienceMs: number;
  seed: number;
  stages: SimStage[];
  /** Agent reply latency of the one customer question, ms, given the time (ms from the run's start). @default 2000 */
  latencyMs?: (t: number) => number;
  targets?: Partial<LoadTargets>;
  startedAt?: number;
}

export interface SimRun {
  interactions: Interaction[];
  entries: ContactEntry[];
  info: LoadRunInfo;
}

/** mulberry32, seeded: the project's own (reports/statistics.ts). */
export const rng = seededRandom;

interface Ev {
  t: number;
  seq: number;
  kind: 'arrive' | 'end' | 'renege' | 'fill';
  id: number;
}

/** A binary heap of events by time, then insertion order (deterministic ties). */
class Events {
  private h: Ev[] = [];
  private seq = 0;
  push(t: number, kind: Ev['kind'], id = -1): void {
    const e = { t, seq: this.seq++, kind, id };
    const h = this.h;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (less(h[p]!, h[i]!)) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): Ev | undefined {
    const h = this.h;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(h[l]!, h[m]!)) m = l;
        if (r < h.length && less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}
const less = (a: Ev, b: Ev) => a.t < b.t || (a.t === b.t && a.seq < b.seq);

interface SimContact {
  stage: string;
  arrive: number;
  answer?: number;
  end?: number;
  abandoned?: boolean;
  serviceMs: number;
}

export function simulateLoadRun(o: SimOptions): SimRun {
  const rand = rng(o.seed);
  const exp = (mean: number) => -Math.log(1 - rand()) * mean;
  const plans: LoadStagePlan[] = [];
  let t0 = 0;
  for (const s of o.stages) {
    plans.push({
      name: s.name,
      kind: s.concurrency ? 'concurrency' : 'arrival-rate',
      startMs: t0,
      endMs: t0 + s.durationMs,
      ...(s.concurrency ? { concurrency: s.concurrency } : { ratePerMin: s.ratePerMin! }),
      ...(s.role ? { role: s.role } : {}),
    });
    t0 += s.durationMs;
  }
  const runEnd = t0;
  const stageAt = (t: number) => plans.find((p) => t >= p.startMs && t < p.endMs);
  const lerp = (r: { from: number; to: number }, p: LoadStagePlan, t: number) => r.from + ((r.to - r.from) * (t - p.startMs)) / (p.endMs - p.startMs);
  const contacts: SimContact[] = [];
  const ev = new Events();
  let free = o.agents;
  let inProgress = 0;
  const queue: number[] = [];
  const answer = (id: number, t: number) => {
    const c = contacts[id]!;
    free--;
    c.answer = t;
    ev.push(t + c.serviceMs, 'end', id);
  };
  const arrive = (t: number, stage: string) => {
    const id = contacts.push({ stage, arrive: t, serviceMs: 10_000 + exp(o.meanServiceMs - 10_000) }) - 1;
    inProgress++;
    if (free > 0) answer(id, t);
    else {
      queue.push(id);
      ev.push(t + o.patienceMs, 'renege', id);
    }
  };
  // closed model: top up to the planned level whenever a contact ends, and every second of a ramp
  const fill = (t: number) => {
    const p = stageAt(t);
    if (!p?.concurrency) return;
    const target = Math.round(lerp(p.concurrency, p, t));
    while (inProgress < target) arrive(t, p.name);
  };
  for (const p of plans) {
    if (p.concurrency) {
      ev.push(p.startMs, 'fill');
      if (p.concurrency.from !== p.concurrency.to) for (let t = p.startMs + 1000; t < p.endMs; t += 1000) ev.push(t, 'fill');
    } else {
      // Poisson arrivals at a ramped rate, by thinning
      const max = Math.max(p.ratePerMin!.from, p.ratePerMin!.to) / 60_000;
      for (let t = p.startMs + exp(1 / max); t < p.endMs; t += exp(1 / max)) if (rand() < lerp(p.ratePerMin!, p, t) / 60_000 / max) ev.push(t, 'arrive');
    }
  }
  for (let e = ev.pop(); e; e = ev.pop()) {
    if (e.kind === 'fill') fill(e.t);
    else if (e.kind === 'arrive') arrive(e.t, stageAt(e.t)!.name);
    else if (e.kind === 'renege') {
      const c = contacts[e.id]!;
      if (c.answer !== undefined) continue;
      c.abandoned = true;
      c.end = e.t;
      queue.splice(queue.indexOf(e.id), 1);
      inProgress--;
      if (e.t < runEnd) fill(e.t);
    } else {
      contacts[e.id]!.end = e.t;
      free++;
      inProgress--;
      const next = queue.shift();
      if (next !== undefined) answer(next, e.t);
      if (e.t < runEnd) fill(e.t);
    }
  }
  const startedAt = o.startedAt ?? 1_796_000_000_000;
  const latency = o.latencyMs ?? (() => 2000);
  const interactions: Interaction[] = [];
  const entries: ContactEntry[] = [];
  contacts.forEach((c, k) => {
    const contactId = `load-${String(k).padStart(6, '0')}`;
    const dueAt = startedAt + Math.round(c.arrive);
    // rounded ends, not a rounded difference: a contact and the one that replaces it must not overlap by a millisecond
    const durationMs = Math.round(c.end!) - Math.round(c.arrive);
    const events: InteractionEvent[] = [
      { type: 'started', atMs: 0, detail: { dueAt, startLagMs: 0 } },
      { type: 'page-loaded', atMs: 0 },
    ];
    const turns: Turn[] = [];
    if (!c.abandoned) {
      const w = Math.round(c.answer!) - Math.round(c.arrive);
      const lat = Math.round(latency(c.arrive));
      events.push({ type: 'agent-joined', atMs: w });
      turns.push(
        { speaker: 'agent', text: '您好，工号1234，请问有什么可以帮您？', startMs: w + 500, endMs: w + 500 },
        { speaker: 'customer', text: '我想查一下话费。', startMs: w + 3000, endMs: w + 3000 },
        { speaker: 'agent', text: '好的，您本月话费是58元。', startMs: w + 3000 + lat, endMs: w + 3000 + lat },
      );
    }
    interactions.push({
      schemaVersion: 1,
      contactId,
      scenarioId: 'load-sim',
      channel: 'webchat',
      startedAt: dueAt,
      durationMs: Math.max(durationMs, turns.length ? turns[turns.length - 1]!.endMs + 500 : 0),
      events,
      turns,
      outcome: c.abandoned ? 'abandoned' : 'completed',
      transcriptSource: 'chat-dom',
      clock: 'page',
    });
    entries.push({ contactId, scenarioId: 'load-sim', channel: 'webchat', index: k + 1, status: 'done', attempts: 1, outcome: c.abandoned ? 'abandoned' : 'completed', load: { stage: c.stage, dueAt } });
  });
  const info: LoadRunInfo = {
    profileId: 'sim',
    file: 'sim.yaml',
    sha256: '0'.repeat(64),
    startedAt,
    endedAt: startedAt + runEnd,
    stages: plans,
    targets: { answerRate: 0.95, serviceLevel: { thresholdSec: 20, target: 0.8 }, ahtSec: 300, ...o.targets },
    caps: {},
    seed: o.seed,
    dispatch: { kind: 'local' },
  };
  return { interactions, entries, info };
}

/** Closed-model steps: `levels` contacts in progress, each held for `stageMs`. */
export function steps(levels: number[], stageMs: number, role?: LoadStagePlan['role']): SimStage[] {
  return levels.map((n) => ({ name: `c${n}`, durationMs: stageMs, concurrency: { from: n, to: n }, ...(role ? { role } : {}) }));
}

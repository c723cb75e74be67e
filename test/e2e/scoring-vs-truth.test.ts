/**
 * The scorers against the simulated centre, end to end: the CLI places real browser chats with
 * agents that commit known defects (one quality profile per contact, chosen with `?profile=` on
 * the chat URL of a temporary scenario copy), scores the run, and every defect in the centre's
 * ground-truth log must be found by its check; the exemplary agents must fail none of them.
 *
 * Time-dependent profiles (`slow`, `no-hold-notice`) are left out: the centre runs at timeScale
 * 0.1 to keep this test short, which makes a slow agent fast and a 60 s silence 6 s. They are
 * covered at full virtual time by bench/score-accuracy.ts and test/mocks/lab/simulate.test.ts.
 *
 * The same contacts are then replayed in the in-process simulator (mocks/lab/simulate.ts) with
 * the same seed, ref, profile and agent: it must produce the same conversation and defects, which
 * is what makes the bench's figures stand for real runs.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction } from '../../harness/interaction/types.js';
import { loadScenarioFile } from '../../harness/scenario/loader.js';
import type { RunManifest } from '../../harness/store/types.js';
import { readGroundTruth, summariseSessions, type GroundTruthRecord, type SessionSummary } from '../../mocks/centre/ground-truth.js';
import { PROFILE_CHECKS, type ProfileName } from '../../mocks/centre/profiles.js';
import { startCentre } from '../../mocks/centre/server.js';
import { expectedChecks, simulateContact } from '../../mocks/lab/simulate.js';
import type { Finding } from '../../scorers/scorer.js';
import { cli, ROOT } from './cli-helpers.js';

const SEED = 5;
const TIME_SCALE = 0.1;
const PLAN: [scenario: string, profile: ProfileName][] = [
  ['credit-card-loss', 'exemplary'],
  ['return-complaint', 'exemplary'],
  ['broadband-plan', 'no-greeting'],
  ['credit-card-loss', 'no-agent-id'],
  ['return-complaint', 'forbidden-words'],
  ['broadband-plan', 'wrong-fact'],
  ['credit-card-loss', 'no-survey'],
  ['return-complaint', 'no-closing'],
  ['credit-card-loss', 'no-verification'],
  ['return-complaint', 'no-empathy'],
  ['broadband-plan', 'no-reference'],
  ['broadband-plan', 'impolite'],
];
/** Every check some profile commits a defect against. */
const DEFECT_CHECKS = new Set<string>(Object.values(PROFILE_CHECKS).flat());

interface Contact {
  contactId: string;
  scenarioFile: string;
  profile: ProfileName;
  interaction: Interaction;
  findings: Finding[];
  session: SessionSummary;
  truth: GroundTruthRecord[];
}

let centre: Awaited<ReturnType<typeof startCentre>>;
let contacts: Contact[] = [];
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-truth-'));
  // One agent per planned contact, so no chat ever waits in the centre's queue. With fewer agents
  // than contacts a chat could queue or not by a race: the runner opens the next chat as soon as one
  // ends, while the centre frees that chat's agent only after the stream drops and its wrap-up
  // (300 ms at this time scale) — and a queued chat shows a 当前排队人数 notice the in-process
  // simulator (which has no queue, by design) never produces.
  centre = await startCentre({ groundTruthPath: path.join(dir, 'truth.jsonl'), seed: SEED, agents: PLAN.length, timeScale: TIME_SCALE });
  const scenarioDir = path.join(dir, 'scenarios');
  await mkdir(scenarioDir);
  const planned = new Map<string, { file: string; profile: ProfileName }>();
  for (const [id, profile] of PLAN) {
    const data = parse(await readFile(path.join(ROOT, 'scenarios/demo', `${id}.yaml`), 'utf8')) as Record<string, unknown>;
    const copyId = `${id}--${profile}`;
    data.id = copyId;
    data.target = { ...(data.target as object), chatUrl: `{{centre}}/chat?profile=${profile}` };
    const file = path.join(scenarioDir, `${copyId}.yaml`);
    await writeFile(file, stringify(data), 'utf8');
    planned.set(`${copyId}.webchat.1`, { file, profile });
  }

  const out = path.join(dir, 'runs');
  const r = await cli(['run', scenarioDir, '--centre', centre.url, '--out', out, '--concurrency', '4'], { timeoutMs: 400_000 });
  expect(r.code, r.stdout + r.stderr).toBe(0);

  const [runId] = (await readdir(out)).filter((n) => !n.endsWith('.jsonl'));
  const runDir = path.join(out, runId!);
  const manifest = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
  const findings = JSON.parse(await readFile(path.join(runDir, 'findings.json'), 'utf8')) as { contacts: { contactId: string; findings: Finding[] }[] };
  // Messages and defects are logged when sent (flushed on the next tick), long before the CLI exits.
  const truth = await readGroundTruth(centre.groundTruthPath);
  const sessions = summariseSessions(truth);
  contacts = await Promise.all(
    Object.values(manifest.contacts).map(async (c) => {
      const plan = planned.get(c.contactId);
      const session = sessions.find((s) => s.ref === c.contactId);
      if (!plan || !session || !c.file) throw new Error(`contact ${c.contactId}: ${!plan ? 'not planned' : !session ? 'no ground truth' : 'not stored'}`);
      return {
        contactId: c.contactId,
        scenarioFile: plan.file,
        profile: plan.profile,
        interaction: JSON.parse(await readFile(path.join(runDir, c.file), 'utf8')) as Interaction,
        findings: findings.contacts.find((f) => f.contactId === c.contactId)?.findings ?? [],
        session,
        truth: truth.filter((t) => t.ref === c.contactId),
      };
    }),
  );
}, 460_000);

afterAll(async () => {
  await centre?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const failed = (c: Contact) => new Set(c.findings.filter((f) => f.pass === false).map((f) => f.check as string));

describe('e2e: scorers vs. the simulated centre’s ground truth', () => {
  it('places every planned contact, each served in its profile', () => {
    expect(contacts.map((c) => c.contactId).sort()).toEqual(PLAN.map(([id, p]) => `${id}--${p}.webchat.1`).sort());
    for (const c of contacts) {
      // the replay below is only comparable for chats that never queued (see the centre's agents)
      expect(c.truth.filter((r) => r.type === 'queued'), c.contactId).toEqual([]);
      expect(c.interaction.outcome, `${c.contactId}: ${c.interaction.error?.message}`).toBe('completed');
      expect(c.session.profile).toBe(c.profile);
      expect(c.findings.length).toBeGreaterThan(0);
    }
  });

  it('finds every defect the agents committed, by its check (recall 1)', () => {
    const missed: string[] = [];
    for (const c of contacts.filter((x) => x.profile !== 'exemplary')) {
      const expected = expectedChecks(c.truth);
      expect(expected.size, `${c.contactId}: the ${c.profile} agent committed no defect`).toBeGreaterThan(0);
      const got = failed(c);
      for (const check of expected) {
        if (!got.has(check)) {
          const f = c.findings.find((x) => x.check === check);
          missed.push(`${c.contactId} [${c.profile}] ${check}: ${f ? `${String(f.pass)} ${f.reason}` : 'no finding'}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('the exemplary agents fail none of the defect-related checks', () => {
    for (const c of contacts.filter((x) => x.profile === 'exemplary')) {
      expect(c.truth.filter((r) => r.type === 'defect')).toEqual([]);
      const wrong = c.findings.filter((f) => f.pass === false && DEFECT_CHECKS.has(f.check)).map((f) => `${f.check}: ${f.reason}`);
      expect(wrong, c.contactId).toEqual([]);
    }
  });

  it('the in-process simulator replays the same conversations and defects', async () => {
    for (const c of contacts) {
      const scenario = await loadScenarioFile(c.scenarioFile);
      // The same agent the centre's pool gave this chat (the greeting names it).
      const joined = c.truth.find((r) => r.type === 'agent-joined');
      if (joined?.type !== 'agent-joined') throw new Error(`${c.contactId}: no agent joined`);
      const agent = { id: joined.agentId, name: joined.agentName ?? '' };
      const sim = await simulateContact({ scenario, ref: c.contactId, seed: SEED, profile: c.profile, agent, timeScale: TIME_SCALE });
      const said = (records: readonly GroundTruthRecord[]) =>
        records.flatMap((r) => (r.type === 'message' && r.speaker !== 'system' ? [`${r.speaker}: ${r.text}`] : []));
      const defects = (records: readonly GroundTruthRecord[]) => records.flatMap((r) => (r.type === 'defect' ? [`${r.check}/${r.kind}`] : []));
      expect(said(sim.truth), c.contactId).toEqual(said(c.truth));
      expect(defects(sim.truth), c.contactId).toEqual(defects(c.truth));
      expect(sim.interaction.turns.map((t) => `${t.speaker}: ${t.text}`)).toEqual(c.interaction.turns.map((t) => `${t.speaker}: ${t.text}`));
    }
  });
});

/**
 * The demo scenarios are valid, agree with the centre's knowledge base, and run to the end against
 * every quality profile: exemplary agents satisfy every wait, defective ones still let the script
 * finish. The script is run by the harness's own driver (runScript) over HTTP/SSE, as the web-chat
 * channel does minus the browser.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inbox } from '../../../harness/interaction/inbox.js';
import { runScript, type ConversationPort, type ScriptResult } from '../../../harness/interaction/script.js';
import { Scenario, type ScenarioData } from '../../../harness/scenario/schema.js';
import { readGroundTruth, summariseSessions } from '../../../mocks/centre/ground-truth.js';
import { factByKey, topicById, type TopicId } from '../../../mocks/centre/knowledge-base.js';
import { PROFILE_CHECKS, PROFILE_NAMES, type ProfileName } from '../../../mocks/centre/profiles.js';
import { startCentre, type RunningCentre } from '../../../mocks/centre/server.js';
import { ChatClient } from './sse-client.js';

const DEMO_DIR = join(import.meta.dirname, '../../../scenarios/demo');
const TOPIC_OF: Record<string, TopicId> = {
  'credit-card-loss': 'card-loss',
  'broadband-plan': 'broadband',
  'return-complaint': 'return-complaint',
};

async function loadScenario(id: string): Promise<ScenarioData> {
  return Scenario.parse(parse(await readFile(join(DEMO_DIR, `${id}.yaml`), 'utf8')));
}

interface Run extends ScriptResult {
  /** Which case each branch took (index or "otherwise"). */
  branches: Array<number | string>;
}

async function runAgainstCentre(centre: RunningCentre, scenario: ScenarioData, profile: ProfileName, ref: string): Promise<Run> {
  const branches: Array<number | string> = [];
  const chat = await ChatClient.open(centre.url, ref, profile);
  const inbox = new Inbox();
  const t0 = Date.now();
  chat.subscribe((e) => {
    if (e.event === 'msg' && e.data.speaker !== 'customer') {
      inbox.push({ speaker: e.data.speaker === 'agent' ? 'agent' : 'system', text: String(e.data.text), atMs: Date.now() - t0 });
    } else if (e.event === 'end') inbox.close(`ended by ${String(e.data.by)}`);
  });
  const port: ConversationPort = {
    inbox,
    now: () => Date.now() - t0,
    say: async (text) => {
      if (!inbox.closed) await chat.say(text);
    },
    press: async () => ({ code: 'E_NO_DTMF', message: 'web chat has no keypad' }),
    end: async () => {
      if (!inbox.closed) await chat.end();
    },
    event: (e) => {
      if (e.type === 'branch') branches.push(e.detail!.case as number | string);
    },
  };
  const vars = { ...scenario.variables, 'persona.name': scenario.persona.name, centre: centre.url, contactId: ref };
  const result = await runScript(scenario.steps, port, vars);
  chat.disconnect();
  return { ...result, branches };
}

describe('demo scenarios', () => {
  let centre: RunningCentre | null = null;
  afterEach(async () => {
    await centre?.close();
    centre = null;
  });

  it('the demo files are all there and parse: chats reach the chat page, calls dial a number', async () => {
    const files = (await readdir(DEMO_DIR)).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual(expect.arrayContaining(Object.keys(TOPIC_OF).map((id) => `${id}.yaml`)));
    for (const file of files) {
      const data = Scenario.parse(parse(await readFile(join(DEMO_DIR, file), 'utf8')));
      expect(data.id).toBe(file.replace(/\.yaml$/u, ''));
      if (data.channel === 'voice') expect(data.target?.phone).toMatch(/^\+\d+$/u);
      else {
        expect(data.channel).toBe('webchat');
        expect(data.target?.chatUrl).toBe('{{centre}}/chat');
      }
      expect(JSON.stringify(data.steps)).toContain('"branch"');
      expect(data.steps.at(-1)).toEqual({ end: true });
      expect(data.requiredInfo?.length).toBeGreaterThan(0);
      expect(data.sla).toBeDefined();
    }
  });

  for (const [id, topicId] of Object.entries(TOPIC_OF)) {
    describe(id, () => {
      it('lists exactly the knowledge base facts of its topic, with the same values', async () => {
        const scenario = await loadScenario(id);
        const topic = topicById(topicId);
        expect(scenario.facts!.map((f) => f.key)).toEqual(topic.facts.map((f) => f.key));
        for (const fact of scenario.facts!) {
          const kb = factByKey(fact.key)!;
          expect(fact).toEqual({ key: kb.key, label: kb.label, expected: kb.expected, variants: kb.variants, wrong: kb.wrong, cues: kb.cues });
        }
        expect(scenario.requires?.verification ?? false).toBe(topic.requiresVerification);
        expect(scenario.requires?.empathy ?? false).toBe(topic.complaint);
        expect(scenario.requires?.reference).toBe(true);
      });

      it('runs to the end against every profile, with exactly the profile defects in the ground truth', async () => {
        const scenario = await loadScenario(id);
        const dir = await mkdtemp(join(tmpdir(), 'demo-'));
        const c = await startCentre({ groundTruthPath: join(dir, 'gt.jsonl'), agents: 16, timeScale: 0.01, seed: 5 });
        centre = c;
        const results = await Promise.all(
          PROFILE_NAMES.map(async (profile) => ({ profile, result: await runAgainstCentre(c, scenario, profile, `${id}-${profile}`) })),
        );
        for (const { profile, result } of results) {
          expect({ profile, error: result.error }).toEqual({ profile, error: undefined });
          expect(result.endedByCustomer).toBe(true);
          // Defective agents take the second case where the scenario foresees them; nobody times out.
          const skipsStep = (profile === 'no-verification' && topicId === 'card-loss') || (profile === 'no-empathy' && topicId === 'return-complaint');
          expect({ profile, branches: result.branches }).toEqual({ profile, branches: [skipsStep ? 1 : 0] });
        }
        centre = null;
        await c.close();
        const sessions = summariseSessions(await readGroundTruth(c.groundTruthPath));
        expect(sessions).toHaveLength(PROFILE_NAMES.length);
        for (const s of sessions) {
          const checks = new Set(s.defects.flatMap((d) => [d.check, ...(d.alsoTriggers ?? [])]));
          let expected = [...PROFILE_CHECKS[s.profile]];
          if (s.profile === 'no-verification' && topicId !== 'card-loss') expected = [];
          if (s.profile === 'no-empathy' && topicId !== 'return-complaint') expected = [];
          expect({ profile: s.profile, checks: [...checks].sort() }).toEqual({ profile: s.profile, checks: expected.sort() });
          // Every scenario fact was stated; only the wrong-fact agent got one wrong.
          expect(new Set(s.facts.map((f) => f.key))).toEqual(new Set(scenario.facts!.map((f) => f.key)));
          expect(s.facts.some((f) => !f.correct)).toBe(s.profile === 'wrong-fact');
          // The agent closes a moment after its closing line; the script's `end` may come first.
          expect(['agent', 'customer']).toContain(s.endedBy);
        }
      });
    });
  }
});

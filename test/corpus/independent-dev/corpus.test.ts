/**
 * Format and balance of the 'independent-dev' corpus: the bench and the scorer tests read these files
 * as data, so a broken line or a label set that lost a check should fail here, not deep in a bench run.
 * (Label correctness is the generator's own concern: build/validate.py.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Interaction } from '../../../harness/interaction/types.js';
import { Scenario } from '../../../harness/scenario/schema.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const CHECKS = [
  'greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
  'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
  'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info',
] as const;
type Label = 'pass' | 'fail' | 'na';
interface LabelLine {
  contactId: string;
  domain: string;
  labels: Record<string, Label>;
  why: Record<string, string>;
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(join(DIR, file), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as T);
const contacts = jsonl<Partial<Interaction> & Pick<Interaction, 'contactId' | 'scenarioId' | 'channel' | 'turns' | 'events' | 'outcome'>>('contacts.jsonl');
const labels = jsonl<LabelLine>('labels.jsonl');
const scenarioFiles = readdirSync(join(DIR, 'scenarios')).filter((f) => f.endsWith('.yaml'));

describe('independent-dev corpus', () => {
  it('has a valid scenario YAML for every scenarioId', () => {
    const ids = new Set<string>();
    for (const file of scenarioFiles) {
      const parsed = Scenario.safeParse(parse(readFileSync(join(DIR, 'scenarios', file), 'utf8')));
      expect(parsed.success, `${file}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      if (parsed.success) ids.add(parsed.data.id);
    }
    for (const c of contacts) expect(ids.has(c.scenarioId), c.contactId).toBe(true);
  });

  it('labels every contact once, with all 19 checks, and explains every fail', () => {
    expect(labels.map((l) => l.contactId)).toEqual(contacts.map((c) => c.contactId));
    for (const l of labels) {
      expect(Object.keys(l.labels).sort(), l.contactId).toEqual([...CHECKS].sort());
      for (const [check, value] of Object.entries(l.labels)) {
        expect(['pass', 'fail', 'na'], `${l.contactId} ${check}`).toContain(value);
        if (value === 'fail') expect(l.why[check], `${l.contactId} ${check}`).toBeTruthy();
      }
    }
  });

  it('has sane turn times: endMs >= startMs, non-decreasing per speaker', () => {
    for (const c of contacts) {
      const last = new Map<string, number>();
      for (const t of c.turns) {
        expect(t.endMs, c.contactId).toBeGreaterThanOrEqual(t.startMs);
        expect(t.startMs, `${c.contactId} ${t.speaker}`).toBeGreaterThanOrEqual(last.get(t.speaker) ?? 0);
        last.set(t.speaker, t.startMs);
      }
    }
  });

  it('labels contacts that never reached an agent na on every check', () => {
    const byId = new Map(labels.map((l) => [l.contactId, l]));
    const unanswered = contacts.filter((c) => !c.turns.some((t) => t.speaker === 'agent'));
    expect(unanswered.length).toBeGreaterThanOrEqual(3);
    for (const c of unanswered) expect(new Set(Object.values(byId.get(c.contactId)!.labels))).toEqual(new Set(['na']));
  });

  it('is balanced: six domains of >= 25 contacts, both channels >= 35%, >= 15 pass and >= 15 fail per check', () => {
    const perDomain = new Map<string, number>();
    for (const l of labels) perDomain.set(l.domain, (perDomain.get(l.domain) ?? 0) + 1);
    expect(perDomain.size).toBe(6);
    for (const n of perDomain.values()) expect(n).toBeGreaterThanOrEqual(25);
    const voice = contacts.filter((c) => c.channel === 'voice').length / contacts.length;
    expect(voice).toBeGreaterThanOrEqual(0.35);
    expect(voice).toBeLessThanOrEqual(0.65);
    for (const check of CHECKS) {
      const count = (v: Label) => labels.filter((l) => l.labels[check] === v).length;
      expect(count('pass'), check).toBeGreaterThanOrEqual(15);
      expect(count('fail'), check).toBeGreaterThanOrEqual(15);
    }
  });

  it('keeps a few exports without durationMs and with an unknown event type (import robustness)', () => {
    const missing = contacts.filter((c) => c.durationMs === undefined);
    expect(missing.length).toBeGreaterThanOrEqual(3);
    for (const c of missing) expect(c.events.some((e) => e.type === 'transfer'), c.contactId).toBe(true);
  });
});

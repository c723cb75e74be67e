/**
 * The independent corpora (test/corpus/<set>/) are only worth their figures if every contact parses,
 * names a scenario that exists and carries a label for every check the sets agree to label. This
 * keeps a broken line or a forgotten label from silently dropping out of the precision/recall.
 */
import { describe, expect, it } from 'vitest';
import { corpusSets, evaluateCorpus, type LabelledContact } from '../../bench/score-corpus.js';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ADJUDICATED_LABELS, CORPUS_ROOT, hasAdjudicatedLabels } from '../../bench/score-corpus.js';
import { loadPhraseSet, phraseSets } from '../../bench/score-phrases.js';

/** The checks every corpus contact is labelled for (the catalogue less the pure SLA/duration ones). */
const LABELLED = [
  'greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
  'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
  'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info',
];

const sets = await corpusSets();

describe.runIf(sets.length > 0)('independent corpora', () => {
  it.each(sets)('%s: every contact parses, has its scenario and a label for every check', async (set) => {
    const dir = path.join(CORPUS_ROOT, set);
    const report = await evaluateCorpus(set);
    expect(report.unparsed).toEqual([]);
    const labels = (await readFile(path.join(dir, 'labels.jsonl'), 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledContact);
    const contactLines = (await readFile(path.join(dir, 'contacts.jsonl'), 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { contactId: string; scenarioId: string });
    const scenarioIds = new Set((await readdir(path.join(dir, 'scenarios'))).map((f) => f.replace(/\.ya?ml$/u, '')));
    expect(report.contacts).toBe(contactLines.length);
    expect(new Set(contactLines.map((c) => c.contactId)).size).toBe(contactLines.length);
    for (const c of contactLines) expect(scenarioIds, `${set}: ${c.contactId} names scenario ${c.scenarioId}`).toContain(c.scenarioId);
    expect(labels.map((l) => l.contactId).sort()).toEqual(contactLines.map((c) => c.contactId).sort());
    for (const l of labels) {
      for (const check of LABELLED) expect(['pass', 'fail', 'na'], `${set}: ${l.contactId} ${check}`).toContain(l.labels[check as keyof typeof l.labels]);
    }
  });
});

const readLabels = async (file: string) => new Map((await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledContact).map((l) => [l.contactId, l.labels as Record<string, string>]));
const adjudicatedSets = (await Promise.all(sets.map(async (set) => ((await hasAdjudicatedLabels(set)) ? [set] : [])))).flat();

describe.runIf(adjudicatedSets.length > 0)('adjudicated labels (test/corpus/adjudicate.py)', () => {
  it.each(adjudicatedSets)('%s: differ from the first labeller only where adjudication.json says, and there take the second labeller\'s label', async (set) => {
    const dir = path.join(CORPUS_ROOT, set);
    const [first, second, adjudicated] = await Promise.all(['labels.jsonl', 'labels-second.jsonl', ADJUDICATED_LABELS].map((f) => readLabels(path.join(dir, f))));
    const pairs = Object.keys(JSON.parse(await readFile(path.join(dir, 'adjudication.json'), 'utf8')) as Record<string, string>).sort();
    expect([...adjudicated.keys()].sort()).toEqual([...first.keys()].sort());
    const changed = [...first].flatMap(([id, labels]) => LABELLED.filter((c) => labels[c] !== adjudicated.get(id)![c]).map((c) => `${id}|${c}`)).sort();
    expect(changed).toEqual(pairs);
    for (const pair of pairs) {
      const [id, check] = pair.split('|') as [string, string];
      expect(adjudicated.get(id)![check], pair).toBe(second.get(id)![check]);
    }
  });
});

const banks = await phraseSets();

describe.runIf(banks.length > 0)('phrase banks', () => {
  it.each(banks)('%s: every line parses and carries the labels its probe is measured by', async (set) => {
    const { items, problems } = await loadPhraseSet(set);
    expect(problems).toEqual([]);
    expect(items.length).toBeGreaterThan(0);
  });
});

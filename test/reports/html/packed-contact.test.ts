/**
 * packedContactJson (the page's contact JSON in two halves, the transcript half made in any thread)
 * against the whole-object route it replaces, scriptJson(packer.pack(contactView(…))): the same
 * bytes for contacts with and without recordings, errors, reviewed cells and unknown sheets, with
 * text that must be escaped in a <script>, and the same string table after a run of contacts.
 */
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../harness/interaction/types.js';
import type { Finding } from '../../../scorers/scorer.js';
import type { ScoreSheet } from '../../../scorers/sheets/types.js';
import { assembleContactView, cellRevisions, signedContacts, transcriptView, type RunView } from '../../../reports/html/model.js';
import { packedContactJson } from '../../../reports/html/packed-contact.js';
import { ContactPacker, scriptJson } from '../../../reports/html/page.js';
import { transcriptJson } from '../../../reports/html/transcript-view.js';
import type { ReviewFile, ScoreOverride } from '../../../reports/review-types.js';
import { latestOverrides } from '../../../reports/review-apply.js';

const sheet = (id: string, notes: string[], score: number | null = 5): ScoreSheet => ({
  sheetId: id,
  title: `表${id}`,
  dimension: 'd',
  group: 'quality',
  supplementary: false,
  level: 'contact',
  items: notes.map((note, k) => ({ item: `项${k}`, content: '内容', max: 10, score, status: 'scored', note, checks: [] })),
  total: 5,
  max: 10,
  manualMax: 0,
  normalised: 50,
});

const finding = (check: string, pass: boolean | 'na', reason: string, extra: Partial<Finding> = {}): Finding =>
  ({ check, family: 'norms', pass, reason, evidence: [{ turn: 0, quote: `“${reason}”</script>`, atMs: 100 }], ...extra }) as Finding;

const interaction = (over: Partial<Interaction>): Interaction =>
  ({
    schemaVersion: 1,
    contactId: 'c',
    scenarioId: 's',
    runId: 'r',
    channel: 'voice',
    startedAt: 0,
    durationMs: 9000,
    outcome: 'completed',
    events: [{ type: 'answered', atMs: 1200 }],
    turns: [{ speaker: 'agent', text: '您好<b>\u2028\u2029"\\', startMs: 1300, endMs: 2000 }],
    ...over,
  }) as Interaction;

const review: ReviewFile = {
  schemaVersion: 1,
  entries: [
    { kind: 'override', at: '2026-12-03T10:00:00Z', reviewer: '李评估', contactId: 'c2', sheetId: 'D.1', item: '项1', old: 5, new: 2, reason: '复核' } as ScoreOverride,
    { kind: 'sign-off', at: '2026-12-03T11:00:00Z', reviewer: '王', contactId: 'c3' },
  ],
};

const contacts = [
  { id: 'c1', sheets: [sheet('D.1', ['好', '好'])], findings: [finding('greeting', true, '问候了'), finding('closing', 'na', '不适用', { confidence: 0.9, needsReview: true })], i: interaction({ recording: 'recordings/c1.wav' }) },
  { id: 'c2', sheets: [sheet('D.1', ['好', '差<!--']), sheet('X.9', ['别的表'])], findings: [finding('greeting', false, '问候了'), finding('closing', true, '新理由')], i: interaction({ channel: 'webchat', outcome: 'failed', failedBy: 'harness', error: { code: 'E_BROWSER', message: '浏览器<崩了>' } } as Partial<Interaction>) },
  { id: 'c3', sheets: [], findings: [], i: null },
  { id: 'c4', sheets: [sheet('D.1', ['好', '好'], null)], findings: [finding('greeting', true, '问候了')], i: interaction({ durationMs: undefined, events: [], turns: [{ speaker: 'agent', text: 'x', startMs: undefined, endMs: 1 } as never] }) },
];

describe('packedContactJson', () => {
  it('writes the bytes scriptJson(packer.pack(contactView)) writes, and the same string table', () => {
    const run = { sheets: [{ id: 'D.1', items: [['项0'], ['项1']] }] } as unknown as RunView;
    const whole = new ContactPacker({ run });
    const halves = new ContactPacker({ run });
    const overrides = latestOverrides(review);
    const revisions = cellRevisions(review);
    const signed = signedContacts(review);
    for (const c of contacts) {
      const record = { contactId: c.id, scenarioId: 's', channel: c.i?.channel ?? 'voice', outcome: c.i?.outcome ?? 'no-answer', sheets: c.sheets, findings: c.findings, interaction: c.i, qualityScore: 50, pass: c.id === 'c1' ? true : null };
      const reviewed = { sheets: c.sheets, qualityScore: record.qualityScore, pass: record.pass };
      const t = transcriptView(record, '/runs/x');
      const expected = scriptJson(whole.pack(assembleContactView(record, reviewed, t, overrides, revisions, signed)));
      const got = packedContactJson({ ...record, reviewed }, transcriptJson(t), halves, { overrides, revisions, signed });
      expect(got).toBe(expected);
    }
    expect(halves.strings).toEqual(whole.strings);
    expect(whole.strings).toContain('差<!--');
  });

  it('masks in transcriptView exactly the texts the page shows', () => {
    const mask = (s: string) => s.replace(/\d/g, '*');
    const record = { channel: 'voice', outcome: 'failed', findings: [finding('greeting', true, '理由1')], interaction: interaction({ error: { code: 'E_1', message: '号码123' }, turns: [{ speaker: 'agent', text: '工号2048', startMs: 1, endMs: 2 }] } as Partial<Interaction>) };
    const v = transcriptView(record, '/r', mask);
    expect(v.turns[0]![1]).toBe('工号****');
    expect(v.findings[0]![2]).toBe('理由*');
    expect(v.findings[0]![5][0]![1]).toBe('“理由*”</script>');
    expect(v.error).toBe('E_1: 号码***');
    expect(v.findings[0]![0]).toBe('greeting');
  });
});

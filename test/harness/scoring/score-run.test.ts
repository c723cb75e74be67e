import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FILES, parseInteractionsJsonl, scoreInteractionsFile, scoreRunDir } from '../../../harness/scoring/score-run.js';

const FIXTURE = path.resolve('test/fixtures/scoring/run-fixture');

async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'score-run-'));
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

const read = (dir: string, f: string) => readFile(path.join(dir, f), 'utf8');

describe('scoreRunDir', () => {
  it('writes findings.json, sheets.json, summary.json with the expected content', async () => {
    const dir = await copyFixture();
    const s = await scoreRunDir(dir);
    expect(s).toMatchObject({ runId: 'run-fixture', contacts: 3, outcomes: { completed: 2, 'no-answer': 1 } });
    expect(s.efficiency).toMatchObject({ placed: 3, answered: 2, requestedConcurrency: 2 });
    const findings = JSON.parse(await read(dir, 'findings.json'));
    expect(findings.contacts.map((c: { contactId: string }) => c.contactId)).toEqual(['card-replacement-voice-1', 'card-replacement-webchat-1', 'card-replacement-webchat-2']);
    const good = findings.contacts[1].findings;
    const bad = findings.contacts[2].findings;
    const status = (list: { check: string; pass: unknown }[], check: string) => list.filter((f) => f.check === check).map((f) => f.pass);
    // the well-behaved agent
    for (const check of ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'record-reference', 'survey-offered', 'no-misinformation']) {
      expect(status(good, check), check).toEqual([true]);
    }
    expect(status(good, 'fact-accuracy')).toEqual([true, true]);
    expect(status(good, 'hold-etiquette')).toEqual([true]); // 27 s → 80 s: announced and thanked
    // the agent who commits defects
    for (const check of ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'no-misinformation', 'answer-time', 'survey-offered']) {
      expect(status(bad, check), check).toEqual([false]);
    }
    // 40.5 s in the queue is answer time; the agent's first word 1 s after joining is a quick first response
    expect(status(bad, 'first-response')).toEqual([true]);
    expect(status(bad, 'fact-accuracy')).toEqual([false, false]);
    const sheets = JSON.parse(await read(dir, 'sheets.json'));
    const badS2 = sheets.contacts[2].sheets.find((x: { sheetId: string }) => x.sheetId === 'S.2');
    expect(badS2.veto.check).toBe('no-misinformation');
    expect(badS2.total).toBe(0);
    expect(s.overall.sheets.map((x) => x.sheetId)).toContain('D.2.1');
    expect(s.overall.appendixC.groups.map((g) => g.group)).toEqual(['quality', 'efficiency', 'effect']);
    expect(s.overall.pass).toBe(false);
    expect(s.timing.handleTimeMs.count).toBe(2);
    expect(s.problems).toEqual([]);
  });

  it('ignores the partial file an interrupted attempt left beside the contacts', async () => {
    const dir = await copyFixture();
    const contact = await read(dir, 'contacts/card-replacement-webchat-1.json');
    await writeFile(path.join(dir, 'contacts/card-replacement-webchat-1.partial-1.json'), contact);
    const s = await scoreRunDir(dir);
    expect(s.contacts).toBe(3);
    expect(s.problems).toEqual([]);
  });

  it('is deterministic: scoring twice gives byte-identical files', async () => {
    const a = await copyFixture();
    const b = await copyFixture();
    await scoreRunDir(a);
    await scoreRunDir(b);
    const first = await Promise.all(OUTPUT_FILES.map((f) => read(a, f)));
    await scoreRunDir(a);
    for (const [n, f] of OUTPUT_FILES.entries()) {
      expect(await read(a, f), f).toBe(first[n]);
      expect(await read(b, f), f).toBe(first[n]);
    }
  });

  it('--rubric overrides the manifest rubric', async () => {
    const dir = await copyFixture();
    await expect(scoreRunDir(dir, { rubric: 'missing-rubric' })).rejects.toMatchObject({ code: 'E_RUBRIC_NOT_FOUND' });
  });

  it('a contact whose scenario file is missing is scored with facts N/A and the problem reported', async () => {
    const dir = await copyFixture();
    const contact = JSON.parse(await read(dir, 'contacts/card-replacement-webchat-1.json'));
    await writeFile(path.join(dir, 'contacts/card-replacement-webchat-1.json'), JSON.stringify({ ...contact, scenarioId: 'gone' }));
    const s = await scoreRunDir(dir);
    expect(s.problems.join('\n')).toContain('scenarios/gone.json');
    const findings = JSON.parse(await read(dir, 'findings.json'));
    const c = findings.contacts.find((x: { scenarioId: string }) => x.scenarioId === 'gone');
    expect(c.findings.find((f: { check: string }) => f.check === 'fact-accuracy').pass).toBe('na');
  });
});

describe('scoreInteractionsFile', () => {
  it('scores good lines and reports bad ones as file:line  field  message', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'score-jsonl-'));
    const good = JSON.parse(await readFile(path.join(FIXTURE, 'contacts/card-replacement-webchat-1.json'), 'utf8'));
    const noTurns = { ...good, contactId: 'x-2' };
    delete noTurns.turns;
    const lines = [JSON.stringify(good), '{not json', JSON.stringify(noTurns), '', JSON.stringify({ ...good, contactId: 'x-3', channel: 'fax' })];
    const file = path.join(dir, 'calls.jsonl');
    await writeFile(file, lines.join('\n'));
    const out = path.join(dir, 'out');
    const s = await scoreInteractionsFile(file, { out });
    expect(s.contacts).toBe(1);
    expect(s.problems).toHaveLength(3);
    expect(s.problems[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:1`));
    expect(s.problems[1]).toContain(':3:1  turns');
    expect(s.problems[2]).toContain(':5:1  channel');
    // no scenario: facts and required info are N/A, the rest is scored
    const findings = JSON.parse(await read(out, 'findings.json'));
    const f = findings.contacts[0].findings;
    expect(f.find((x: { check: string }) => x.check === 'fact-accuracy').pass).toBe('na');
    expect(f.find((x: { check: string }) => x.check === 'greeting').pass).toBe(true);
    // imported: concurrency was not requested, so it is N/A rather than guessed
    const d21 = s.overall.sheets.find((x) => x.sheetId === 'D.2.1')!;
    expect(d21.items[2]!.status).toBe('na');
  });

  it('accepts minimal imported lines (defaults for schemaVersion, scenarioId, events, transcriptSource)', () => {
    const line = JSON.stringify({ contactId: 'a', channel: 'voice', startedAt: 0, durationMs: 1000, turns: [{ speaker: 'agent', text: '您好', startMs: 0, endMs: 500 }], outcome: 'completed' });
    const r = parseInteractionsJsonl(line, 'f.jsonl');
    expect(r.problems).toEqual([]);
    expect(r.interactions[0]).toMatchObject({ schemaVersion: 1, scenarioId: 'imported', events: [], transcriptSource: 'import' });
  });

  it('rejects a turn that ends before it starts', () => {
    const line = JSON.stringify({ contactId: 'a', channel: 'voice', startedAt: 0, durationMs: 1000, turns: [{ speaker: 'agent', text: '您好', startMs: 900, endMs: 500 }], outcome: 'completed' });
    expect(parseInteractionsJsonl(line, 'f.jsonl').problems[0]).toMatchObject({ line: 1, field: 'turns.0.endMs' });
  });
});

describe('scoreInteractionsFile with a scenario', () => {
  it('scores recordings against the scenario YAML (facts, required info)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'score-jsonl-scn-'));
    const line = JSON.stringify({
      contactId: 'rec-1',
      channel: 'voice',
      startedAt: 0,
      durationMs: 60_000,
      outcome: 'completed',
      events: [{ type: 'ringing', atMs: 200 }, { type: 'answered', atMs: 3000 }],
      turns: [
        { speaker: 'agent', text: '您好 很高兴为您服务 我是客服小李 公号幺零二三', startMs: 3500, endMs: 8000 },
        { speaker: 'customer', text: '我的信用卡丢了 要挂失', startMs: 9000, endMs: 11000 },
        { speaker: 'agent', text: '请提供持卡人身份证后四位和预留手机号', startMs: 12000, endMs: 16000 },
        { speaker: 'customer', text: '零八一七 一三八零零一三八零零零', startMs: 17000, endMs: 21000 },
        { speaker: 'agent', text: '好的 挂失立即生效 挂失不收取任何费用 补办新卡免费 新卡七到十个工作日寄到', startMs: 22000, endMs: 30000 },
      ],
    });
    const file = path.join(dir, 'calls.jsonl');
    await writeFile(file, `${line}\n`);
    const s = await scoreInteractionsFile(file, { out: dir, scenario: path.resolve('scenarios/demo/credit-card-loss.yaml') });
    expect(s.problems).toEqual([]);
    const findings = JSON.parse(await read(dir, 'findings.json')).contacts[0].findings as { check: string; pass: unknown }[];
    expect(findings.filter((f) => f.check === 'fact-accuracy').map((f) => f.pass)).toEqual([true, true, true, true]);
    expect(findings.filter((f) => f.check === 'required-info').map((f) => f.pass)).toEqual([true, true]);
    expect(findings.find((f) => f.check === 'agent-id')!.pass).toBe(true);
    expect(findings.find((f) => f.check === 'record-reference')!.pass).toBe(false);
  });
});

describe('scoreInteractionsFile meets other systems halfway', () => {
  const agentCall = (contactId: string, scenarioId: string | undefined, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      contactId,
      ...(scenarioId ? { scenarioId } : {}),
      channel: 'voice',
      startedAt: 0,
      outcome: 'completed',
      events: [{ type: 'answered', atMs: 500 }, { type: 'crm-wrapup', atMs: 9000, detail: { code: 7 } }],
      turns: [
        { speaker: 'agent', text: '您好 很高兴为您服务 工号一零二三', startMs: 1000, endMs: 4000 },
        { speaker: 'customer', text: '我想问一下', startMs: 4500, endMs: 6000 },
        { speaker: 'agent', text: '好的 请讲', startMs: 6500, endMs: 7500 },
      ],
      ...extra,
    });

  it('derives durationMs when absent (the end of the last turn or event) and keeps unknown event types', () => {
    const r = parseInteractionsJsonl(agentCall('a', undefined), 'f.jsonl');
    expect(r.problems).toEqual([]);
    expect(r.interactions[0]!.durationMs).toBe(9000);
    expect(r.interactions[0]!.events.map((e) => e.type)).toContain('crm-wrapup');
  });

  it('matches several scenarios (files and folders) by scenarioId and warns about the unmatched', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'score-jsonl-multi-'));
    const file = path.join(dir, 'calls.jsonl');
    await writeFile(file, [agentCall('a', 'credit-card-loss'), agentCall('b', 'broadband-plan'), agentCall('c', 'not-a-scenario')].join('\n'));
    const s = await scoreInteractionsFile(file, { out: dir, scenario: [path.resolve('scenarios/demo')] });
    expect(s.problems).toEqual([]);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toContain('not-a-scenario (1 contact)');
    const findings = JSON.parse(await read(dir, 'findings.json')).contacts as { contactId: string; findings: { check: string; pass: unknown }[] }[];
    const facts = (id: string) => findings.find((c) => c.contactId === id)!.findings.filter((f) => f.check === 'fact-accuracy').map((f) => f.pass);
    // each against its own scenario: the card-loss facts are 4, the broadband ones differ; the unmatched has none
    expect(facts('a')).toHaveLength(4);
    expect(facts('b').length).toBeGreaterThan(0);
    expect(facts('c')).toEqual(['na']);
  });

  it('keeps the tool’s own failures out of every sheet and lists them; a contact that reached no agent is N/A and counts in the answer rate', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'score-jsonl-failed-'));
    const file = path.join(dir, 'calls.jsonl');
    const noAgent = JSON.stringify({
      contactId: 'queue-1',
      channel: 'webchat',
      startedAt: 0,
      durationMs: 90_000,
      outcome: 'completed',
      turns: [{ speaker: 'system', text: '当前排队人数1', startMs: 1000, endMs: 1000 }, { speaker: 'customer', text: '有人吗', startMs: 5000, endMs: 5000 }],
    });
    const browserDied = agentCall('tool-1', undefined, { outcome: 'failed', error: { code: 'E_PAGE_CRASHED', message: 'the chat page stopped' } });
    const centreFailed = agentCall('centre-1', undefined, { outcome: 'failed', error: { code: 'E_CLOSED_BY_CENTRE', message: 'closed' } });
    const ours = agentCall('tool-2', undefined, { outcome: 'failed', failedBy: 'harness', error: { code: 'E_SOMETHING', message: 'x' } });
    await writeFile(file, [agentCall('ok-1', undefined), noAgent, browserDied, centreFailed, ours].join('\n'));
    const s = await scoreInteractionsFile(file, { out: dir });
    expect(s.toolFailures.contacts.map((t) => [t.contactId, t.code])).toEqual([
      ['tool-1', 'E_PAGE_CRASHED'],
      ['tool-2', 'E_SOMETHING'],
    ]);
    expect(s.contacts).toBe(3);
    expect(s.notConnected).toEqual({ count: 1, contactIds: ['queue-1'] });
    expect(s.efficiency).toMatchObject({ placed: 3, answered: 2 });
    const sheets = JSON.parse(await read(dir, 'sheets.json'));
    expect(sheets.contacts.map((c: { contactId: string }) => c.contactId)).toEqual(['centre-1', 'ok-1', 'queue-1']);
    const queued = sheets.contacts.find((c: { contactId: string }) => c.contactId === 'queue-1');
    expect(queued.qualityScore).toBeNull();
    const findings = JSON.parse(await read(dir, 'findings.json'));
    expect(findings.toolFailures).toHaveLength(2);
    const qf = findings.contacts.find((c: { contactId: string }) => c.contactId === 'queue-1').findings as { pass: unknown }[];
    expect(qf.every((f) => f.pass === 'na')).toBe(true);
  });

  it('counts findings that need review in findings.json and the summary', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'score-jsonl-review-'));
    const file = path.join(dir, 'calls.jsonl');
    // the reply comes 8.3 s after the customer: dead air by a hair (threshold 8 s), a verdict to check
    const line = agentCall('near-1', undefined, {
      turns: [
        { speaker: 'agent', text: '您好 很高兴为您服务 工号一零二三', startMs: 1000, endMs: 4000 },
        { speaker: 'customer', text: '我想问一下补卡', startMs: 4500, endMs: 6000 },
        { speaker: 'agent', text: '好的 补卡需要本人到网点办理', startMs: 14_300, endMs: 17_000 },
      ],
    });
    await writeFile(file, line);
    const s = await scoreInteractionsFile(file, { out: dir });
    expect(s.needsReview.byCheck['dead-air']).toBe(1);
    expect(s.checks['dead-air']).toMatchObject({ fail: 1, needsReview: 1 });
    const findings = JSON.parse(await read(dir, 'findings.json'));
    expect(findings.needsReview).toBe(s.needsReview.findings);
    const dead = findings.contacts[0].findings.find((f: { check: string }) => f.check === 'dead-air');
    expect(dead).toMatchObject({ pass: false, needsReview: true, matchKind: 'timing' });
    expect(dead.confidence).toBeLessThan(0.7);
  });
});

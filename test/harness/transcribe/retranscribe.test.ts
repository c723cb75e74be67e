/**
 * `transcribe <runDir>` retries only the calls left with a provisional transcript by a retryable
 * failure, rewrites their files and re-scores; everything else is left byte for byte.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transcribeCommand } from '../../../harness/cli/commands/transcribe.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { createDeepgramTranscriber } from '../../../harness/transcribe/deepgram.js';
import { retranscribeRun } from '../../../harness/transcribe/retranscribe.js';
import { startDeepgramEmulator, type DeepgramEmulator } from '../../../mocks/deepgram/server.js';
import { encodeRecordingWav } from '../../../mocks/twilio/recording.js';

const provisional = [
  { speaker: 'ivr', text: '普通话服务请按1', startMs: 1200, endMs: 2000 },
  { speaker: 'customer', text: '我想办理补卡。', startMs: 4400, endMs: 5500 },
] as Interaction['turns'];

function interaction(contactId: string, over: Partial<Interaction>): Interaction {
  return {
    schemaVersion: 1,
    contactId,
    scenarioId: 'voice-s',
    runId: 'r1',
    channel: 'voice',
    startedAt: 1_764_000_000_000,
    durationMs: 9000,
    events: [{ type: 'dialed', atMs: 0 }, { type: 'answered', atMs: 1000 }, { type: 'ivr-prompt', atMs: 1200 }, { type: 'hangup', atMs: 9000 }],
    turns: provisional,
    outcome: 'completed',
    transcriptSource: 'gather',
    ...over,
  };
}

/** A run with: a (retryable) transcription failure, a final one (bad key), and a finished call. */
function makeRun(): string {
  const dir = mkdtempSync(join(tmpdir(), 'retranscribe-'));
  mkdirSync(join(dir, 'contacts'));
  mkdirSync(join(dir, 'recordings'));
  mkdirSync(join(dir, 'scenarios'));
  const wav = encodeRecordingWav({
    durationSec: 8,
    utterances: [
      { channel: 1, text: '您好，欢迎致电。普通话服务请按1。', start: 0.2, end: 2.0 },
      { channel: 1, text: '您好，工号1023，请问有什么可以帮您？', start: 3.0, end: 4.6 },
      { channel: 0, text: '我想办理补卡。', start: 4.8, end: 5.5 },
    ],
  });
  for (const id of ['retry-me', 'bad-key', 'done']) writeFileSync(join(dir, 'recordings', `${id}.wav`), wav);
  const error = { code: 'E_DEEPGRAM_503', message: 'Deepgram transcription failed (HTTP 503)' };
  const contacts = [
    interaction('retry-me', { recording: join(dir, 'recordings', 'retry-me.wav'), transcription: { status: 'failed-retryable', engine: 'deepgram', attempts: 5, error } }),
    interaction('bad-key', { recording: join(dir, 'recordings', 'bad-key.wav'), transcription: { status: 'failed', engine: 'deepgram', attempts: 1, error: { code: 'E_DEEPGRAM_401', message: 'bad key' } } }),
    interaction('done', { recording: join(dir, 'recordings', 'done.wav'), transcriptSource: 'deepgram' }),
  ];
  for (const c of contacts) writeFileSync(join(dir, 'contacts', `${c.contactId}.json`), JSON.stringify(c, null, 2) + '\n');
  writeFileSync(join(dir, 'scenarios', 'voice-s.json'), JSON.stringify({ id: 'voice-s', title: 's', channel: 'voice', steps: [] }));
  writeFileSync(join(dir, 'run.json'), JSON.stringify({ schemaVersion: 1, runId: 'r1', scenarios: [{ id: 'voice-s' }], contacts: {} }));
  return dir;
}

const read = (dir: string, id: string) => readFileSync(join(dir, 'contacts', `${id}.json`), 'utf8');

describe('retranscribe', () => {
  let emu: DeepgramEmulator;
  let down: DeepgramEmulator;
  beforeAll(async () => {
    emu = await startDeepgramEmulator();
    down = await startDeepgramEmulator({ faults: { rate: 1, kinds: ['503'], retryAfterSec: 0 } });
  });
  afterAll(async () => {
    await emu.close();
    await down.close();
  });

  it('transcribes only the retryable failures, rewrites them and re-scores the run', async () => {
    const dir = makeRun();
    const untouched = { 'bad-key': read(dir, 'bad-key'), done: read(dir, 'done') };
    const t = createDeepgramTranscriber({ apiKey: emu.apiKey, baseUrl: emu.url, model: 'nova-3', language: 'zh-CN' });
    const out: string[] = [];
    const code = await transcribeCommand(dir, { reports: false }, { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream, t);
    expect(code).toBe(0);
    expect(emu.requests).toHaveLength(1);
    const i = JSON.parse(read(dir, 'retry-me')) as Interaction;
    expect(i.transcriptSource).toBe('deepgram');
    expect(i.transcription).toMatchObject({ status: 'done', engine: 'deepgram', attempts: 1 });
    // Times are on the contact's clock: the recording starts at the answer (1000 ms).
    expect(i.turns.map((x) => [x.speaker, x.startMs])).toEqual([['ivr', 1200], ['agent', 4000], ['customer', 5800]]);
    expect(i.events.filter((e) => e.type === 'agent-joined')).toEqual([{ type: 'agent-joined', atMs: 4000 }]);
    expect(read(dir, 'bad-key')).toBe(untouched['bad-key']);
    expect(read(dir, 'done')).toBe(untouched.done);
    expect(readdirSync(join(dir, 'contacts')).sort()).toEqual(['bad-key.json', 'done.json', 'retry-me.json']);
    // Re-scored: the run's findings now include the retranscribed contact, no longer provisional.
    const findings = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')) as unknown;
    expect(JSON.stringify(findings)).toContain('retry-me');
    expect(out.join('')).toMatch(/1 call\(s\) waiting for a transcript, 1 transcribed, 0 still failed/);
    // Nothing is left to retry: a second pass sends nothing.
    expect((await retranscribeRun(dir, t)).candidates).toBe(0);
    expect(emu.requests).toHaveLength(1);
  });

  it('a service still down leaves the contact retryable with the new attempts (exit 2)', async () => {
    const dir = makeRun();
    const t = createDeepgramTranscriber({ apiKey: down.apiKey, baseUrl: down.url, model: 'nova-3', language: 'zh-CN' }, { retry: { maxAttempts: 2, baseDelayMs: 1 } });
    const code = await transcribeCommand(dir, { reports: false }, { write: () => true } as unknown as NodeJS.WritableStream, t);
    expect(code).toBe(2);
    const i = JSON.parse(read(dir, 'retry-me')) as Interaction;
    expect(i.transcriptSource).toBe('gather');
    expect(i.turns).toEqual(provisional);
    expect(i.transcription).toMatchObject({ status: 'failed-retryable', attempts: 2, error: { code: 'E_DEEPGRAM_503' } });
    expect(down.faults.injected['503']).toBe(2);
  });
});

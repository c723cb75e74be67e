/**
 * A small scored run folder for the HTML report and review tests: the scoring fixture's three
 * contacts, plus a completed voice call with a recording (a generated WAV), a hold and an
 * overlap, and a contact the tool itself failed. Scored with the real `score` code path.
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Interaction } from '../../../harness/interaction/types.js';
import { scoreRunDir } from '../../../harness/scoring/score-run.js';

const FIXTURE = path.resolve('test/fixtures/scoring/run-fixture');

/** A mono 16-bit PCM WAV of `seconds` of a quiet 440 Hz tone (long enough to seek in). */
export function toneWav(seconds: number, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate);
  const buf = Buffer.alloc(44 + samples * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + samples * 2, 4);
  buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(samples * 2, 40);
  for (let k = 0; k < samples; k++) buf.writeInt16LE(Math.round(2000 * Math.sin((2 * Math.PI * 440 * k) / rate)), 44 + k * 2);
  return buf;
}

export const VOICE_ID = 'card-replacement-voice-2';
export const TOOL_FAILED_ID = 'card-replacement-webchat-3';

const voiceCall: Interaction = {
  schemaVersion: 1,
  contactId: VOICE_ID,
  scenarioId: 'card-replacement',
  runId: 'run-fixture',
  channel: 'voice',
  startedAt: 1795420900000,
  durationMs: 62000,
  outcome: 'completed',
  transcriptSource: 'deepgram',
  recording: `recordings/${VOICE_ID}.wav`,
  events: [
    { type: 'dialed', atMs: 0 },
    { type: 'ringing', atMs: 600 },
    { type: 'answered', atMs: 2000 },
    { type: 'hold-start', atMs: 26000 },
    { type: 'hold-end', atMs: 40000 },
    { type: 'hangup', atMs: 62000 },
  ],
  turns: [
    { speaker: 'agent', text: '您好，我是工号2048的客服小王，请问有什么可以帮您？', startMs: 3000, endMs: 7000 },
    { speaker: 'customer', text: '你好，我的银行卡丢了，补办要多少钱？', startMs: 8000, endMs: 11500 },
    { speaker: 'agent', text: '请提供一下身份证号码后四位。', startMs: 11000, endMs: 14000 },
    { speaker: 'customer', text: '后四位是3021', startMs: 15000, endMs: 17000 },
    { speaker: 'agent', text: '请稍等，我帮您查一下。', startMs: 24000, endMs: 26000 },
    { speaker: 'agent', text: '补卡手续费是五十元，新卡七个工作日内寄到。你自己去网点问吧。', startMs: 41000, endMs: 48000 },
    { speaker: 'customer', text: '好的，谢谢。', startMs: 50000, endMs: 51500 },
    { speaker: 'agent', text: '再见。', startMs: 53000, endMs: 54000 },
  ],
};

const toolFailed: Interaction = {
  schemaVersion: 1,
  contactId: TOOL_FAILED_ID,
  scenarioId: 'card-replacement',
  runId: 'run-fixture',
  channel: 'webchat',
  startedAt: 1795421000000,
  durationMs: 30000,
  outcome: 'failed',
  failedBy: 'harness',
  error: { code: 'E_SELECTOR_TIMEOUT', message: 'the chat input "#msg" never appeared', hint: 'check target.selectors.input' },
  transcriptSource: 'chat-dom',
  events: [{ type: 'page-loaded', atMs: 500 }, { type: 'error', atMs: 30000 }],
  turns: [],
};

/** Copies the fixture to a temporary folder, adds the two contacts and scores it; returns the folder. */
export async function buildReportRun(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-report-'));
  await cp(FIXTURE, dir, { recursive: true });
  await mkdir(path.join(dir, 'recordings'), { recursive: true });
  await writeFile(path.join(dir, 'recordings', `${VOICE_ID}.wav`), toneWav(60));
  await writeFile(path.join(dir, 'contacts', `${VOICE_ID}.json`), JSON.stringify(voiceCall, null, 2));
  await writeFile(path.join(dir, 'contacts', `${TOOL_FAILED_ID}.json`), JSON.stringify(toolFailed, null, 2));
  await scoreRunDir(dir);
  return dir;
}

import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configHash, loadConfig, publicConfig } from '../../../harness/config/load.js';
import { InputError } from '../../../harness/errors.js';

async function tmpFile(text: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-cfg-'));
  const file = path.join(dir, 'c.yaml');
  await writeFile(file, text);
  return file;
}

describe('config', () => {
  it('layers defaults, file, environment and flags', async () => {
    const file = await tmpFile('centre: http://127.0.0.1:9000\nconcurrency: 8\nvoice:\n  callsPerSecond: 2\n  twilioBaseUrl: http://127.0.0.1:9100\n');
    const c = await loadConfig({ config: file, concurrency: 3 }, { TWILIO_ACCOUNT_SID: 'ACx', TWILIO_AUTH_TOKEN: 'tok', DEEPGRAM_API_KEY: 'dg' });
    expect(c.centre).toBe('http://127.0.0.1:9000');
    expect(c.concurrency).toBe(3);
    expect(c.voice.callsPerSecond).toBe(2);
    expect(c.voice.maxConcurrentCalls).toBe(10);
    expect(c.voice.twilio).toEqual({ baseUrl: 'http://127.0.0.1:9100', accountSid: 'ACx', authToken: 'tok' });
    expect(c.deepgram.apiKey).toBe('dg');
  });

  it('never records credentials', async () => {
    const c = await loadConfig({}, { TWILIO_AUTH_TOKEN: 'secret-token', DEEPGRAM_API_KEY: 'secret-key' });
    expect(JSON.stringify(publicConfig(c))).not.toMatch(/secret/);
    expect(configHash(c)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports a bad config file by line and field', async () => {
    const file = await tmpFile('centre: ftp://x\nconcurency: 8\n');
    const err = (await loadConfig({ config: file }, {}).catch((e: unknown) => e)) as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.problems.map((p) => `${p.line} ${p.field}`)).toEqual(['1 centre', '2 concurency']);
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configHash, loadConfig, publicConfig } from '../../../harness/config/load.js';
import { InputError } from '../../../harness/errors.js';

async function tmpFile(text: string) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-cfg-')), 'c.yaml');
  await writeFile(file, text);
  return file;
}

describe('config: dialling and listen host', () => {
  it('defaults refuse real calls (empty allowlist) and listen on loopback; the file overrides field by field', async () => {
    const d = await loadConfig({}, {});
    expect(d.dialling).toEqual({ allow: [], region: 'CN', window: { tz: 'Asia/Shanghai', days: 'mon-fri', from: '09:00', to: '18:00' }, caps: { perRun: 50, perDay: 200 }, currency: 'USD' });
    expect(d.voice.listenHost).toBe('127.0.0.1');
    const file = await tmpFile('voice:\n  listenHost: 127.0.0.2\ndialling:\n  allow: ["+86400*"]\n  window: { to: "20:00" }\n  caps: { perDay: 30 }\n  costPerMinute: 0.35\n  currency: CNY\n');
    const c = await loadConfig({ config: file }, {});
    expect(c.voice.listenHost).toBe('127.0.0.2');
    expect(c.dialling).toEqual({ allow: ['+86400*'], region: 'CN', window: { tz: 'Asia/Shanghai', days: 'mon-fri', from: '09:00', to: '20:00' }, caps: { perRun: 50, perDay: 30 }, costPerMinute: 0.35, currency: 'CNY' });
  });

  it('names the file line of a bad dialling setting', async () => {
    const file = await tmpFile('dialling:\n  region: China\n  caps: { perRun: -1 }\n');
    const err = await loadConfig({ config: file }, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.map((p) => `${p.line} ${p.field}`)).toEqual(['2 dialling.region', '3 dialling.caps.perRun']);
  });

  it('the recorded config and its hash hold no credential, and the hash does not depend on them', async () => {
    const a = await loadConfig({}, { TWILIO_ACCOUNT_SID: 'AC' + '9'.repeat(32), TWILIO_AUTH_TOKEN: 'token-one-123456', DEEPGRAM_API_KEY: 'key-one-123456' });
    const b = await loadConfig({}, { TWILIO_ACCOUNT_SID: 'AC' + '8'.repeat(32), TWILIO_AUTH_TOKEN: 'token-two-654321', DEEPGRAM_API_KEY: 'key-two-654321' });
    const text = JSON.stringify(publicConfig(a));
    for (const s of ['9'.repeat(32), 'token-one', 'key-one']) expect(text).not.toContain(s);
    expect(configHash(a)).toBe(configHash(b));
  });
});

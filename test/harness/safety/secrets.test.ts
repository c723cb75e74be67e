import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../harness/config/load.js';
import { clearSecrets, createRunLogger, registerSecrets, scrubSecrets } from '../../../harness/safety/secrets.js';

const SID = 'AC' + 'c0ffee'.repeat(5) + 'ab';
const TOKEN = 'tok/+=SECRET&token-0042';
const KEY = 'dgkey-SECRET-0099';

afterEach(() => clearSecrets());

describe('secrets never written', () => {
  it('scrubs every form a credential travels in: raw, URL-encoded, Basic auth base64', () => {
    registerSecrets({ twilioAccountSid: SID, twilioAuthToken: TOKEN, deepgramApiKey: KEY });
    const basic = Buffer.from(`${SID}:${TOKEN}`).toString('base64');
    const text = `${TOKEN} ${encodeURIComponent(TOKEN)} Basic ${basic} Token ${KEY} ${SID}`;
    const out = scrubSecrets(text);
    for (const s of [TOKEN, encodeURIComponent(TOKEN), basic, KEY, SID]) expect(out).not.toContain(s);
    expect(out).toBe('[redacted] [redacted] Basic [redacted] Token [redacted] [redacted]');
  });

  it('the run log redacts credential fields and scrubs credential values inside messages and errors', async () => {
    registerSecrets({ twilioAccountSid: SID, twilioAuthToken: TOKEN, deepgramApiKey: KEY });
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-log-')), 'harness.log');
    const log = createRunLogger(file, { sync: true });
    const config = defaultConfig();
    config.voice.twilio = { accountSid: SID, authToken: TOKEN };
    config.deepgram.apiKey = KEY;
    log.info({ config }, 'config loaded');
    log.info({ req: { headers: { authorization: `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}` } } }, 'request');
    log.info({ authToken: 'other-token-not-registered', twilio: { apiKey: 'another-key-123' } }, 'fields');
    log.error({ err: new Error(`request to https://${SID}:${encodeURIComponent(TOKEN)}@api.twilio.com failed`) }, 'boom');
    log.warn(`message with ${KEY} inline`);
    const written = await readFile(file, 'utf8');
    expect(written.split('\n').filter(Boolean)).toHaveLength(5);
    for (const s of [TOKEN, encodeURIComponent(TOKEN), KEY, SID, 'other-token-not-registered', 'another-key-123']) expect(written).not.toContain(s);
    expect(written).toContain('api.twilio.com failed'); // the message stays, only the secret goes
    expect(written).toContain('"stack"');
  });
});

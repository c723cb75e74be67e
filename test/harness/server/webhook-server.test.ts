import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookServer, type WebhookRequest, type WebhookServer } from '../../../harness/server/webhook-server.js';
import { signTwilioRequest } from '../../../mocks/twilio/signature.js';

const token = 'f'.repeat(32);
const params = { CallSid: 'CA' + '1'.repeat(32), CallStatus: 'in-progress', SpeechResult: '普通话服务请按1' };

function post(url: string, body: Record<string, string>, signature?: string, contentType = 'application/x-www-form-urlencoded') {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (signature !== undefined) headers['x-twilio-signature'] = signature;
  return fetch(url, { method: 'POST', headers, body: contentType.includes('json') ? JSON.stringify(body) : new URLSearchParams(body).toString() });
}

describe('webhook server', () => {
  let server: WebhookServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(publicUrl?: string) {
    const seen: WebhookRequest[] = [];
    server = await startWebhookServer({ authToken: token, publicUrl });
    server.register('c-1', (req) => {
      seen.push(req);
      return req.kind === 'status' ? undefined : '<Response><Hangup/></Response>';
    });
    return seen;
  }

  it('serves TwiML for a correctly signed request and hands the parameters to the contact', async () => {
    const seen = await start();
    const url = server!.urlFor('c-1', 'gather');
    const res = await post(url, params, signTwilioRequest(token, url, params));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/xml');
    expect(await res.text()).toBe('<Response><Hangup/></Response>');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind: 'gather', params, path: '/voice/c-1/gather' });
    expect(seen[0]!.arrivedAt).toBeGreaterThan(0);
  });

  it('answers 204 to callbacks', async () => {
    await start();
    const url = server!.urlFor('c-1', 'status');
    expect((await post(url, params, signTwilioRequest(token, url, params))).status).toBe(204);
  });

  it('rejects unsigned (400), forged (403) and tampered (403) requests without reaching the contact', async () => {
    const seen = await start();
    const url = server!.urlFor('c-1', 'twiml');
    expect((await post(url, params)).status).toBe(400);
    expect((await post(url, params, 'Zm9yZ2VkLXNpZ25hdHVyZQ==')).status).toBe(403);
    expect((await post(url, params, signTwilioRequest('0'.repeat(32), url, params))).status).toBe(403);
    const signed = signTwilioRequest(token, url, params);
    expect((await post(url, { ...params, SpeechResult: '人工服务请按0' }, signed)).status).toBe(403);
    expect((await post(url, { ...params, Extra: '1' }, signed)).status).toBe(403);
    expect((await post(server!.urlFor('c-1', 'gather'), params, signed)).status).toBe(403); // signature of another URL
    expect(seen).toHaveLength(0);
  });

  it('rejects what is not a form post with 400', async () => {
    const seen = await start();
    const url = server!.urlFor('c-1', 'twiml');
    expect((await post(url, params, signTwilioRequest(token, url, params), 'application/json')).status).toBe(400);
    expect((await fetch(url)).status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('hangs up calls it no longer tracks', async () => {
    await start();
    const url = server!.urlFor('gone', 'twiml');
    const res = await post(url, params, signTwilioRequest(token, url, params));
    expect(await res.text()).toContain('<Hangup/>');
    const status = server!.urlFor('gone', 'status');
    expect((await post(status, params, signTwilioRequest(token, status, params))).status).toBe(404);
  });

  it('validates against the public URL Twilio was given when behind a tunnel', async () => {
    const seen = await start('https://shopper.example.ngrok.app/');
    expect(server!.baseUrl).toBe('https://shopper.example.ngrok.app');
    const publicUrl = server!.urlFor('c-1', 'twiml');
    expect(publicUrl).toBe('https://shopper.example.ngrok.app/voice/c-1/twiml');
    const local = `${server!.localUrl}/voice/c-1/twiml`;
    // Twilio signs the public URL; the request arrives locally through the tunnel.
    expect((await post(local, params, signTwilioRequest(token, publicUrl, params))).status).toBe(200);
    expect((await post(local, params, signTwilioRequest(token, local, params))).status).toBe(403);
    expect(seen).toHaveLength(1);
  });

  it('serves under the public URL\'s path when the tunnel publishes one', async () => {
    const seen = await start('https://tunnel.example.com/hooks/');
    const publicUrl = server!.urlFor('c-1', 'status');
    expect(publicUrl).toBe('https://tunnel.example.com/hooks/voice/c-1/status');
    const local = `${server!.localUrl}/hooks/voice/c-1/status`;
    expect((await post(local, params, signTwilioRequest(token, publicUrl, params))).status).toBe(204);
    expect(seen).toHaveLength(1);
  });
});

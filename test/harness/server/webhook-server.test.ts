import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackHost, listenWarning, type SecurityLog } from '../../../harness/server/webhook-guard.js';
import { startWebhookServer, type WebhookRequest, type WebhookServer } from '../../../harness/server/webhook-server.js';
import { signTwilioRequest } from '../../../mocks/twilio/signature.js';

const token = 'f'.repeat(32);
const accountSid = 'AC' + 'a'.repeat(32);
const params = { AccountSid: accountSid, CallSid: 'CA' + '1'.repeat(32), CallStatus: 'in-progress', SpeechResult: '普通话服务请按1' };

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

  let logged: { obj: Record<string, unknown>; msg: string }[] = [];
  const log: SecurityLog = { warn: (obj, msg) => void logged.push({ obj, msg }) };

  async function start(publicUrl?: string) {
    const seen: WebhookRequest[] = [];
    logged = [];
    server = await startWebhookServer({ authToken: token, accountSid, publicUrl, log });
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

  it('rejects unsigned, forged and tampered requests (403) without reaching the contact, and logs each', async () => {
    const seen = await start();
    const url = server!.urlFor('c-1', 'twiml');
    expect((await post(url, params)).status).toBe(403);
    expect((await post(url, params, 'Zm9yZ2VkLXNpZ25hdHVyZQ==')).status).toBe(403);
    expect((await post(url, params, signTwilioRequest('0'.repeat(32), url, params))).status).toBe(403);
    const signed = signTwilioRequest(token, url, params);
    expect((await post(url, { ...params, SpeechResult: '人工服务请按0' }, signed)).status).toBe(403);
    expect((await post(url, { ...params, Extra: '1' }, signed)).status).toBe(403);
    expect((await post(server!.urlFor('c-1', 'gather'), params, signed)).status).toBe(403); // signature of another URL
    expect(seen).toHaveLength(0);
    expect(server!.rejected).toEqual({ unsigned: 1, 'bad-signature': 5 });
    expect(logged.map((l) => l.obj.reason)).toEqual(['unsigned', 'bad-signature', 'bad-signature', 'bad-signature', 'bad-signature', 'bad-signature']);
    expect(logged[0]!.obj).toMatchObject({ event: 'webhook-rejected', status: 403, path: '/voice/c-1/twiml' });
    // Neither the token nor the signature nor what was said ends up in the log.
    const text = JSON.stringify(logged);
    for (const secret of [token, signed, params.SpeechResult]) expect(text).not.toContain(secret);
  });

  it('rejects a replayed request (same signature again), even though its signature is valid', async () => {
    const seen = await start();
    const url = server!.urlFor('c-1', 'gather') + '?turn=1';
    const signed = signTwilioRequest(token, url, params);
    expect((await post(url, params, signed)).status).toBe(200);
    expect((await post(url, params, signed)).status).toBe(403);
    expect(seen).toHaveLength(1);
    expect(server!.rejected).toEqual({ replayed: 1 });
    // The next turn's Gather posts to its own URL: not a replay.
    const next = server!.urlFor('c-1', 'gather') + '?turn=2';
    expect((await post(next, params, signTwilioRequest(token, next, params))).status).toBe(200);
  });

  it('rejects signed requests about another call, another account, or no call at all', async () => {
    const seen = await start();
    server!.bindCall('c-1', params.CallSid);
    const url = server!.urlFor('c-1', 'status');
    const otherCall = { ...params, CallSid: 'CA' + '2'.repeat(32) };
    expect((await post(url, otherCall, signTwilioRequest(token, url, otherCall))).status).toBe(403);
    const otherAccount = { ...params, AccountSid: 'AC' + 'b'.repeat(32), CallStatus: 'ringing' };
    expect((await post(url, otherAccount, signTwilioRequest(token, url, otherAccount))).status).toBe(403);
    const { CallSid: _drop, ...noCall } = { ...params, CallStatus: 'completed' };
    expect((await post(url, noCall, signTwilioRequest(token, url, noCall))).status).toBe(403);
    // A contact we never registered, about a call we never placed.
    const stranger = server!.urlFor('someone-else', 'twiml');
    expect((await post(stranger, otherCall, signTwilioRequest(token, stranger, otherCall))).status).toBe(403);
    expect(seen).toHaveLength(0);
    expect(server!.rejected).toEqual({ 'foreign-call': 1, 'foreign-account': 1, 'no-call-sid': 1, 'unknown-call': 1 });
    expect((await post(url, params, signTwilioRequest(token, url, params))).status).toBe(204);
    expect(seen).toHaveLength(1);
  });

  it('binds a contact to the first signed call when a callback beats the create answer, and refuses another contact\'s call', async () => {
    await start();
    server!.register('c-2', () => undefined);
    const url1 = server!.urlFor('c-1', 'status');
    expect((await post(url1, params, signTwilioRequest(token, url1, params))).status).toBe(204);
    const url2 = server!.urlFor('c-2', 'status');
    const sameCall = { ...params, CallStatus: 'ringing' };
    expect((await post(url2, sameCall, signTwilioRequest(token, url2, sameCall))).status).toBe(403);
    expect(server!.rejected).toEqual({ 'foreign-call': 1 });
  });

  it('refuses bodies over 64 kB with 413, before any handler', async () => {
    const seen = await start();
    const url = server!.urlFor('c-1', 'gather');
    const big = { ...params, SpeechResult: '喂'.repeat(30_000) };
    const res = await post(url, big, signTwilioRequest(token, url, big));
    expect(res.status).toBe(413);
    expect(seen).toHaveLength(0);
    expect(server!.rejected).toEqual({ 'too-large': 1 });
  });

  it('listens on 127.0.0.1 by default; any other interface is warned about', async () => {
    await start();
    expect(server!.localUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    expect(logged).toEqual([]);
    // (Not started on 0.0.0.0 here: tests bind loopback only.)
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.com']) expect(listenWarning(host), host).toContain(host);
  });

  it('rejects what is not a form post with 400', async () => {
    const seen = await start();
    const url = server!.urlFor('c-1', 'twiml');
    expect((await post(url, params, signTwilioRequest(token, url, params), 'application/json')).status).toBe(400);
    expect((await fetch(url)).status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('hangs up calls of ours it no longer tracks', async () => {
    await start();
    server!.register('gone', () => undefined);
    server!.bindCall('gone', params.CallSid);
    server!.unregister('gone');
    const url = server!.urlFor('gone', 'twiml');
    const res = await post(url, params, signTwilioRequest(token, url, params));
    expect(await res.text()).toContain('<Hangup/>');
    const status = server!.urlFor('gone', 'status');
    expect((await post(status, params, signTwilioRequest(token, status, params))).status).toBe(404);
    expect(server!.rejected).toEqual({});
  });

  it('validates against the public URL Twilio was given when behind a tunnel', async () => {
    const seen = await start('https://shopper.example.ngrok.app/');
    expect(server!.baseUrl).toBe('https://shopper.example.ngrok.app');
    const publicUrl = server!.urlFor('c-1', 'twiml');
    expect(publicUrl).toBe('https://shopper.example.ngrok.app/voice/c-1/twiml');
    const local = `${server!.localUrl}/voice/c-1/twiml`;
    // Twilio signs the public URL; the request arrives locally through the tunnel.
    expect((await post(local, params, signTwilioRequest(token, publicUrl, params))).status).toBe(200);
    const other = { ...params, CallStatus: 'ringing' };
    expect((await post(local, other, signTwilioRequest(token, local, other))).status).toBe(403);
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

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { WebhookSender } from '../../../mocks/twilio/webhook-sender.js';

describe('WebhookSender', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  }

  it('posts form-encoded, signed parameters and returns the body', async () => {
    const token = 'a'.repeat(32);
    let seen: { signature?: string; body: string } = { body: '' };
    const url = await listen((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen = { signature: req.headers['x-twilio-signature'] as string, body };
        res.end('<Response/>');
      });
    });
    const sender = new WebhookSender(token);
    const params = { CallSid: 'CA' + '0'.repeat(32), SpeechResult: '您好' };
    const result = await sender.send(url, params);
    sender.close();
    expect(result).toEqual({ status: 200, body: '<Response/>' });
    expect(Object.fromEntries(new URLSearchParams(seen.body))).toEqual(params);
    expect(twilio.validateRequest(token, seen.signature!, url, params)).toBe(true);
    expect(sender.latenciesMs).toHaveLength(1);
  });

  it('retries once when the connection is dropped before an answer', async () => {
    let attempts = 0;
    const url = await listen((req, res) => {
      attempts++;
      if (attempts === 1) req.socket.destroy();
      else res.end('ok');
    });
    const sender = new WebhookSender('t');
    expect(await sender.send(url, { a: '1' })).toEqual({ status: 200, body: 'ok' });
    expect(attempts).toBe(2);
    sender.close();
  });

  it('keeps one warm connection per concurrent webhook instead of reconnecting after a burst', async () => {
    // 400 webhooks in flight at once (the server answers only when all have arrived), twice. Node's
    // default agent would keep just 256 idle sockets and reconnect the rest for the second burst.
    const burst = 400;
    let connections = 0;
    let waiting: (() => void)[] = [];
    const url = await listen((req, res) => {
      req.resume();
      waiting.push(() => res.end('ok'));
      if (waiting.length === burst) {
        const release = waiting;
        waiting = [];
        for (const answer of release) answer();
      }
    });
    server!.on('connection', () => connections++);
    const sender = new WebhookSender('t');
    const wave = () => Promise.all(Array.from({ length: burst }, (_, n) => sender.send(url, { n: String(n) })));
    expect((await wave()).every((r) => r.status === 200)).toBe(true);
    expect((await wave()).every((r) => r.status === 200)).toBe(true);
    expect(connections).toBe(burst);
    expect(sender.connections).toMatchObject({ opened: burst, reused: burst });
    sender.close();
  });

  it('reports a refused connection as status 0 with the error', async () => {
    const sender = new WebhookSender('t');
    const result = await sender.send('http://127.0.0.1:9/hook', {});
    expect(result.status).toBe(0);
    expect(result.error).toMatch(/ECONNREFUSED/);
    sender.close();
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadError, downloadRecording } from '../../../../harness/channels/voice/recording-download.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('downloadRecording', () => {
  const audio = Buffer.alloc(300_000, 7);
  const seen: { path: string; auth?: string }[] = [];
  let api: { server: Server; url: string };
  let storage: { server: Server; url: string };
  const hits = new Map<string, number>();

  beforeAll(async () => {
    storage = await serve((req, res) => {
      seen.push({ path: `storage${req.url}`, auth: req.headers.authorization });
      res.end(audio);
    });
    api = await serve((req, res) => {
      seen.push({ path: req.url!, auth: req.headers.authorization });
      const n = (hits.get(req.url!) ?? 0) + 1;
      hits.set(req.url!, n);
      if (req.headers.authorization !== 'Basic right') return void res.writeHead(401).end();
      if (req.url === '/redirected.wav') return void res.writeHead(302, { location: `${storage.url}/signed.wav?token=x` }).end();
      if (req.url === '/flaky.wav' && n === 1) return void res.writeHead(503).end();
      if (req.url === '/reset.wav' && n === 1) return void req.socket.destroy();
      if (req.url === '/loop.wav') return void res.writeHead(307, { location: '/loop.wav' }).end();
      if (req.url === '/missing.wav') return void res.writeHead(404).end();
      res.end(audio);
    });
  });
  afterAll(() => {
    api.server.close();
    storage.server.close();
  });

  it('downloads the whole recording with the credentials', async () => {
    expect((await downloadRecording(`${api.url}/plain.wav`, { authorization: 'Basic right' })).equals(audio)).toBe(true);
  });

  it('follows a redirect to storage without sending the credentials there', async () => {
    const got = await downloadRecording(`${api.url}/redirected.wav`, { authorization: 'Basic right' });
    expect(got.equals(audio)).toBe(true);
    expect(seen.find((s) => s.path === 'storage/signed.wav?token=x')).toEqual({ path: 'storage/signed.wav?token=x', auth: undefined });
  });

  it('retries a 5xx and a reset connection, but not a 4xx', async () => {
    expect((await downloadRecording(`${api.url}/flaky.wav`, { authorization: 'Basic right' })).length).toBe(audio.length);
    expect((await downloadRecording(`${api.url}/reset.wav`, { authorization: 'Basic right' })).length).toBe(audio.length);
    await expect(downloadRecording(`${api.url}/missing.wav`, { authorization: 'Basic right' })).rejects.toMatchObject({ status: 404, message: 'HTTP 404' });
    expect(hits.get('/missing.wav')).toBe(1);
    await expect(downloadRecording(`${api.url}/plain.wav`, { authorization: 'Basic wrong' })).rejects.toBeInstanceOf(DownloadError);
  });

  it('gives up on a redirect loop', async () => {
    await expect(downloadRecording(`${api.url}/loop.wav`, { authorization: 'Basic right', maxRedirects: 3 })).rejects.toMatchObject({ message: expect.stringContaining('too many redirects') });
  });
});

/**
 * The review server's lock-down, without a browser: every route — page, recordings, API, and
 * routes that do not exist — needs the token before anything else is said, and every answer
 * carries headers that keep the token out of Referers and caches and the page out of frames.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../reports/review/server.js';
import { buildReportRun, VOICE_ID } from '../html/run-fixture.js';

let server: ReviewServer;
const base = () => `http://127.0.0.1:${server.port}`;

beforeAll(async () => {
  server = await startReviewServer(await buildReportRun());
});
afterAll(async () => server?.close());

describe('review server lock-down', () => {
  it('binds 127.0.0.1 and asks for the token on every route, existing or not, before anything else', async () => {
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
    const routes = ['/', `/files/recordings/${VOICE_ID}.wav`, '/files/run.json', '/api/override', '/api/signoff', '/report.js', '/no-such-route', '/..%2Frun.json'];
    for (const route of routes) {
      expect((await fetch(base() + route)).status, route).toBe(401);
      expect((await fetch(base() + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, route).toBe(401);
      // Wrong tokens: shorter, longer, same length.
      for (const wrong of ['x', server.token + 'x', server.token.replace(/./u, (c) => (c === 'a' ? 'b' : 'a'))]) {
        expect((await fetch(`${base()}${route}?token=${encodeURIComponent(wrong)}`)).status, `${route} ${wrong}`).toBe(403);
      }
    }
    expect((await fetch(`${base()}/`, { headers: { 'x-review-token': server.token } })).status).toBe(200);
  });

  it('sends no-referrer, no-store, nosniff and no-framing on refusals and pages alike', async () => {
    for (const res of [await fetch(base()), await fetch(`${base()}/?token=${server.token}`)]) {
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    }
  });

  it('refuses JSON bodies over 64 kB', async () => {
    const res = await fetch(`${base()}/api/signoff?token=${server.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reviewer: 'x', note: 'n'.repeat(70_000) }) });
    expect(res.status).toBe(413);
  });
});

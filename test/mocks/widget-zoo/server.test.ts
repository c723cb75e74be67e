/**
 * The zoo's servers over plain HTTP (no browser): two origins, the pages and frames each serves,
 * the truth endpoint (CORS, validation, ordering, JSONL) and an SSE conversation end to end.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWidgetZoo, type WidgetZoo } from '../../../mocks/widget-zoo/server.js';
import { ZOO_PAGE_IDS } from '../../../mocks/widget-zoo/types.js';

let zoo: WidgetZoo;
let truthLog: string;

beforeAll(async () => {
  truthLog = join(await mkdtemp(join(tmpdir(), 'widget-zoo-http-')), 'nested', 'truth.jsonl');
  zoo = await startWidgetZoo({ truthLog });
});
afterAll(async () => {
  await zoo?.close();
});

const postTruth = (body: unknown, origin = zoo.url) =>
  fetch(`${origin}/zoo/api/truth`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) });

/** Read SSE events from a response until `until` says stop. */
async function readEvents(res: Response, until: (events: { event: string; data: unknown }[]) => boolean) {
  const events: { event: string; data: unknown }[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.+)$/mu.exec(block)?.[1];
      const data = /^data: (.+)$/mu.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe('widget zoo servers', () => {
  it('serves every page on the host origin, and the chat frames from a second origin', async () => {
    expect(zoo.pages.map((p) => p.id)).toEqual([...ZOO_PAGE_IDS]);
    for (const page of zoo.pages) {
      const res = await fetch(`${zoo.url}${page.path}?ref=x`);
      expect(res.status, page.id).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
    }
    const frame = await fetch(`${zoo.widgetOrigin}/zoo-frame/vendor-launcher?ref=x`);
    expect(frame.status).toBe(200);
    expect(await frame.text()).toContain('embedded-messaging-app');
    // Host pages are not on the widget origin, and unknown pages are 404 with a code.
    expect((await fetch(`${zoo.widgetOrigin}/zoo/plain`)).status).toBe(404);
    const missing = await fetch(`${zoo.url}/zoo/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'E_NOT_FOUND' });
  });

  it('accepts truth cross-origin on the host only, validates it, and returns it in page-clock order', async () => {
    const preflight = await fetch(`${zoo.url}/zoo/api/truth`, { method: 'OPTIONS' });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const base = { page: 'plain', ref: 'http-1', speaker: 'agent' };
    expect((await postTruth({ ...base, text: 'second', at: 2000.5, seq: 2 })).status).toBe(201);
    expect((await postTruth({ ...base, text: 'first', at: 1000.25, seq: 1 })).status).toBe(201);
    expect(zoo.truth('http-1').map((r) => r.text)).toEqual(['first', 'second']);
    expect(zoo.truth('http-1')[0]).toEqual({ page: 'plain', ref: 'http-1', speaker: 'agent', text: 'first', at: 1000.25 });
    const bad = await postTruth({ ...base, speaker: 'robot', text: 'x', at: 1 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'E_TRUTH_INVALID' });
    expect((await postTruth({ ...base, text: 'x', at: 1 }, zoo.widgetOrigin)).status).toBe(404);
    await expect.poll(async () => (await readFile(truthLog, 'utf8').catch(() => '')).trim().split('\n').length).toBe(2);
  });

  it('holds a conversation over SSE: greeting on attach, answer to a line, close on 再见', async () => {
    const start = await fetch(`${zoo.widgetOrigin}/zoo/api/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: 'vendor-launcher', ref: 'http-2' }),
    });
    expect(start.status).toBe(201);
    const { conversationId } = (await start.json()) as { conversationId: string };
    const stream = await fetch(`${zoo.widgetOrigin}/zoo/api/events/${conversationId}`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    // A second listener is refused (204 stops EventSource from retrying).
    expect((await fetch(`${zoo.widgetOrigin}/zoo/api/events/${conversationId}`)).status).toBe(204);
    const say = (text: string) =>
      fetch(`${zoo.widgetOrigin}/zoo/api/say`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, text }) });
    // Each line goes once the centre's previous answer is complete, as a customer would.
    const lines = new Map([[1, '转人工'], [3, '谢谢，再见']]);
    const events = await readEvents(stream, (seen) => {
      const line = lines.get(seen.filter((e) => e.event === 'msg').length);
      if (line) {
        lines.delete(seen.filter((e) => e.event === 'msg').length);
        void say(line);
      }
      return seen.some((e) => e.event === 'end');
    });
    const msgs = events.filter((e) => e.event === 'msg').map((e) => e.data as { speaker: string });
    expect(msgs.map((m) => m.speaker)).toEqual(['bot', 'system', 'agent', 'agent', 'system']);
    expect(events.filter((e) => e.event === 'typing').length).toBeGreaterThanOrEqual(4);
    expect((await say('还在吗')).status).toBe(409);
    // A reconnecting EventSource is not given the conversation again.
    expect((await fetch(`${zoo.widgetOrigin}/zoo/api/events/${conversationId}`)).status).toBe(204);
  });

  it('rejects a start for an unknown page and a line for an unknown conversation', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${zoo.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(await (await post('/zoo/api/start', { page: 'nope' })).json()).toMatchObject({ code: 'E_PAGE' });
    expect((await post('/zoo/api/say', { conversationId: 'nope', text: 'hi' })).status).toBe(404);
    expect((await fetch(`${zoo.url}/zoo/api/start`, { method: 'POST', body: '{not json' })).status).toBe(400);
  });
});

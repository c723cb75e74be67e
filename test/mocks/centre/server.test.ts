import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGroundTruth, summariseSessions, type GroundTruthRecord } from '../../../mocks/centre/ground-truth.js';
import { startCentre, type CentreOptions, type RunningCentre } from '../../../mocks/centre/server.js';
import { ChatClient } from './sse-client.js';

let centre: RunningCentre | null = null;

async function start(opts: Partial<CentreOptions> = {}): Promise<RunningCentre> {
  const dir = await mkdtemp(join(tmpdir(), 'centre-'));
  centre = await startCentre({ groundTruthPath: join(dir, 'gt.jsonl'), timeScale: 0.02, ...opts });
  return centre;
}

async function stopAndRead(): Promise<GroundTruthRecord[]> {
  const c = centre!;
  centre = null;
  await c.close();
  return readGroundTruth(c.groundTruthPath);
}

/** Eventually-true condition, polled (for state that has no event of its own). */
async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterEach(async () => {
  await centre?.close();
  centre = null;
});

describe('simulated centre over HTTP', () => {
  it('serves health, stats and the chat page with the DOM contract', async () => {
    const c = await start();
    expect(c.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const health = await fetch(`${c.url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    const stats = await (await fetch(`${c.url}/api/stats`)).json();
    expect(stats).toMatchObject({ sessions: { active: 0, queued: 0, ended: 0 }, agents: { total: 4, busy: 0 } });
    const page = await fetch(`${c.url}/chat?ref=abc`);
    expect(page.headers.get('content-type')).toMatch(/text\/html; charset=utf-8/u);
    const html = await page.text();
    expect(html).toContain('<title>在线客服</title>');
    for (const id of ['status', 'messages', 'input', 'send', 'end']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('data-state="connecting"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/u);
  });

  it('runs a whole exemplary chat and logs matching ground truth', async () => {
    const written: number[] = [];
    const c = await start({ profile: 'exemplary', seed: 3, onMessageWritten: (ms) => written.push(ms) });
    const chat = await ChatClient.open(c.url, 'contact-42');
    await chat.waitFor((e) => e.event === 'state' && e.data.state === 'chatting', 30_000, 'chatting');
    await chat.agentSays(/^您好.*工号\d+/u);
    let seq = await chat.say('你好，我想咨询一下家里装宽带，现在有哪些套餐？');
    await chat.agentSays(/地址/u, seq);
    seq = await chat.say('地址是北京市朝阳区望京西园三区。');
    await chat.agentSays(/覆盖/u, seq);
    seq = await chat.say('那我办1000M的吧');
    await chat.agentSays(/预约单号是KD\d{8}/u, seq);
    await chat.say('好的，谢谢，再见');
    await chat.waitFor((e) => e.event === 'end', 30_000, 'end');
    expect(chat.events.filter((e) => e.event === 'msg').at(-1)!.data).toMatchObject({ speaker: 'system', text: '会话已结束' });

    const records = await stopAndRead();
    const [summary] = summariseSessions(records);
    expect(summary).toMatchObject({ ref: 'contact-42', profile: 'exemplary', endedBy: 'agent', defects: [] });
    expect(summary!.facts.every((f) => f.correct)).toBe(true);
    expect(records.every((r) => r.ref === 'contact-42' && typeof r.at === 'number')).toBe(true);
    // The stream and the log agree message by message, seq numbers 1..n without gaps.
    const logged = summary!.messages;
    expect(logged.map((m) => m.seq)).toEqual(logged.map((_, i) => i + 1));
    const pushed = chat.events.filter((e) => e.event === 'msg').map((e) => [e.data.seq, e.data.text]);
    expect(pushed).toEqual(logged.filter((m) => m.speaker !== 'customer').map((m) => [m.seq, m.text]));
    // Every pushed message was reported written once, never before its stamp.
    expect(written).toHaveLength(pushed.length);
    expect(written.every((ms) => ms >= 0)).toBe(true);
  });

  it('queues the second chat when there is one agent and serves it after the first ends', async () => {
    const c = await start({ agents: 1, profile: 'exemplary' });
    const first = await ChatClient.open(c.url, 'first');
    await first.agentSays(/工号/u);
    const second = await ChatClient.open(c.url, 'second');
    await second.waitFor((e) => e.event === 'msg' && e.data.text === '当前排队人数1，请稍候…', 30_000, 'queue notice');
    expect(second.events.find((e) => e.event === 'state')!.data).toEqual({ state: 'queued', position: 1 });
    expect(c.stats()).toMatchObject({ sessions: { active: 1, queued: 1 }, agents: { busy: 1, free: 0 } });
    // A customer line sent while queued is answered once the agent arrives.
    await second.say('你好，我的信用卡丢了');
    await first.end();
    await first.waitFor((e) => e.event === 'end', 30_000, 'first ended');
    await second.waitFor((e) => e.event === 'state' && e.data.state === 'chatting', 30_000, 'second served');
    await second.agentSays(/身份证后四位/u);

    const records = await stopAndRead();
    const sessions = summariseSessions(records);
    expect(sessions.map((s) => [s.ref, s.endedBy])).toEqual([
      ['first', 'customer'],
      ['second', 'disconnect'],
    ]);
    expect(sessions[1]!.queuedAt).toBeDefined();
    expect(sessions[1]!.joinedAt!).toBeGreaterThanOrEqual(sessions[1]!.queuedAt!);
    expect(sessions[1]!.agentId).toBe(sessions[0]!.agentId);
    const order = records.filter((r) => r.ref === 'second').map((r) => r.type);
    expect(order.slice(0, 2)).toEqual(['session', 'queued']);
    expect(order.indexOf('agent-joined')).toBeGreaterThan(order.indexOf('queued'));
  });

  it('ends the session and frees the agent when the stream drops', async () => {
    const c = await start({ agents: 1, profile: 'exemplary' });
    const chat = await ChatClient.open(c.url, 'gone');
    await chat.agentSays(/工号/u);
    chat.disconnect();
    await until(() => c.stats().sessions.ended === 1, 'session ended after disconnect');
    await until(() => c.stats().agents.free === 1, 'agent free again');
    const next = await ChatClient.open(c.url, 'next');
    await next.agentSays(/工号/u);
    const records = await stopAndRead();
    expect(records.find((r) => r.type === 'end' && r.ref === 'gone')).toMatchObject({ by: 'disconnect' });
  });

  it('closes an idle chat with a system message', async () => {
    const c = await start({ profile: 'exemplary', timeScale: 0.01, idleTimeoutMs: 500 });
    const chat = await ChatClient.open(c.url, 'idle');
    await chat.waitFor((e) => e.event === 'end', 30_000, 'idle end');
    expect(chat.transcript()).toContain('由于您长时间未回复，本次会话已自动结束');
    const records = await stopAndRead();
    expect(records.find((r) => r.type === 'end')).toMatchObject({ by: 'timeout' });
  });

  it('logs the defects of a forced profile with their message seq', async () => {
    const c = await start({ profile: 'exemplary' });
    const chat = await ChatClient.open(c.url, 'override', 'no-agent-id');
    const greeting = await chat.agentSays(/请问有什么可以帮您/u);
    expect(String(greeting.data.text)).not.toContain('工号');
    await chat.end();
    const records = await stopAndRead();
    expect(records.find((r) => r.type === 'session')).toMatchObject({ profile: 'no-agent-id' });
    expect(records.find((r) => r.type === 'defect')).toMatchObject({ check: 'agent-id', seq: greeting.data.seq });
  });

  it('rejects bad requests with coded errors', async () => {
    const c = await start();
    const post = (path: string, body: string) => fetch(`${c.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('/chat/api/sessions', JSON.stringify({ ref: 'x', profile: 'rude' }))).status).toBe(400);
    expect((await post('/chat/api/sessions', '{oops')).status).toBe(400);
    expect((await post('/chat/api/sessions/nope/messages', JSON.stringify({ text: 'hi' }))).status).toBe(404);
    expect((await fetch(`${c.url}/chat/api/sessions/nope/events`)).status).toBe(204);
    const chat = await ChatClient.open(c.url, 'x');
    expect((await post(`/chat/api/sessions/${chat.sessionId}/messages`, JSON.stringify({ text: '  ' }))).status).toBe(400);
    await chat.end();
    const late = await post(`/chat/api/sessions/${chat.sessionId}/messages`, JSON.stringify({ text: '还在吗' }));
    expect([late.status, ((await late.json()) as { code: string }).code]).toEqual([409, 'E_ENDED']);
    expect((await fetch(`${c.url}/nowhere`)).status).toBe(404);
  });

  it('keeps 200 chats open at once, queued beyond the agents, each served in turn', async () => {
    // Idle timeout off: under load some chats wait a while for their turn to say goodbye.
    const c = await start({ agents: 50, profile: 'exemplary', timeScale: 0.005, idleTimeoutMs: Infinity });
    const chats = await Promise.all(Array.from({ length: 200 }, (_, i) => ChatClient.open(c.url, `load-${i}`)));
    await until(() => c.stats().sessions.active + c.stats().sessions.queued === 200, 'all 200 connected');
    expect(c.stats().sessions.active).toBe(50);
    expect(c.stats().sessions.queued).toBe(150);
    // Each served chat says goodbye once greeted; the queue drains until all 200 are done.
    await Promise.all(
      chats.map(async (chat) => {
        await chat.agentSays(/工号/u, 0, 120_000);
        await chat.say('没有别的事了，再见');
        await chat.waitFor((e) => e.event === 'end', 120_000, 'end');
      }),
    );
    const records = await stopAndRead();
    const sessions = summariseSessions(records);
    expect(sessions).toHaveLength(200);
    expect(sessions.filter((s) => s.endedBy === 'agent')).toHaveLength(200);
    expect(sessions.filter((s) => s.queuedAt !== undefined)).toHaveLength(150);
  });
});

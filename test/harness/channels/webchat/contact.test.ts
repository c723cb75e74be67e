/**
 * Contact-level failures of a web chat: each is returned as data (outcome + error with a stable
 * code), never thrown, and the turns captured before the failure stay in the Interaction.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ContactContext } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import { BOT, startChatFixture, type ChatFixture } from '../../../fixtures/webchat/chat-server.js';
import { testConfig, testContext, testScenario } from './config.js';

let fixture: ChatFixture;
let channel: Channel;

/** Resolves once the channel reports (ContactContext.onProgress) that it has captured the centre's greeting. */
function greetingCaptured(): { onProgress: NonNullable<ContactContext['onProgress']>; done: Promise<void> } {
  let seen!: () => void;
  const done = new Promise<void>((resolve) => (seen = resolve));
  return {
    onProgress: async (update) => {
      if (update.turns?.some((t) => t.text === BOT.greeting)) seen();
    },
    done,
  };
}

beforeAll(async () => {
  fixture = await startChatFixture();
  channel = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300, readyTimeoutMs: 1500, actionTimeoutMs: 1500 });
});

afterAll(async () => {
  await channel?.close();
  await fixture?.close();
});

/** A loopback URL on which nothing listens: bind a free port, then release it. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('failures are data', () => {
  it('reports a ready selector that never appears as E_SELECTOR_TIMEOUT naming the selector', async () => {
    const scenario = testScenario({
      target: {
        selectors: { input: '#input', send: '#send', messages: '#messages', agentMessage: '.msg.agent', ready: '#widget-ready' },
      },
      steps: [{ wait: '工号' }],
    });
    const result = await channel.place(testContext(scenario));
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('E_SELECTOR_TIMEOUT');
    expect(result.error?.message).toContain('ready');
    expect(result.error?.message).toContain('#widget-ready');
    expect(result.error?.hint).toMatch(/target\.selectors/);
    expect(result.events.map((e) => e.type)).toContain('error');
  });

  it('reports an unreachable centre as E_CENTRE_UNREACHABLE naming the URL', async () => {
    const url = await deadUrl();
    const dead = await createWebchatChannel(testConfig(url));
    try {
      const ctx = testContext(testScenario({ steps: [{ wait: '工号' }] }));
      const result = await dead.place(ctx);
      expect(result.outcome).toBe('failed');
      expect(result.error?.code).toBe('E_CENTRE_UNREACHABLE');
      expect(result.error?.message).toContain(`${url}/chat?ref=${ctx.contactId}`);
      expect(result.turns).toEqual([]);
    } finally {
      await dead.close();
    }
  });

  it('reports an HTTP error page as E_CENTRE_UNREACHABLE', async () => {
    const scenario = testScenario({ target: { chatUrl: '{{centre}}/no-such-page' }, steps: [{ wait: '工号' }] });
    const result = await channel.place(testContext(scenario));
    expect(result.error?.code).toBe('E_CENTRE_UNREACHABLE');
    expect(result.error?.message).toMatch(/HTTP 404/);
  });

  it('fails a wait that times out with E_WAIT_TIMEOUT and keeps the turns captured so far', async () => {
    const scenario = testScenario({
      steps: [{ wait: '工号' }, { say: '想问一下宽带套餐' }, { wait: { pattern: '上门安装时间', timeoutMs: 1500 } }, { say: '不会发出' }],
    });
    const result = await channel.place(testContext(scenario));
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatchObject({ code: 'E_WAIT_TIMEOUT', step: 'steps.2' });
    expect(result.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['agent', BOT.greeting],
      ['customer', '想问一下宽带套餐'],
      ['agent', BOT.broadband],
    ]);
  });

  it('refuses DTMF in a chat with E_UNSUPPORTED at the press step', async () => {
    const scenario = testScenario({ steps: [{ wait: '工号' }, { press: '1' }] });
    const result = await channel.place(testContext(scenario));
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatchObject({ code: 'E_UNSUPPORTED', step: 'steps.1' });
    expect(result.turns[0]?.text).toBe(BOT.greeting);
  });

  it('reports an input that cannot be found when saying a line, naming the selector', async () => {
    const scenario = testScenario({
      target: {
        selectors: { input: '#no-input-here', send: '#send', messages: '#messages', agentMessage: '.msg.agent', text: '.text', ready: '#messages' },
      },
      steps: [{ wait: '工号' }, { say: '你好' }],
    });
    const result = await channel.place(testContext(scenario));
    expect(result.error).toMatchObject({ code: 'E_SELECTOR_TIMEOUT', step: 'steps.1' });
    expect(result.error?.message).toContain('#no-input-here');
    expect(result.turns[0]?.text).toBe(BOT.greeting);
  });

  it('reports an invalid CSS selector as E_SELECTOR_INVALID naming its role', async () => {
    const scenario = testScenario({
      target: {
        selectors: { input: '#input', send: '#send', messages: '#messages', agentMessage: '.msg[[agent', text: '.text' },
      },
      steps: [{ wait: '工号' }],
    });
    const result = await channel.place(testContext(scenario));
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('E_SELECTOR_INVALID');
    expect(result.error?.message).toContain('agentMessage ".msg[[agent"');
  });

  it('ends normally when the agent closed the chat first (end has nothing left to click)', async () => {
    const scenario = testScenario({ steps: [{ wait: '工号' }, { say: '没有了' }, { wait: '再见' }, { pause: 300 }, { end: true }] });
    const result = await channel.place(testContext(scenario));
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('completed');
    expect(result.turns.at(-1)).toMatchObject({ speaker: 'system', text: BOT.ended });
  });

  it('fails with E_CLOSED_BY_CENTRE when the customer writes after the agent closed the chat', async () => {
    const scenario = testScenario({ steps: [{ wait: '工号' }, { say: '没有了' }, { pause: 1500 }, { say: '等一下，还有个问题' }] });
    const result = await channel.place(testContext(scenario));
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatchObject({ code: 'E_CLOSED_BY_CENTRE', step: 'steps.3' });
    expect(result.turns.map((t) => t.text)).toContain(BOT.survey);
  });

  it('notes an end button that cannot be clicked instead of failing the contact', async () => {
    // The custom widget has no status element: the channel cannot see that the agent closed the
    // chat, and the disabled end button times out.
    const scenario = testScenario({
      target: {
        chatUrl: '{{centre}}/custom',
        selectors: { input: '#composer', messages: '#chatlog', agentMessage: '.bubble.from-bot', text: '.content', end: '.hangup' },
      },
      steps: [{ wait: '工号' }, { say: '没有了' }, { wait: '评价' }, { pause: 500 }, { end: true }],
    });
    const result = await channel.place(testContext(scenario));
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('completed');
    const warning = result.events.find((e) => e.type === 'warning');
    expect(warning?.detail).toMatchObject({ code: 'E_SELECTOR_TIMEOUT' });
    expect(String(warning?.detail?.message)).toContain('.hangup');
  });

  it('rejects an unknown selectors preset before opening a page', async () => {
    const scenario = testScenario({ target: { selectors: 'no-such-widget' }, steps: [{ wait: '工号' }] });
    const result = await channel.place(testContext(scenario));
    expect(result.error?.code).toBe('E_SELECTORS_UNKNOWN');
    expect(result.error?.hint).toContain('simulated-centre');
  });

  it('ends as abandoned when the run is interrupted, keeping the turns so far', async () => {
    const controller = new AbortController();
    const scenario = testScenario({ steps: [{ wait: '工号' }, { wait: { pattern: '永远不会出现', timeoutMs: 60_000 } }] });
    const captured = greetingCaptured();
    const ctx = testContext(scenario, { signal: controller.signal, onProgress: captured.onProgress });
    const started = Date.now();
    const pending = channel.place(ctx);
    // Abort once the harness has captured the greeting: the centre having sent it is not enough on a busy machine.
    await captured.done;
    controller.abort();
    const result = await pending;
    expect(result.outcome).toBe('abandoned');
    expect(result.error?.code).toBe('E_ABORTED');
    expect(result.turns[0]?.text).toBe(BOT.greeting);
    expect(Date.now() - started).toBeLessThan(50_000);
  });
});

describe('browser problems', () => {
  it('returns E_BROWSER_MISSING (with a setup hint) when Chromium is not installed', async () => {
    const config = testConfig(fixture.url);
    const missing = await createWebchatChannel({ ...config, browser: { ...config.browser, executablePath: '/nonexistent/chromium' } });
    try {
      const result = await missing.place(testContext(testScenario({ steps: [{ wait: '工号' }] })));
      expect(result.outcome).toBe('failed');
      expect(result.error?.code).toBe('E_BROWSER_MISSING');
      expect(result.error?.message).toContain('/nonexistent/chromium');
      expect(result.error?.hint).toMatch(/npm run setup|apt-get install -y chromium/);
    } finally {
      await missing.close();
    }
  });

  it('reports a browser that dies mid-chat as E_PAGE_CRASHED and keeps the turns', async () => {
    const doomed = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300 });
    const scenario = testScenario({ steps: [{ wait: '工号' }, { wait: { pattern: '永远不会出现', timeoutMs: 60_000 } }] });
    const captured = greetingCaptured();
    const ctx = testContext(scenario, { onProgress: captured.onProgress });
    const pending = doomed.place(ctx);
    await captured.done;
    await doomed.close();
    const result = await pending;
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('E_PAGE_CRASHED');
    expect(result.turns[0]?.text).toBe(BOT.greeting);
  });
});

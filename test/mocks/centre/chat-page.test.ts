/**
 * The chat page in a real browser (Debian Chromium via playwright-core): the DOM contract the
 * web-chat channel relies on, Enter to send, the end button, and agent release when the tab closes.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_CHROMIUM_ARGS } from '../../../harness/channels/webchat/browser.js';
import { readGroundTruth } from '../../../mocks/centre/ground-truth.js';
import { startCentre, type RunningCentre } from '../../../mocks/centre/server.js';


let browser: Browser;
let centre: RunningCentre;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...REQUIRED_CHROMIUM_ARGS], headless: true });
  const dir = await mkdtemp(join(tmpdir(), 'centre-page-'));
  centre = await startCentre({ groundTruthPath: join(dir, 'gt.jsonl'), agents: 1, profile: 'exemplary', timeScale: 0.02 });
});

afterAll(async () => {
  await browser?.close();
  await centre?.close();
});

describe('chat page in Chromium', () => {
  it('shows queue, agent and customer messages in the agreed DOM and ends on 结束会话', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${centre.url}/chat?ref=page-1`);
    expect(await page.title()).toBe('在线客服');
    await page.waitForSelector('#status[data-state="chatting"]');
    await page.waitForSelector('#messages .msg.agent .text >> text=/工号\\d+/');
    await page.fill('#input', '你好，我的信用卡丢了');
    await page.press('#input', 'Enter');
    await page.waitForSelector('#messages .msg.customer[data-seq] .text >> text=信用卡丢了');
    await page.waitForSelector('#messages .msg.agent .text >> text=/身份证后四位/');
    expect(await page.inputValue('#input')).toBe('');
    await page.click('#end');
    await page.waitForSelector('#status[data-state="ended"]');
    await page.waitForSelector('#messages .msg.system .text >> text=会话已结束');
    const messages = await page.$$eval('#messages .msg', (els) =>
      els.map((el) => ({
        kind: el.className,
        seq: el.getAttribute('data-seq'),
        who: el.querySelector('.who')?.textContent,
        text: el.querySelector('.text')?.textContent,
      })),
    );
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => String(i + 1)));
    expect(messages[0]).toMatchObject({ kind: 'msg system' });
    expect(messages.find((m) => m.kind === 'msg agent')?.who).toBe('客服小李');
    expect(messages.find((m) => m.kind === 'msg customer')).toMatchObject({ who: '我', text: '你好，我的信用卡丢了' });
    expect(await page.isDisabled('#input')).toBe(true);
    await context.close();
  });

  it('queues a second page while the only agent is busy, and frees the agent when a tab closes', async () => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    const p1 = await first.newPage();
    await p1.goto(`${centre.url}/chat?ref=page-2`);
    await p1.waitForSelector('#status[data-state="chatting"]');
    const p2 = await second.newPage();
    await p2.goto(`${centre.url}/chat?ref=page-3`);
    await p2.waitForSelector('#status[data-state="queued"]');
    await p2.waitForSelector('#messages .msg.system .text >> text=当前排队人数1，请稍候…');
    await first.close(); // the stream drops: the centre ends page-2 and the agent moves on
    await p2.waitForSelector('#status[data-state="chatting"]');
    await p2.waitForSelector('#messages .msg.agent .text >> text=/工号/');
    await second.close();
    await centre.close();
    const records = await readGroundTruth(centre.groundTruthPath);
    expect(records.find((r) => r.type === 'end' && r.ref === 'page-2')).toMatchObject({ by: 'disconnect' });
    expect(records.find((r) => r.type === 'queued' && r.ref === 'page-3')).toMatchObject({ position: 1 });
  });
});

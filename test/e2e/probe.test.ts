/**
 * `mystery-shopper probe` as a user runs it: a separate process against a vendor-shaped page
 * served by the test, the skeleton and screenshot on disk, the exit codes 0 / 2 / 1.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startWidgetFixtures, type WidgetFixtures } from '../fixtures/probe/widget-server.js';
import { cli } from './cli-helpers.js';

let fixtures: WidgetFixtures;
let dir: string;

beforeAll(async () => {
  fixtures = await startWidgetFixtures();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-probe-'));
});
afterAll(async () => {
  await fixtures?.close();
});

describe('CLI: probe', () => {
  it('finds a usable chat with --send: exit 0, skeleton and screenshot written, short report', async () => {
    const out = path.join(dir, 'crisp.yaml');
    const shot = path.join(dir, 'crisp.png');
    const r = await cli(['probe', `${fixtures.url}/crisp-like`, '--send', '你好', '--out', out, '--screenshot', shot, '--timeout', '15000']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('found a usable chat');
    expect(r.stdout).toMatch(/✓ agentMessage +\[data-from="operator"\]/);
    expect(r.stdout).toContain(`wrote ${out}`);
    const doc = parse(await readFile(out, 'utf8'));
    expect(doc.target.chatUrl).toBe('{{centre}}/crisp-like');
    expect(doc.target.selectors.customerMessage).toBe('[data-from="visitor"]');
    expect((await stat(shot)).size).toBeGreaterThan(1000);
    const v = await cli(['validate', out]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });

  it('only part of a chat (pre-chat form, nothing sent): exit 2, skeleton with TODOs, never overwrites without --force', async () => {
    const out = path.join(dir, 'meiqia.yaml');
    const r = await cli(['probe', `${fixtures.url}/meiqia-like`, '--out', out, '--timeout', '10000']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('NOT submitted (needs --send)');
    const text = await readFile(out, 'utf8');
    expect(text).toContain('agentMessage: "TODO"');
    expect((await cli(['validate', out])).code).toBe(0);
    expect(existsSync(out.replace(/\.yaml$/, '.png'))).toBe(true);
    const again = await cli(['probe', `${fixtures.url}/meiqia-like`, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists; probe does not overwrite');
  });

  it('bad arguments: exit 1 with a hint, no browser started', async () => {
    const notUrl = await cli(['probe', 'shop.example.cn']);
    expect(notUrl.code).toBe(1);
    expect(notUrl.stderr).toContain('is not an absolute URL');
    const badTimeout = await cli(['probe', 'http://127.0.0.1:1/', '--timeout', 'soon']);
    expect(badTimeout.code).toBe(1);
    expect(badTimeout.stderr).toContain('expected milliseconds');
  });
});

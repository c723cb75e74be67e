import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SharedBrowser } from '../../../../harness/channels/webchat/browser.js';
import { reapedLaunch } from '../../../../harness/channels/webchat/chromium-reaper.js';
import { testConfig } from './config.js';

interface Proc {
  pid: number;
  ppid: number;
  state: string;
  comm: string;
}

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), { pid: Number(name), ppid: Number(f[1]), state: f[0]!, comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {
      /* ended while we looked */
    }
  }
  return out;
}

function descendantsOf(root: number, all: Map<number, Proc>): Proc[] {
  const out: Proc[] = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const p of all.values()) {
      if (p.ppid !== parent) continue;
      out.push(p);
      queue.push(p.pid);
    }
  }
  return out;
}

const isLinux = process.platform === 'linux';

describe('reapedLaunch', () => {
  it('starts Chromium directly when the wrapper is turned off', async () => {
    expect(await reapedLaunch('/usr/bin/chromium', false)).toEqual({ executablePath: '/usr/bin/chromium', reaped: false });
  });

  it.runIf(isLinux && process.arch === 'x64')('hands the real executable and the prctl number to the wrapper', async () => {
    const target = await reapedLaunch('/opt/some/chromium');
    expect(target.reaped).toBe(true);
    expect(target.executablePath).toMatch(/chromium-reaper\.pl$/u);
    expect(target.env?.MS_CHROMIUM_EXECUTABLE).toBe('/opt/some/chromium');
    expect(target.env?.MS_PRCTL_SYSCALL).toBe('157');
  });
});

describe.runIf(isLinux)('SharedBrowser close', () => {
  it('leaves no process of the browser behind, running or zombie', async () => {
    const shared = new SharedBrowser(testConfig('http://127.0.0.1:9').browser);
    const result = await shared.get();
    if (!result.ok) throw new Error(result.error.message);
    // Two contexts with a page each: renderers, zygotes and utility processes all exist now.
    for (let i = 0; i < 2; i++) {
      const page = await (await result.browser.newContext()).newPage();
      await page.setContent('<p>hello</p>');
    }
    const during = descendantsOf(process.pid, processes()).filter((p) => /chrom|crashpad|reaper/iu.test(p.comm));
    expect(during.length).toBeGreaterThan(2);

    await shared.close();

    // Whatever was ours and still exists — under us, or handed to PID 1 as an orphan — is a leak.
    const after = processes();
    const left = during.map((p) => after.get(p.pid)).filter((p): p is Proc => p !== undefined && /chrom|crashpad|reaper/iu.test(p.comm));
    expect(left.map((p) => `${p.pid} ${p.comm} ${p.state} ppid=${p.ppid}`)).toEqual([]);
  });
});

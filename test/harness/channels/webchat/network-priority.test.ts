/**
 * The network service gets the browser process's priority, and keeps it (network-priority.ts): checked
 * on a real Chromium. Renicing below 0 needs root or CAP_SYS_NICE; without it the browser itself stays at 0
 * and there is nothing to raise, which is checked instead.
 */
import { readdir, readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { SharedBrowser } from '../../../../harness/channels/webchat/browser.js';
import { raiseNetworkServicePriority } from '../../../../harness/channels/webchat/network-priority.js';
import { testConfig } from './config.js';

const browserConfig = testConfig('http://127.0.0.1:9').browser;

interface Proc {
  pid: number;
  ppid: number;
  nice: number;
  cmd: string;
}

async function processes(): Promise<Proc[]> {
  const out: Proc[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'latin1');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(name), ppid: Number(rest[1]), nice: Number(rest[16]), cmd: await readFile(`/proc/${name}/cmdline`, 'latin1') });
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Nice of every thread of a process. */
async function threadNices(pid: number): Promise<number[]> {
  const nices: number[] = [];
  for (const tid of await readdir(`/proc/${pid}/task`)) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'latin1').catch(() => '');
    if (stat) nices.push(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return nices;
}

async function until<T>(find: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(process.platform === 'linux')('raiseNetworkServicePriority', () => {
  const shared = new SharedBrowser(browserConfig, { networkServicePriority: true });
  afterAll(() => shared.close());

  it('gives every thread of the network service the nice of the browser process that started it', async () => {
    const result = await shared.get();
    if (!result.ok) throw new Error(result.error.message);
    const page = await (await result.browser.newContext()).newPage();
    await page.goto('data:text/html,<p>hi</p>');
    const { service, browser } = await until(async () => {
      const all = await processes();
      // Ours only: other Chromiums may run on the machine.
      const ours = new Set([process.pid]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const p of all) if (ours.has(p.ppid) && !ours.has(p.pid)) grew = Boolean(ours.add(p.pid));
      }
      const service = all.find((p) => ours.has(p.pid) && p.cmd.includes('network.mojom.NetworkService'));
      const browser = service && all.find((p) => p.pid === service.ppid);
      return service && browser ? { service, browser } : undefined;
    }, 'the network service');
    // SharedBrowser renices it in the background: wait for it, then every thread must have it.
    await until(async () => ((await threadNices(service.pid)).every((n) => n === Math.min(0, browser.nice)) ? true : undefined), 'the network service reniced');
    expect(new Set(await threadNices(service.pid))).toEqual(new Set([Math.min(0, browser.nice)]));
    // Chromium's thread-pool workers set their own priority when they start (a default worker goes back
    // to nice 0): the watch must bring such a thread back. Only root can put it back down to test that.
    if (browser.nice < 0) {
      // After the looks of the first seconds (FIRST_LOOKS_MS), so that only the watch can fix it.
      await new Promise((r) => setTimeout(r, 2_500));
      const [tid] = (await readdir(`/proc/${service.pid}/task`)).map(Number).filter((t) => t !== service.pid);
      setPriority(tid!, 0);
      await until(async () => ((await threadNices(service.pid)).every((n) => n === browser.nice) ? true : undefined), 'a thread put back at 0 reniced again');
    }
  });

  it('does nothing, without throwing, where there is no Chromium', async () => {
    expect(await raiseNetworkServicePriority(2 ** 22 + 17)).toEqual({ reniced: [], nice: null });
  });
});

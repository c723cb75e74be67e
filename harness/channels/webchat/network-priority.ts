/**
 * Chromium's network service at the priority Chromium gives its own browser process.
 *
 * Every chat message goes centre → kernel → network service → renderer, and the page clock stamps it
 * in the renderer. Chromium (when allowed to: root or CAP_SYS_NICE) runs its browser's UI and IO
 * threads and the GPU process at nice -8 ("display critical"), but leaves the network service's
 * utility process at 0, among 200 renderers and Node. Under load it then waits behind them, and
 * every chat's messages wait with it: in the level-200 chat bench the late messages came in bursts
 * (four and more chats' messages, each over 300 ms late, stamped within the same 100 ms — the
 * network service handing on a backlog at once). With its threads at the browser's nice the
 * bursts went away (0 such windows against 4-33 per run; see docs/chat-widgets.md).
 *
 * Linux only, best effort: a process we cannot read or renice is left as it is.
 */
import { readdir, readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';

const NETWORK_SERVICE = '--utility-sub-type=network.mojom.NetworkService';

interface ProcInfo {
  pid: number;
  ppid: number;
  nice: number;
}

async function readProc(pid: number): Promise<ProcInfo | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'latin1');
    // Fields after "(comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice …
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(rest[1]), nice: Number(rest[16]) };
  } catch {
    return null;
  }
}

/** Our descendants (Chromium runs under the reaper wrapper, so not only children). */
async function descendants(root: number): Promise<ProcInfo[]> {
  const names = await readdir('/proc').catch(() => [] as string[]);
  const all = (await Promise.all(names.filter((n) => /^\d+$/u.test(n)).map((n) => readProc(Number(n))))).filter((p): p is ProcInfo => p !== null);
  const children = new Map<number, ProcInfo[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcInfo[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child.pid);
    }
  }
  return out;
}

async function cmdline(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => '');
}

export interface NetworkPriorityResult {
  /** Network service processes whose threads were reniced. */
  reniced: number[];
  /** The nice value given (the browser process's), or null when there was nothing to do. */
  nice: number | null;
}

/** Nice of each thread of a process (threads that are gone are left out). */
async function threadNices(pid: number): Promise<Map<number, number>> {
  const nices = new Map<number, number>();
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const info = await readProc(Number(tid));
    if (info) nices.set(Number(tid), info.nice);
  }
  return nices;
}

/**
 * Passes over a process's threads before giving up on catching them all. Each pass lists the threads
 * again: one started while we renice (Chromium's thread pools start threads on demand) appears only on
 * the next listing.
 */
const RENICE_PASSES = 8;

/** What reniceAllThreads found: `gone` (no threads: the process ended), `reniced`, `already` at the nice, or `refused`. */
type ReniceOutcome = 'gone' | 'reniced' | 'already' | 'refused';

/**
 * Lower every thread of `pid` to `nice`, listing the threads again until a pass finds none above it.
 * `refused` when not allowed (no CAP_SYS_NICE) or when threads kept appearing.
 */
async function reniceAllThreads(pid: number, nice: number): Promise<ReniceOutcome> {
  for (let pass = 0; pass < RENICE_PASSES; pass++) {
    const threads = await threadNices(pid);
    if (threads.size === 0) return 'gone';
    const above = [...threads].filter(([, n]) => n > nice);
    if (above.length === 0) return pass > 0 ? 'reniced' : 'already';
    for (const [tid] of above) {
      try {
        setPriority(tid, nice);
      } catch (error) {
        // Gone since the listing: the next pass will not list it. Anything else: not allowed.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') return 'refused';
      }
    }
  }
  return 'refused';
}

interface NetworkService {
  pid: number;
  /** The nice of the browser process that started it. */
  browserNice: number;
}

/** Network service processes below `root`, with the nice of the browser process that started each. */
async function findNetworkServices(root: number): Promise<NetworkService[]> {
  const procs = await descendants(root);
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const found: NetworkService[] = [];
  for (const p of procs) {
    const browser = byPid.get(p.ppid);
    if (browser && (await cmdline(p.pid)).includes(NETWORK_SERVICE)) found.push({ pid: p.pid, browserNice: browser.nice });
  }
  return found;
}

/**
 * Renice every thread of each network service process below `root` (default: this process) to the
 * nice of the process that started it (Chromium's browser process), when that is lower. Returns
 * what it did; never throws.
 */
export async function raiseNetworkServicePriority(root = process.pid): Promise<NetworkPriorityResult> {
  if (process.platform !== 'linux') return { reniced: [], nice: null };
  const reniced: number[] = [];
  let nice: number | null = null;
  for (const service of await findNetworkServices(root)) {
    if ((await reniceAllThreads(service.pid, service.browserNice)) === 'reniced') {
      reniced.push(service.pid);
      nice = service.browserNice;
    }
  }
  return { reniced, nice };
}

/** Looks for the network service in the first seconds after launch (ms); it starts a moment after the browser. */
const FIRST_LOOKS_MS = [0, 100, 500, 2_000];
/**
 * Then one look this often while the browser runs. Renicing once is not enough: Chromium's thread
 * pools start worker threads on demand and each sets its own priority from its type (a default
 * worker puts itself back at nice 0), so threads at the old priority keep appearing; a test on a
 * loaded machine saw one in two runs of three. A look reads a dozen /proc files of one process.
 * @default 2000
 */
const WATCH_EVERY_MS = 2_000;

/**
 * Keep the network service's threads at the browser's priority while `running()` says the browser
 * runs: raiseNetworkServicePriority's renice, repeated, following the service if it restarts.
 * Never throws; its timers do not keep the process alive.
 */
export async function watchNetworkServicePriority(running: () => boolean, root = process.pid): Promise<void> {
  if (process.platform !== 'linux') return;
  let services: NetworkService[] = [];
  let waited = 0;
  for (let look = 0; ; look++) {
    const at = FIRST_LOOKS_MS[look] ?? waited + WATCH_EVERY_MS;
    await new Promise((resolve) => setTimeout(resolve, at - waited).unref());
    waited = at;
    if (!running()) return;
    if (services.length === 0) services = await findNetworkServices(root).catch(() => []);
    const outcomes = await Promise.all(services.map((s) => reniceAllThreads(s.pid, s.browserNice).catch(() => 'refused' as const)));
    // A service that is gone (crashed, restarted by the browser) lists no threads: find it again next look.
    if (outcomes.includes('gone')) services = [];
  }
}

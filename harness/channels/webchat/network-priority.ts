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

/**
 * Renice every thread of each network service process below `root` (default: this process) to the
 * nice of the process that started it (Chromium's browser process), when that is lower. Returns
 * what it did; never throws.
 */
export async function raiseNetworkServicePriority(root = process.pid): Promise<NetworkPriorityResult> {
  if (process.platform !== 'linux') return { reniced: [], nice: null };
  const procs = await descendants(root);
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const reniced: number[] = [];
  let nice: number | null = null;
  for (const p of procs) {
    const browser = byPid.get(p.ppid);
    if (!browser || p.nice <= browser.nice || !(await cmdline(p.pid)).includes(NETWORK_SERVICE)) continue;
    const tids = await readdir(`/proc/${p.pid}/task`).catch(() => [] as string[]);
    let all = tids.length > 0;
    for (const tid of tids) {
      try {
        setPriority(Number(tid), browser.nice);
      } catch {
        all = false; // not allowed (no CAP_SYS_NICE), or the thread is gone
      }
    }
    if (all) {
      reniced.push(p.pid);
      nice = browser.nice;
    }
  }
  return { reniced, nice };
}

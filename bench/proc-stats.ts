/**
 * Resource figures of this process and its children (Chromium runs as a tree of child
 * processes): memory and CPU seconds, read from /proc so they include the browser. Memory is
 * PSS (proportional set size) where the kernel offers it: Chromium's processes share most of
 * their pages, and summing plain RSS would count those once per process.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100;
const PAGE = 4096;

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(name)]);
    } catch {
      /* process ended while we looked */
    }
  }
  return tree;
}

function descendants(root: number): number[] {
  const tree = children();
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(tree.get(out[i]!) ?? []));
  return out;
}

function memoryOf(pid: number): number {
  try {
    const pss = /^Pss:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (pss) return Number(pss[1]) * 1024;
  } catch {
    /* older kernel or no permission: fall back to RSS */
  }
  return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
}

/** Memory bytes (PSS, else RSS) and CPU seconds (user+system) of this process and all its descendants. */
export function treeUsage(root = process.pid): { rssBytes: number; cpuSec: number } {
  let rssBytes = 0;
  let ticks = 0;
  for (const pid of descendants(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
      rssBytes += memoryOf(pid);
    } catch {
      /* gone */
    }
  }
  return { rssBytes, cpuSec: ticks / CLK_TCK };
}

/** Samples treeUsage until stopped; returns the peak memory (PSS where available). */
export function samplePeakMemory(intervalMs = 250): { stop(): number } {
  let peak = treeUsage().rssBytes;
  const t = setInterval(() => {
    peak = Math.max(peak, treeUsage().rssBytes);
  }, intervalMs);
  return {
    stop() {
      clearInterval(t);
      return Math.max(peak, treeUsage().rssBytes);
    },
  };
}

export const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

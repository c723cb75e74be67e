/**
 * Samples CPU and memory of a process tree (the benchmark's Node process and its Chromium, whose
 * processes are its descendants) while a benchmark runs, so the figures include the browser.
 * Reading them once at the end misses Chromium: by then it has closed, and a process's CPU time
 * vanishes from /proc with it.
 *
 * Cheap on purpose, so the sampler does not load the machine it measures (measured: a PSS pass
 * over 100 Chromium processes costs ~300 ms of CPU — smaps_rollup walks each process's page
 * tables, and V8 reserves huge address spaces — while reading 250 stat files costs a few ms):
 * - CPU: once a second, /proc/<pid>/stat of the tree only (ppid and ticks from one read, split
 *   by hand); a process found outside the tree is remembered and not read again;
 * - PSS: within a CPU budget (default 2% of one core: a pass that took 300 ms waits 15 s for the
 *   next), and only while the tree is near its largest, which is when memory peaks.
 * The sampler's own CPU time is measured and reported with the figures.
 *
 * CPU per process is counted from the first to the last time it was seen (a process that started
 * during the window counts from zero; one that ended counts up to its last sample, so at most one
 * interval of a dying process is lost). Processes are told apart by pid and start time, so a
 * reused pid is not mistaken for the old process.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100;

export interface ProcSamplerOptions {
  /** Root of the tree. @default process.pid */
  root?: number;
  /** Subtrees left out (e.g. an emulator's child process), by root pid; read at every sample. */
  exclude?: () => readonly number[];
  /** CPU sampling interval. @default 1000 */
  intervalMs?: number;
  /** Share of one core the PSS passes may use (the expensive part). @default 0.02 */
  pssBudget?: number;
}

export interface TreeFigures {
  /** CPU seconds (user + system) of the tree over the window, Chromium included. */
  cpuSec: number;
  /** Highest PSS of the tree seen (bytes); PSS counts shared pages once, unlike summed RSS. */
  peakPssBytes: number;
  /** Most processes in the tree at one sample. */
  peakProcesses: number;
  /** CPU seconds by kind of process: node, browser, renderer, gpu-process, utility, zygote … */
  cpuSecByKind: Record<string, number>;
  /** CPU seconds the sampler itself used, and how many samples it took. */
  samplerCpuSec: number;
  samples: number;
}

interface ProcStat {
  ppid: number;
  ticks: number;
  start: string;
}

/** One pass over /proc: ppid, CPU ticks and start time of every visible process not in `skip`. */
export function readAllStats(skip?: ReadonlySet<number>): Map<number, ProcStat> {
  const out = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const pid = Number(name);
    if (skip?.has(pid)) continue;
    try {
      const raw = readFileSync(`/proc/${name}/stat`, 'latin1');
      // Fields after "(comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt
      // cmajflt utime stime cutime cstime priority nice threads itrealvalue starttime …
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ', 20);
      out.set(pid, { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), start: f[19]! });
    } catch {
      /* ended while we looked */
    }
  }
  return out;
}

/** The pids of `root` and all its descendants, leaving out the subtrees rooted at `exclude`. */
export function treeOf(stats: Map<number, ProcStat>, root: number, exclude: readonly number[] = []): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) {
    const list = children.get(s.ppid);
    if (list) list.push(pid);
    else children.set(s.ppid, [pid]);
  }
  const skip = new Set(exclude);
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const child of children.get(out[i]!) ?? []) if (!skip.has(child)) out.push(child);
  return out;
}

export function pssOf(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    /* gone, or a kernel without smaps_rollup: fall back to RSS */
  }
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * 4096;
  } catch {
    return 0;
  }
}

/** What a process is, from its command line (read once per process): Chromium's --type, else its name. */
export function kindOf(pid: number): string {
  try {
    // Chromium rewrites its children's command lines into one space-separated string.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    const type = /--type=([\w-]+)/u.exec(cmdline);
    if (type) return type[1]!;
    const exe = (cmdline.split(/[\0 ]/u)[0] ?? '').split('/').pop() ?? '';
    return /^chrom/iu.test(exe) ? 'browser' : exe || 'unknown';
  } catch {
    return 'unknown';
  }
}

export class ProcSampler {
  private readonly first = new Map<string, number>();
  private readonly kinds = new Map<string, string>();
  /** Processes whose kind was read a second time (see sample). */
  private readonly kindSettled = new Set<string>();
  /** Processes seen outside the tree: a process never joins another's tree, so they are skipped. */
  private readonly foreign = new Set<number>();
  private nextPssAt = 0;
  private readonly last = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private samples = 0;
  private peakPss = 0;
  private peakProcesses = 0;
  private selfCpuMicros = 0;
  /**
   * Cumulative CPU ticks of the tree at each sample, in all and by kind of process, to read the CPU
   * of a window of the run (the ramp: what grows with the chats being started).
   */
  private readonly timeline: { atEpochMs: number; ticks: number; byKind: Record<string, number> }[] = [];
  private readonly root: number;

  constructor(private readonly options: ProcSamplerOptions = {}) {
    this.root = options.root ?? process.pid;
  }

  /** Takes a first sample (the baseline of processes already running) and starts the timer. */
  start(): this {
    this.sample(true);
    this.timer = setInterval(() => this.sample(false), this.options.intervalMs ?? 1000);
    this.timer.unref();
    return this;
  }

  /** Takes a last sample and returns the figures of the window. */
  stop(): TreeFigures {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample(false, true);
    let ticks = 0;
    const byKind: Record<string, number> = {};
    for (const [key, last] of this.last) {
      const used = last - (this.first.get(key) ?? 0);
      ticks += used;
      const kind = this.kinds.get(key) ?? 'unknown';
      byKind[kind] = (byKind[kind] ?? 0) + used / CLK_TCK;
    }
    return { cpuSec: ticks / CLK_TCK, cpuSecByKind: byKind, peakPssBytes: this.peakPss, peakProcesses: this.peakProcesses, samplerCpuSec: this.selfCpuMicros / 1e6, samples: this.samples };
  }

  /**
   * Cores the tree used on average between two epoch times, from the samples around them (a
   * window shorter than two sampling intervals is null: too coarse to say).
   */
  coresBetween(fromEpochMs: number, toEpochMs: number): number | null {
    const window = this.windowOf(fromEpochMs, toEpochMs);
    return window ? window.cpuSec / window.sec : null;
  }

  /**
   * CPU seconds of the tree between two epoch times, in all and by kind of process, from the
   * samples around them (null for a window shorter than two sampling intervals, as coresBetween).
   */
  cpuBetween(fromEpochMs: number, toEpochMs: number): { sec: number; cpuSec: number; cpuSecByKind: Record<string, number> } | null {
    return this.windowOf(fromEpochMs, toEpochMs);
  }

  private windowOf(fromEpochMs: number, toEpochMs: number): { sec: number; cpuSec: number; cpuSecByKind: Record<string, number> } | null {
    const from = this.timeline.findLast((p) => p.atEpochMs <= fromEpochMs) ?? this.timeline[0];
    const to = this.timeline.find((p) => p.atEpochMs >= toEpochMs) ?? this.timeline.at(-1);
    if (!from || !to || to.atEpochMs - from.atEpochMs < 2 * (this.options.intervalMs ?? 1000)) return null;
    const cpuSecByKind: Record<string, number> = {};
    for (const [kind, ticks] of Object.entries(to.byKind)) cpuSecByKind[kind] = (ticks - (from.byKind[kind] ?? 0)) / CLK_TCK;
    return { sec: (to.atEpochMs - from.atEpochMs) / 1000, cpuSec: (to.ticks - from.ticks) / CLK_TCK, cpuSecByKind };
  }

  private sample(baseline: boolean, forcePss = false): void {
    const before = process.cpuUsage();
    const stats = readAllStats(this.foreign);
    const pids = treeOf(stats, this.root, this.options.exclude?.() ?? []);
    const inTree = new Set(pids);
    for (const pid of stats.keys()) if (!inTree.has(pid)) this.foreign.add(pid);
    this.peakProcesses = Math.max(this.peakProcesses, pids.length);
    for (const pid of pids) {
      const s = stats.get(pid);
      if (!s) continue;
      const key = `${pid}@${s.start}`;
      // A process first seen in the baseline counts from there; one born later counts from zero.
      if (!this.first.has(key)) {
        this.first.set(key, baseline ? s.ticks : 0);
        this.kinds.set(key, kindOf(pid));
      } else if (!this.kindSettled.has(key)) {
        // Read again at the second sighting: a child first seen between fork and exec (or before
        // Chromium rewrote its command line) still showed its parent's.
        this.kinds.set(key, kindOf(pid));
        this.kindSettled.add(key);
      }
      this.last.set(key, s.ticks);
    }
    const now = performance.now();
    if (forcePss || (now >= this.nextPssAt && pids.length >= 0.9 * this.peakProcesses)) {
      const passStart = process.cpuUsage();
      let pss = 0;
      for (const pid of pids) pss += pssOf(pid);
      this.peakPss = Math.max(this.peakPss, pss);
      const pass = process.cpuUsage(passStart);
      this.nextPssAt = now + (pass.user + pass.system) / 1000 / (this.options.pssBudget ?? 0.02);
    }
    let ticks = 0;
    const byKind: Record<string, number> = {};
    for (const [key, last] of this.last) {
      const used = last - (this.first.get(key) ?? 0);
      ticks += used;
      const kind = this.kinds.get(key) ?? 'unknown';
      byKind[kind] = (byKind[kind] ?? 0) + used;
    }
    this.timeline.push({ atEpochMs: Date.now(), ticks, byKind });
    this.samples += 1;
    const used = process.cpuUsage(before);
    this.selfCpuMicros += used.user + used.system;
  }
}

export const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

/**
 * CPU milliseconds used so far by this process (`node`) and by each kind of process in its tree
 * (renderer, browser, gpu-process …): call it before and after what is measured and subtract.
 */
export function cpuByKindOfTree(): () => Record<string, number> {
  const kinds = new Map<number, string>();
  return () => {
    const stats = readAllStats();
    const out: Record<string, number> = {};
    for (const pid of treeOf(stats, process.pid)) {
      if (pid === process.pid) continue;
      if (!kinds.has(pid)) kinds.set(pid, kindOf(pid));
      const kind = kinds.get(pid)!;
      out[kind] = (out[kind] ?? 0) + stats.get(pid)!.ticks * 10;
    }
    const own = process.cpuUsage();
    out.node = (own.user + own.system) / 1000;
    return out;
  };
}

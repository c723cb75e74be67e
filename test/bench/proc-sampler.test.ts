import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ProcSampler, kindOf, readAllStats, treeOf } from '../../bench/proc-sampler.js';

describe('treeOf', () => {
  it('walks children from the root and leaves out excluded subtrees', () => {
    const s = (ppid: number) => ({ ppid, ticks: 0, start: '1' });
    const stats = new Map([
      [1, s(0)],
      [10, s(1)],
      [11, s(10)],
      [12, s(10)],
      [13, s(12)],
      [20, s(1)],
    ]);
    expect(treeOf(stats, 10).sort()).toEqual([10, 11, 12, 13]);
    expect(treeOf(stats, 10, [12]).sort()).toEqual([10, 11]);
  });
});

describe('ProcSampler', () => {
  it('counts the CPU of a child process that ended during the window', async () => {
    const sampler = new ProcSampler({ intervalMs: 50, pssBudget: 1 }).start();
    // A child that burns CPU for a while and exits: its time must be in the figures even though
    // it is gone from /proc by the time the sampler stops.
    const child = spawn('/bin/sh', ['-c', 'i=0; while [ $i -lt 50000 ]; do i=$((i+1)); done'], { stdio: 'ignore' });
    const kinds = new Set<string>();
    const watch = setInterval(() => {
      if (child.pid && readAllStats().has(child.pid)) kinds.add(kindOf(child.pid));
    }, 20);
    await new Promise((resolve) => child.on('exit', resolve));
    clearInterval(watch);
    const figures = sampler.stop();
    expect(readAllStats().has(child.pid!)).toBe(false);
    expect(figures.cpuSecByKind.sh ?? 0).toBeGreaterThan(0);
    expect(figures.cpuSec).toBeGreaterThanOrEqual(figures.cpuSecByKind.sh!);
    expect(figures.peakPssBytes).toBeGreaterThan(0);
    expect(figures.samples).toBeGreaterThanOrEqual(2);
    expect(kinds.has('sh')).toBe(true);
  });
});

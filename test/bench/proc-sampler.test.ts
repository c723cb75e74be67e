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
  it('counts the CPU of a child process that ended during the window, under its own kind', async () => {
    const intervalMs = 50;
    const sampler = new ProcSampler({ intervalMs, pssBudget: 1 }).start();
    // A child that waits, burns CPU, waits again and exits: its time must be in the figures even
    // though it is gone from /proc by the time the sampler stops. The waits let the test be sure
    // (on a loaded machine too) that the sampler saw it after exec and after the burn.
    const child = spawn('/bin/sh', ['-c', 'read a; i=0; while [ $i -lt 50000 ]; do i=$((i+1)); done; echo burned; read b'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const pid = child.pid!;
    const burned = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('burned') && resolve()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const twoSamples = () => new Promise((resolve) => setTimeout(resolve, 3 * intervalMs));
    await until(() => kindOf(pid) === 'sh');
    await twoSamples();
    const beforeBurn = Date.now();
    const ticksBefore = readAllStats().get(pid)?.ticks ?? 0;
    child.stdin.write('go\n');
    await burned;
    const ticks = readAllStats().get(pid)?.ticks ?? 0;
    expect(ticks).toBeGreaterThan(0);
    await twoSamples();
    const afterBurn = Date.now();
    child.stdin.end();
    await exited;
    const figures = sampler.stop();
    expect(readAllStats().has(pid)).toBe(false);
    // All of the burn, seen before the exit (a tick or two of exiting may land after our read).
    expect(figures.cpuSecByKind.sh).toBeGreaterThanOrEqual(ticks / 100);
    expect(figures.cpuSecByKind.sh).toBeLessThanOrEqual((ticks + 2) / 100);
    expect(figures.cpuSec).toBeGreaterThanOrEqual(figures.cpuSecByKind.sh!);
    expect(figures.peakPssBytes).toBeGreaterThan(0);
    expect(figures.samples).toBeGreaterThanOrEqual(2);
    // The window around the burn holds the burn, under the child's kind, and at most the tree's total.
    const window = sampler.cpuBetween(beforeBurn, afterBurn);
    expect(window).not.toBeNull();
    expect(window!.cpuSecByKind.sh).toBeGreaterThanOrEqual((ticks - ticksBefore) / 100);
    expect(window!.cpuSecByKind.sh).toBeLessThanOrEqual((ticks + 2) / 100);
    expect(window!.cpuSec).toBeGreaterThanOrEqual(window!.cpuSecByKind.sh!);
    expect(sampler.coresBetween(beforeBurn, afterBurn)).toBeCloseTo(window!.cpuSec / window!.sec, 6);
  });
});

/** Polls until `done` holds (no time limit of its own: the test's timeout is the bound). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * How busy a process was during a benchmark: event-loop delay (how late timers and sockets were
 * served, which is what turns into webhook latency and timing error), garbage-collection pauses
 * and CPU time. Both sides of the voice benchmark report it, so a slow figure says whose it is.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export interface LoopStats {
  delayP50Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
  gcCount: number;
  gcMaxMs: number;
  gcTotalMs: number;
  cpuSec: number;
}

export function startLoopStats(): { stop(): LoopStats } {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const gc = { count: 0, max: 0, total: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.count++;
      gc.max = Math.max(gc.max, e.duration);
      gc.total += e.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpu = process.cpuUsage();
  return {
    stop() {
      delay.disable();
      observer.disconnect();
      const used = process.cpuUsage(cpu);
      // The histogram counts in ns and includes the sampling resolution itself.
      const ms = (ns: number) => Math.max(0, ns / 1e6 - 10);
      return {
        delayP50Ms: ms(delay.percentile(50)),
        delayP99Ms: ms(delay.percentile(99)),
        delayMaxMs: ms(delay.max),
        gcCount: gc.count,
        gcMaxMs: gc.max,
        gcTotalMs: gc.total,
        cpuSec: (used.user + used.system) / 1e6,
      };
    },
  };
}

export function formatLoopStats(s: LoopStats): string {
  const r = (n: number) => n.toFixed(1);
  return `loop delay p50 ${r(s.delayP50Ms)} / p99 ${r(s.delayP99Ms)} / max ${r(s.delayMaxMs)} ms, GC ${s.gcCount}× max ${r(s.gcMaxMs)} ms total ${Math.round(s.gcTotalMs)} ms, CPU ${r(s.cpuSec)} s`;
}

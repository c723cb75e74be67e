/**
 * Starts the lab's servers in-process (tests and benchmarks use this directly; the demo runs
 * main.ts as a child process).
 */
import type { LabInfo } from '../../harness/cli/commands/demo.js';
import { startCentre, type CentreOptions } from '../centre/server.js';

export interface LabOptions {
  groundTruthPath: string;
  /** @default 7 */
  seed?: number;
  /** @default 0.25 */
  timeScale?: number;
  /** @default 4 */
  agents?: number;
  /** Force one agent quality profile (benchmarks); default is the seeded mix. */
  profile?: CentreOptions['profile'];
}

export interface RunningLab {
  info: LabInfo;
  close(): Promise<void>;
}

export async function startLab(opts: LabOptions): Promise<RunningLab> {
  const centre = await startCentre({
    groundTruthPath: opts.groundTruthPath,
    seed: opts.seed ?? 7,
    timeScale: opts.timeScale ?? 0.25,
    agents: opts.agents ?? 4,
    profile: opts.profile,
  });
  return {
    info: { centre: centre.url, groundTruth: centre.groundTruthPath },
    async close() {
      await centre.close();
    },
  };
}

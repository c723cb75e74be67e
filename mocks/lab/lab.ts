/**
 * Starts the lab's servers in-process (tests and benchmarks use this directly; the demo runs
 * main.ts as a child process): the simulated centre's chat side, and its voice side behind the
 * Twilio emulator, plus the Deepgram emulator. Chats and calls share one ground-truth log.
 */
import type { LabInfo } from '../../harness/cli/commands/demo.js';
import { startCentre, type CentreOptions } from '../centre/server.js';
import { startVoiceLab } from '../twilio/lab.js';
import { startWidgetZoo } from '../widget-zoo/server.js';

export interface LabOptions {
  groundTruthPath: string;
  /** @default 7 */
  seed?: number;
  /** Multiplier on the simulated agents' delays. @default 0.25 */
  timeScale?: number;
  /** Simulated agents on each side (chat, voice). @default 4 */
  agents?: number;
  /** Force one agent quality profile (benchmarks); default is the seeded mix. */
  profile?: CentreOptions['profile'];
  /** Also start the voice side (Twilio + Deepgram emulators). @default true */
  voice?: boolean;
  /**
   * Also serve the widget zoo (vendor-style chat widgets); the centre redirects `/zoo/…` to it,
   * so `{{centre}}/zoo/<page>` scenarios (the demo's widget contact) reach it. @default true
   */
  widgetZoo?: boolean;
}

export interface RunningLab {
  info: LabInfo;
  close(): Promise<void>;
}

export async function startLab(opts: LabOptions): Promise<RunningLab> {
  const seed = opts.seed ?? 7;
  const timeScale = opts.timeScale ?? 0.25;
  const agents = opts.agents ?? 4;
  const zoo = opts.widgetZoo === false ? null : await startWidgetZoo({ truthLog: opts.groundTruthPath.replace(/(\.jsonl)?$/u, '.widget-zoo.jsonl') });
  const centre = await startCentre({ groundTruthPath: opts.groundTruthPath, seed, timeScale, agents, profile: opts.profile, ...(zoo ? { zooUrl: zoo.url } : {}) });
  const voice =
    opts.voice === false
      ? null
      : await startVoiceLab({
          groundTruthPath: opts.groundTruthPath,
          brain: { seed, agents, profile: opts.profile },
          centre: { timeScale, ringMs: 3000 * timeScale, queueWaitMs: 4000 * timeScale },
        });
  return {
    info: {
      centre: centre.url,
      groundTruth: centre.groundTruthPath,
      ...(zoo && { widgetZoo: zoo.url }),
      ...(voice && {
        twilio: { baseUrl: voice.twilio.url, accountSid: voice.twilio.accountSid, authToken: voice.twilio.authToken },
        deepgram: { baseUrl: voice.deepgram.url, apiKey: voice.deepgram.apiKey },
      }),
    },
    async close() {
      await Promise.all([centre.close(), voice?.close(), zoo?.close()]);
    },
  };
}

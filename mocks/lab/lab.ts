/**
 * Starts the lab's servers in-process (tests and benchmarks use this directly; the demo runs
 * main.ts as a child process): the simulated centre's chat side, and its voice side behind the
 * Twilio emulator, plus the Deepgram emulator. Chats and calls share one ground-truth log.
 */
import type { LabInfo } from '../../harness/cli/commands/demo.js';
import type { CentreCapacity, ChatCapacityOptions, HandleTimeOptions, VoiceCapacityOptions } from '../centre/capacity.js';
import { ContactLedger } from '../centre/contact-ledger.js';
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
  /**
   * The centre's capacity (mocks/centre/capacity.ts). Absent: as before (`agents` chat agents with
   * one chat each and an unbounded queue; every call gets an agent after the fixed queue wait).
   */
  capacity?: LabCapacityOptions;
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
  /** The centre's per-contact truth, both channels (also `GET {info.centre}/truth/counts?channel=…`). */
  ledger: ContactLedger;
  /** True capacity from the configuration, in real time. */
  capacity(): CentreCapacity;
  close(): Promise<void>;
}

export interface LabCapacityOptions {
  /** Chat agents N (default `agents`), chats per agent K, queue capacity, longest queue wait. */
  chat?: ChatCapacityOptions;
  /** Lines M, voice agents (turns the ACD queue on), queue capacity, longest queue wait, overflow prompt. */
  voice?: VoiceCapacityOptions;
  /** Agents close every contact after this (centre ms × timeScale, seeded spread). @default conversation-driven */
  handleTime?: HandleTimeOptions;
  /** Agent wrap-up between contacts (centre ms × timeScale). @default 3000 */
  wrapUpMs?: number;
}

export async function startLab(opts: LabOptions): Promise<RunningLab> {
  const seed = opts.seed ?? 7;
  const timeScale = opts.timeScale ?? 0.25;
  const agents = opts.agents ?? 4;
  const zoo = opts.widgetZoo === false ? null : await startWidgetZoo({ truthLog: opts.groundTruthPath.replace(/(\.jsonl)?$/u, '.widget-zoo.jsonl') });
  const cap = opts.capacity;
  // One truth for both channels, served by the chat centre over HTTP.
  const ledger = new ContactLedger();
  const centre = await startCentre({
    groundTruthPath: opts.groundTruthPath,
    seed,
    timeScale,
    agents,
    profile: opts.profile,
    ...(zoo ? { zooUrl: zoo.url } : {}),
    ledger,
    ...(cap?.chat && { chat: cap.chat }),
    ...(cap?.handleTime && { handleTime: cap.handleTime }),
    ...(cap?.wrapUpMs !== undefined && { wrapUpMs: cap.wrapUpMs }),
    ...(cap?.voice && opts.voice !== false && { voiceCapacity: cap.voice }),
  });
  const voice =
    opts.voice === false
      ? null
      : await startVoiceLab({
          groundTruthPath: opts.groundTruthPath,
          acd: { seed, ledger, ...(cap?.voice && { capacity: cap.voice }), ...(cap?.handleTime && { handleTime: cap.handleTime }), ...(cap?.wrapUpMs !== undefined && { wrapUpMs: cap.wrapUpMs }) },
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
    ledger,
    capacity: () => centre.capacity(),
    async close() {
      await Promise.all([centre.close(), voice?.close(), zoo?.close()]);
    },
  };
}

/**
 * The offline voice lab for `npm start` and e2e tests: the Twilio emulator with the simulated
 * centre's voice side behind it, and the Deepgram emulator. `apply(config)` points a HarnessConfig
 * at them (base URLs and the emulators' credentials), so the unchanged voice channel runs offline
 * through the real SDKs.
 */
import type { HarnessConfig } from '../../harness/config/types.js';
import { sharedBrainAgents, type SharedBrainOptions } from '../centre-voice/brain.js';
import { createVoiceCentre, type VoiceCentreHandle, type VoiceCentreOptions } from '../centre-voice/centre.js';
import type { AsrNoise } from '../deepgram/noise.js';
import { startDeepgramEmulator, type DeepgramEmulator } from '../deepgram/server.js';
import type { CallTiming } from './call.js';
import { startTwilioEmulator, type TwilioEmulator } from './server.js';

export interface VoiceLabOptions {
  /** Ground-truth JSONL shared with the chat centre (same record format). */
  groundTruthPath?: string;
  /** Seed and profile choice for the agents. */
  brain?: SharedBrainOptions;
  /** Ring time, queue wait, time scale, busy/no-answer numbers, capacity (lines, ACD), handle time, ledger … */
  centre?: Omit<VoiceCentreOptions, 'agents' | 'groundTruthPath'>;
  /** The centre's capacity, handle time, wrap-up, seed and shared truth (merged into `centre`). */
  acd?: Pick<VoiceCentreOptions, 'capacity' | 'handleTime' | 'wrapUpMs' | 'seed' | 'ledger'>;
  timing?: Partial<CallTiming>;
  asrNoise?: AsrNoise;
}

export interface VoiceLab {
  twilio: TwilioEmulator;
  /** The centre's voice side: `centre.ledger.counts('voice')` is its truth. */
  centre: VoiceCentreHandle;
  deepgram: DeepgramEmulator;
  /** Point the config's voice and deepgram sections at the lab. */
  apply(config: HarnessConfig): HarnessConfig;
  close(): Promise<void>;
}

export async function startVoiceLab(options: VoiceLabOptions = {}): Promise<VoiceLab> {
  if (options.acd) options = { ...options, centre: { ...options.centre, ...options.acd } };
  const centre = createVoiceCentre({ ...options.centre, agents: sharedBrainAgents(options.brain), groundTruthPath: options.groundTruthPath });
  const twilio = await startTwilioEmulator({ centre, timing: options.timing });
  const deepgram = await startDeepgramEmulator({ noise: options.asrNoise });
  return {
    twilio,
    centre,
    deepgram,
    apply(config) {
      config.voice.twilio = { accountSid: twilio.accountSid, authToken: twilio.authToken, baseUrl: twilio.url };
      config.deepgram.apiKey = deepgram.apiKey;
      config.deepgram.baseUrl = deepgram.url;
      return config;
    },
    async close() {
      await twilio.close();
      await deepgram.close();
      await centre.flush();
    },
  };
}

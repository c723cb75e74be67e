/**
 * npm run bench -- voice [calls …]   (default: 100 500 1000)
 * Concurrent emulated calls through the real twilio and @deepgram/sdk clients, the webhook server
 * and the voice channel (mocks/twilio/voice-bench.ts). Targets: 1,000 concurrent calls, webhook
 * p99 < 50 ms, timing error p95 ≤ 100 ms, 0 CPS violations.
 */
import { formatVoiceBench, runVoiceBench } from '../mocks/twilio/voice-bench.js';

export async function benchVoice(args: string[]): Promise<void> {
  const levels = args.length ? args.map(Number).filter((n) => Number.isInteger(n) && n > 0) : [100, 500, 1000];
  for (const calls of levels) console.log(formatVoiceBench(await runVoiceBench({ calls })));
}

/**
 * npm run bench -- voice [calls …] [--same-process]   (default: 100 500 1000)
 * Concurrent emulated calls through the real twilio and @deepgram/sdk clients, the webhook server
 * and the voice channel (mocks/twilio/voice-bench.ts). The emulators run in a child process, as a
 * real Twilio runs elsewhere; --same-process puts them in the harness's process, for comparison.
 * Targets: 1,000 concurrent calls, webhook p99 < 50 ms, timing error p95 ≤ 100 ms, 0 CPS violations.
 */
import { formatVoiceBench, runVoiceBench } from '../mocks/twilio/voice-bench.js';

export async function benchVoice(args: string[]): Promise<void> {
  const sameProcess = args.includes('--same-process');
  const numbers = args.filter((a) => !a.startsWith('--')).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const levels = numbers.length ? numbers : [100, 500, 1000];
  for (const calls of levels) console.log(formatVoiceBench(await runVoiceBench({ calls, sameProcess })));
}

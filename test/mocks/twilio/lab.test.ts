/**
 * The offline voice lab end to end, checked against the centre's ground-truth JSONL log (the same
 * format as chats): every line the caller heard or said is in the log, with the same text, speaker
 * and start time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVoiceChannel } from '../../../harness/channels/voice/channel.js';
import { readGroundTruth, type MessageRecord } from '../../../mocks/centre/ground-truth.js';
import { startVoiceLab } from '../../../mocks/twilio/lab.js';
import { contact, voiceConfig } from '../../harness/channels/voice/fixtures.js';

describe('voice lab', () => {
  it('a call placed through the lab matches the centre ground-truth log', async () => {
    const groundTruthPath = join(mkdtempSync(join(tmpdir(), 'voice-lab-')), 'ground-truth.jsonl');
    const lab = await startVoiceLab({
      groundTruthPath,
      brain: { profile: 'exemplary' },
      centre: { ringMs: 200, queueWaitMs: 200, timeScale: 0.05 },
      timing: { msPerChar: 12, endpointingMs: 100 },
    });
    const config = lab.apply(voiceConfig({ twilio: { accountSid: '', authToken: '', baseUrl: '' } }));
    const channel = await createVoiceChannel(config);
    try {
      const i = await channel.place(contact('lab-1'));
      expect(i.outcome).toBe('completed');
      expect(i.transcriptSource).toBe('deepgram');
      await lab.close();
      const records = (await readGroundTruth(groundTruthPath)).filter((r) => r.ref === i.centreRef);
      const messages = records.filter((r): r is MessageRecord => r.type === 'message');
      const speakerOf = (m: MessageRecord) => (m.speaker === 'system' ? 'ivr' : m.speaker);
      expect(i.turns.map((t) => [t.speaker, t.text])).toEqual(messages.map((m) => [speakerOf(m), m.text]));
      i.turns.forEach((t, k) => expect(Math.abs(i.startedAt + t.startMs - messages[k]!.at)).toBeLessThan(500));
      expect(records.find((r) => r.type === 'session')).toMatchObject({ channel: 'voice', profile: 'exemplary' });
      expect(records.findLast((r) => r.type !== 'contact')).toMatchObject({ type: 'end', by: 'customer' });
      // The centre's per-contact truth closes the call's records.
      expect(records.at(-1)).toMatchObject({ type: 'contact', channel: 'voice', fate: 'answered', endedBy: 'customer' });
    } finally {
      await channel.close();
      await lab.close().catch(() => undefined);
    }
  });
});

/** A call scored on a provisional transcript (transcription failed) has every judgement flagged needsReview. */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../scorers/score.js';
import { call, rubric, scenario } from './helpers.js';

const lines: Parameters<typeof call>[0] = [
  ['agent', '您好，工号1023，很高兴为您服务', 2500, 4500],
  ['customer', '我的信用卡丢了，要挂失', 5000, 7000],
  ['agent', '好的，已为您挂失，还有什么可以帮您？感谢来电，再见', 7500, 11000],
];

describe('provisional transcripts', () => {
  it('flags every non-N/A finding needsReview while the transcription is failed or retryable', () => {
    for (const status of ['failed-retryable', 'failed'] as const) {
      const findings = runChecks(call(lines, { transcriptSource: 'gather', transcription: { status, attempts: 3 } }), scenario(), rubric);
      const judged = findings.filter((f) => f.pass !== 'na');
      expect(judged.length).toBeGreaterThan(3);
      expect(judged.every((f) => f.needsReview)).toBe(true);
    }
  });

  it('a final transcript is judged on confidence alone', () => {
    for (const extra of [{}, { transcription: { status: 'done' as const, attempts: 2 } }]) {
      const findings = runChecks(call(lines, extra), scenario(), rubric);
      expect(findings.filter((f) => f.pass !== 'na').some((f) => !f.needsReview)).toBe(true);
    }
  });
});

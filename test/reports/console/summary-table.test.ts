import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../harness/interaction/types.js';
import { percentile, summaryRows, summaryTableReporter } from '../../../reports/console/summary-table.js';

const contact = (id: string, outcome: Interaction['outcome'], firstMs: number, durationMs: number): Interaction => ({
  schemaVersion: 1,
  contactId: id,
  scenarioId: id.split('.')[0]!,
  channel: 'webchat',
  startedAt: 0,
  durationMs,
  events: [],
  turns: [
    { speaker: 'customer', text: '你好', startMs: 0, endMs: 0 },
    { speaker: 'agent', text: '您好', startMs: firstMs, endMs: firstMs },
  ],
  outcome,
  transcriptSource: 'chat-dom',
  ...(outcome === 'failed' ? { error: { code: 'E_WAIT_TIMEOUT', message: 'step steps.3 timed out' } } : {}),
});

describe('summary table', () => {
  it('uses nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([10, 20], 0)).toBe(10);
  });

  it('groups by scenario and channel with outcomes, timings and scores', () => {
    const rows = summaryRows(
      [contact('a.webchat.1', 'completed', 2000, 60000), contact('a.webchat.2', 'failed', 4000, 30000), contact('b.webchat.1', 'completed', 1000, 10000)],
      new Map([['a.webchat.1', { quality: 90, failedChecks: [] }], ['a.webchat.2', { quality: 70, failedChecks: ['greeting'] }]]),
    );
    expect(rows).toEqual([
      ['a', 'webchat', '2', '1', '1', '2.0s', '30.0s', '80.0'],
      ['b', 'webchat', '1', '1', '0', '1.0s', '10.0s', '–'],
    ]);
  });

  it('lists failed contacts with their reason and says how to resume an interrupted run', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    summaryTableReporter(out).onRunEnd!({ manifest: {} as never, runDir: 'runs/x', interactions: [contact('a.webchat.2', 'failed', 1, 1)], interrupted: true });
    expect(text).toContain('✗ a.webchat.2: E_WAIT_TIMEOUT step steps.3 timed out');
    expect(text).toContain('mystery-shopper resume runs/x');
  });
});

import { describe, expect, it } from 'vitest';
import { loadSectionHtml } from '../../../reports/html/load-section.js';
import { loadMetrics } from '../../../scorers/load/metrics.js';
import { simulateLoadRun, steps } from '../../scorers/load/load-fixture.js';

describe('load section of the HTML report', () => {
  it('a centre that never degraded: "≥ N 路", no knee claimed, the knee chart says so', () => {
    const run = simulateLoadRun({ agents: 20, meanServiceMs: 120_000, patienceMs: 60_000, seed: 1, stages: steps([4, 8], 10 * 60_000) });
    const html = loadSectionHtml(loadMetrics(run));
    expect(html).toContain('≥ 8 路');
    expect(html).toContain('未测到拐点');
    expect(html).toContain('≥8路（未到拐点）');
  });

  it('a load run with no stored contacts still renders (no data, no knee) and says what was not placed', () => {
    const run = simulateLoadRun({ agents: 20, meanServiceMs: 120_000, patienceMs: 60_000, seed: 1, stages: steps([4], 10 * 60_000) });
    const m = loadMetrics({ interactions: [], entries: run.entries, info: run.info });
    expect(m.knee.status).toBe('insufficient-data');
    const html = loadSectionHtml(m);
    expect(html).toContain(`清单中有${run.entries.length}次联络没有记录`);
    expect(html).toContain('数据不足');
    expect((html.match(/<svg/g) ?? []).length).toBe(3);
  });

  it('escapes what came from the profile', () => {
    const run = simulateLoadRun({ agents: 20, meanServiceMs: 120_000, patienceMs: 60_000, seed: 1, stages: steps([4], 10 * 60_000) });
    const html = loadSectionHtml(loadMetrics({ ...run, info: { ...run.info, profileId: '<script>x</script>' } }));
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;x');
  });
});

import { describe, expect, it } from 'vitest';
import { ReporterMux, type Reporter } from '../../reports/reporter.js';
import type { Interaction } from '../../harness/interaction/types.js';

describe('ReporterMux', () => {
  it('isolates a failing reporter: the others still get every event', async () => {
    const seen: string[] = [];
    const broken: Reporter = {
      name: 'broken',
      onContactEnd() {
        throw new Error('disk full');
      },
      async onRunEnd() {
        throw new Error('disk full');
      },
    };
    const good: Reporter = { name: 'good', onContactEnd: (e) => seen.push(e.contactId), onRunEnd: () => void seen.push('end') };
    const failures: string[] = [];
    const mux = new ReporterMux([broken, good], (name, hook) => failures.push(`${name}.${hook}`));
    const entry = { contactId: 'c1', scenarioId: 's', channel: 'webchat' as const, index: 1, status: 'done' as const, attempts: 1 };
    mux.contactEnd(entry, {} as Interaction);
    await mux.runEnd({ manifest: {} as never, runDir: '/tmp', interactions: [], interrupted: false });
    expect(seen).toEqual(['c1', 'end']);
    expect(failures).toEqual(['broken.onContactEnd', 'broken.onRunEnd']);
    expect(mux.failures[0]!.message).toBe('disk full');
  });
});

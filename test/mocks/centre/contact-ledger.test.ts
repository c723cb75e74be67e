import { describe, expect, it } from 'vitest';
import { ContactLedger } from '../../../mocks/centre/contact-ledger.js';
import type { GroundTruthRecord } from '../../../mocks/centre/ground-truth.js';

function ledgerAt() {
  const clock = { now: 1000 };
  const records: GroundTruthRecord[] = [];
  const ledger = new ContactLedger(() => clock.now);
  ledger.addWriter({ write: (r) => records.push(r) });
  return { clock, ledger, records };
}

describe('ContactLedger', () => {
  it('counts offered, answered, abandoned, busy and overflow, with ASA over the answered only', () => {
    const { clock, ledger } = ledgerAt();
    const a = ledger.offer('webchat', 'a', 's-a');
    ledger.enterAcd(a);
    ledger.answered(a, '1023'); // at once: waited 0
    const b = ledger.offer('webchat', 'b', 's-b');
    ledger.enterAcd(b);
    ledger.queued(b);
    const c = ledger.offer('webchat', 'c', 's-c');
    ledger.enterAcd(c);
    ledger.queued(c);
    const d = ledger.offer('webchat', 'd', 's-d');
    ledger.busy(d, 'queue');
    clock.now += 4000;
    ledger.ended(a, 'agent'); // handled 4 s
    ledger.answered(b, '1023'); // waited 4 s
    clock.now += 2000;
    ledger.ended(c, 'disconnect'); // left the queue after 6 s: abandoned
    const e = ledger.offer('webchat', 'e', 's-e');
    ledger.enterAcd(e);
    ledger.queued(e);
    clock.now += 3000;
    ledger.overflow(e);
    expect(ledger.counts('webchat')).toEqual({
      offered: 5,
      answered: 2,
      abandoned: 1,
      busy: 1,
      overflow: 1,
      live: 1,
      waiting: 0,
      inService: 1,
      asaMs: 2000,
      maxAnsweredWaitMs: 4000,
      meanHandleMs: 4000,
      maxConcurrentInService: 1,
      answerRate: 0.4,
    });
    expect(ledger.contacts().find((x) => x.ref === 'c')).toMatchObject({ fate: 'abandoned', queuedForMs: 6000, abandonedAt: 7000, endedBy: 'disconnect' });
    expect(ledger.contacts().find((x) => x.ref === 'e')).toMatchObject({ fate: 'overflow', queuedForMs: 3000 });
    expect(ledger.counts('voice').offered).toBe(0);
  });

  it('tracks the most contacts in service at once per channel', () => {
    const { ledger } = ledgerAt();
    const calls = ['1', '2', '3'].map((r) => ledger.offer('voice', r, r));
    for (const c of calls) ledger.answered(c, 'x');
    ledger.ended(calls[0]!, 'customer');
    ledger.answered(ledger.offer('voice', '4', '4'), 'x');
    expect(ledger.counts('voice')).toMatchObject({ maxConcurrentInService: 3, inService: 3, answered: 4 });
    expect(ledger.counts('webchat').maxConcurrentInService).toBe(0);
  });

  it('counts a contact once: later events after its end change nothing', () => {
    const { ledger, records } = ledgerAt();
    const c = ledger.offer('voice', 'r', 's');
    ledger.busy(c, 'lines');
    ledger.ended(c, 'customer');
    ledger.answered(c, 'x');
    expect(ledger.counts()).toMatchObject({ offered: 1, busy: 1, answered: 0, abandoned: 0 });
    expect(records).toEqual([expect.objectContaining({ type: 'contact', ref: 'r', sessionId: 's', fate: 'busy', busyReason: 'lines', channel: 'voice' })]);
  });
});

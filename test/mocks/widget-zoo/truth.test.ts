/** The truth store: page-clock order, tie-breaks, and what a page's report must look like. */
import { describe, expect, it } from 'vitest';
import { parseTruthReport, TruthRejected, TruthStore } from '../../../mocks/widget-zoo/truth.js';

describe('TruthStore', () => {
  it('breaks ties of equal page times by the page’s own counter', () => {
    const store = new TruthStore();
    store.add({ page: 'plain', ref: 'r', speaker: 'agent', text: 'b', at: 5 }, 2);
    store.add({ page: 'plain', ref: 'r', speaker: 'customer', text: 'a', at: 5 }, 1);
    expect(store.truth('r').map((r) => r.text)).toEqual(['a', 'b']);
    expect(store.truth('other')).toEqual([]);
  });

  it('rejects reports that are not the agreed shape', () => {
    expect(() => parseTruthReport(null)).toThrow(TruthRejected);
    expect(() => parseTruthReport({ page: 'nope', speaker: 'agent', text: '', at: 1 })).toThrow(/unknown page/u);
    expect(() => parseTruthReport({ page: 'plain', speaker: 'agent', text: 'x', at: 'now' })).toThrow(/epoch ms/u);
  });
});

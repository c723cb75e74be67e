import { describe, expect, it } from 'vitest';
import { msSpread } from '../../../mocks/lab/chat-bench-lab.js';

describe('msSpread', () => {
  it('gives nearest-rank percentiles and the max, and null for no values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect(msSpread(values)).toEqual({ n: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(msSpread([3])).toEqual({ n: 1, p50: 3, p95: 3, p99: 3, max: 3 });
    expect(msSpread([])).toBeNull();
  });
});

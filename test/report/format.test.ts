import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num } from '../../src/report/format.js';

describe('num', () => {
  it('writes a count as en-US toLocaleString does', () => {
    for (const n of [0, -0, 7, 999, 1000, -1000, 12_345, 1_234_567, -98_765_432, Number.MAX_SAFE_INTEGER])
      expect(num(n)).toBe(n.toLocaleString('en-US'));
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -2000, max: 2000 }), fc.double()),
        (n) => {
          expect(num(n)).toBe(n.toLocaleString('en-US'));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap', () => {
    const b = { initialMs: 200, maxMs: 1000 };
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, b))).toEqual([200, 400, 800, 1000, 1000, 1000]);
  });

  it('without a cap keeps doubling', () => {
    expect(backoffDelay(5, { initialMs: 500 })).toBe(16_000);
  });

  it('equal jitter stays between half the delay and the whole of it', () => {
    const b = { initialMs: 1000, maxMs: 30_000, jitter: 'equal' as const };
    expect(backoffDelay(2, b, () => 0)).toBe(2000);
    expect(backoffDelay(2, b, () => 0.999_999)).toBe(4000);
    expect(backoffDelay(2, b, () => 0.5)).toBe(3000);
    expect(backoffDelay(20, b, () => 0.5)).toBe(22_500);
  });

  it('treats a negative attempt as the first retry', () => {
    expect(backoffDelay(-1, { initialMs: 300 })).toBe(300);
  });
});

import { describe, expect, it } from 'vitest';
import { Reputation } from './reputation.js';

describe('reputation', () => {
  it('drops with failures and canary mismatches, and a mismatch costs more than a match earns', () => {
    const r = new Reputation();
    expect(r.score('a')).toBe(1);
    r.recordRequest('a', false, 100);
    expect(r.score('a')).toBeCloseTo(0.9);
    r.recordCanary('b', false);
    expect(r.score('b')).toBe(0.5);
    r.recordCanary('b', true);
    expect(r.score('b')).toBeCloseTo(0.6);
    expect(r.view('b')).toMatchObject({ canaryFailed: 1, canaryPassed: 1 });
  });
});

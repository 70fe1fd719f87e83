import { describe, expect, it } from 'vitest';
import { RateMeter } from './download-rate.js';

describe('RateMeter', () => {
  const clock = (): { now: () => number; advance: (ms: number) => void } => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms) => void (t += ms) };
  };

  it('measures bytes per second over the moving window', () => {
    const c = clock();
    const m = new RateMeter({ windowMs: 4000, now: c.now });
    expect(m.rate()).toBe(0);
    for (let i = 0; i <= 10; i++) {
      m.add(i * 100_000); // 100 kB every 200 ms = 500 kB/s
      if (i < 10) c.advance(200);
    }
    expect(m.rate()).toBeCloseTo(500_000, -3);
  });

  it('forgets an old burst: the rate follows the last seconds, and decays to 0 in a stall', () => {
    const c = clock();
    const m = new RateMeter({ windowMs: 2000, now: c.now });
    m.add(0);
    c.advance(100);
    m.add(10_000_000); // a burst
    for (let i = 1; i <= 30; i++) {
      c.advance(200);
      m.add(10_000_000 + i * 20_000); // then 100 kB/s
    }
    expect(m.rate()).toBeGreaterThan(80_000);
    expect(m.rate()).toBeLessThan(120_000);
    c.advance(1000);
    const stalled = m.rate();
    expect(stalled).toBeLessThan(80_000);
    c.advance(5000);
    expect(m.rate()).toBe(0);
  });

  it('does not claim an absurd speed from the first two chunks, and restarts from zero', () => {
    const c = clock();
    const m = new RateMeter({ now: c.now });
    m.add(0);
    c.advance(1);
    m.add(1_000_000);
    expect(m.rate()).toBeLessThanOrEqual(2_000_000); // spread over at least half a second
    c.advance(200);
    m.add(100); // the transfer started over
    expect(m.rate()).toBe(0);
  });
});

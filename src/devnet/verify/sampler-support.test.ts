import { describe, expect, it } from 'vitest';
import { positionSupport } from './sampler-support.js';

// 100 tokens, token i with log-probability −0.05 i (then normalised; only differences matter here).
const dist = new Map(Array.from({ length: 100 }, (_, i) => [i, -0.05 * i] as const));

describe('positionSupport', () => {
  it('greedy allows the argmax and near ties within the margin only', () => {
    const s = positionSupport(dist, { temperature: 0, topP: 1 }, 0.1);
    expect([0, 1, 2, 3].map((t) => s.allows(t))).toEqual([true, true, true, false]);
    expect(s.logChance(0)).toBe(0);
  });

  it('sampling allows the top 40 (and the margin below its cut), not the tail', () => {
    const s = positionSupport(dist, { temperature: 0.7, topP: 1 }, 0.1);
    expect(s.allows(39)).toBe(true);
    expect(s.allows(40)).toBe(true); // 0.05 nats below the 40th, within the margin
    expect(s.allows(42)).toBe(false);
    expect(s.allows(99)).toBe(false);
    expect(s.allowsAny((t) => t === 99 || t === 10)).toBe(true);
    expect(s.allowsAny((t) => t > 60)).toBe(false);
  });

  it('bounds the chance of a token from above, tighter under top-p', () => {
    const full = positionSupport(dist, { temperature: 1, topP: 1 });
    const w = Array.from({ length: 40 }, (_, i) => Math.exp(-0.05 * i));
    expect(full.logChance(0)).toBeCloseTo(-Math.log(w.reduce((a, b) => a + b, 0)), 6);
    const nucleus = positionSupport(dist, { temperature: 1, topP: 0.2 });
    expect(nucleus.logChance(0)).toBeGreaterThan(full.logChance(0));
    expect(full.logChance(99)).toBe(-Infinity);
  });
});

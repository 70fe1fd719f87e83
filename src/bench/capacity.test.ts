import { describe, expect, it } from 'vitest';
import type { BenchResult } from './bench-schema.js';
import { advertisedCapacity } from './capacity.js';

const settings: BenchResult['settings'] = {
  gpuLayers: 99,
  contextSize: 16384,
  sequences: 1,
  threads: 8,
  batchSize: 512,
  flashAttention: false,
  promptTokens: 512,
  genTokens: 128,
  repetitions: 5,
};
const bench = (
  pp: number,
  tg: number,
  over: Partial<BenchResult['settings']> = {},
): Pick<BenchResult, 'pp' | 'tg' | 'settings'> => ({
  pp: { median: pp, min: pp, max: pp },
  tg: { median: tg, min: tg, max: tg },
  settings: { ...settings, ...over },
});

describe('advertisedCapacity', () => {
  it('lets a fast GPU take many requests at the base price, up to the cap', () => {
    // RTX 4090 class on an 8B q4 model: pp ~ 10k t/s, tg ~ 130 t/s; context 16k holds 25 requests.
    const c = advertisedCapacity(bench(10_000, 130));
    expect(c.maxActiveRequests).toBe(8); // 130 / 15 per stream
    expect(c.suggestedCoefficient).toBe(1000);
    const huge = advertisedCapacity(bench(50_000, 2000, { contextSize: 65536 }));
    expect(huge.maxActiveRequests).toBe(16);
  });

  it('is limited by prompt processing on a CPU', () => {
    // 700 t/s prefill: 4 s × 700 / 512 = 5 prompts; tg 300 would allow 20 streams.
    const c = advertisedCapacity(bench(700, 300));
    expect(c.maxActiveRequests).toBe(5);
    expect(c.reasons[0]).toContain('512-token prompts');
  });

  it('is limited by the context the plan gives', () => {
    expect(advertisedCapacity(bench(10_000, 130, { contextSize: 2048 })).maxActiveRequests).toBe(3);
  });

  it('asks less from a slow worker, never below the floor, and always takes one request', () => {
    const slow = advertisedCapacity(bench(200, 12));
    expect(slow.maxActiveRequests).toBe(1);
    expect(slow.suggestedCoefficient).toBe(400); // 12 / 30 of the base price
    expect(advertisedCapacity(bench(50, 2)).suggestedCoefficient).toBe(250);
  });
});

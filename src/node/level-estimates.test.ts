// The estimate per level from a benchmark result, through the real estimate: speed follows the duty cap,
// a day's tokens follow the lower of the utilisation and the cap, the price share scales what each token
// pays, the power limit bounds the watts, and Off earns nothing.
import { describe, expect, it } from 'vitest';
import { estimateFromBench } from '../bench/estimate-from-bench.js';
import { estimateToWire } from '../bench/estimate.js';
import { defaultLevels } from '../availability/levels-schema.js';
import { levelEstimates, type EstimateRequest } from './level-estimates.js';

const bench = {
  backend: 'cuda' as const,
  pp: { median: 1024, min: 1000, max: 1100 },
  tg: { median: 128, min: 120, max: 130 },
  settings: {
    gpuLayers: 99,
    contextSize: 4096,
    sequences: 1,
    threads: 4,
    batchSize: 512,
    flashAttention: false,
    promptTokens: 512,
    genTokens: 128,
    repetitions: 5,
  },
  loadPowerW: 320,
};
const prices = {
  pricePerToken: 2000n,
  workerFeePerToken: 1000n,
  promptMult: 10000,
  cachedMult: 10000,
  completionMult: 10000,
  reasoningMult: 10000,
};
const estimate = (r: EstimateRequest) =>
  Promise.resolve(
    estimateToWire(
      estimateFromBench(bench, prices, {
        hoursPerWeek: r.hoursPerWeek ?? 168,
        kwhPrice: r.kwhPrice,
        currency: r.currency,
        tonPrice: r.tonPrice,
        ...(r.utilization !== undefined ? { utilization: r.utilization } : {}),
        ...(r.gpuWatts !== undefined ? { gpuWatts: r.gpuWatts } : {}),
        ...(r.coefficient !== undefined ? { coefficient: r.coefficient } : {}),
      }),
    ),
  );

describe('estimate per level', () => {
  it('shows the price of quiet from the benchmark', async () => {
    const levels = defaultLevels({ maxConcurrency: 2, vramShare: 0.85 }).map((l) =>
      l.id === 'quiet' ? { ...l, powerLimitW: 150 } : l,
    );
    const req = { kwhPrice: 0.3, currency: 'EUR', tonPrice: null, utilization: 0.6 };
    const out = await levelEstimates(levels, 1000, req, estimate);
    const by = new Map(out.map((l) => [l.id, l]));
    const gross = (id: string) => BigInt(by.get(id)?.grossNanoPerDay ?? '0');
    expect(out.map((l) => l.id)).toEqual(['full', 'balanced', 'quiet', 'off']);
    expect(by.get('full')?.tokensPerSecond).toBe(128);
    expect(by.get('quiet')?.tokensPerSecond).toBeCloseTo(128 * 0.4);
    // Balanced's cap (70 %) is above the 60 % utilisation: the same tokens, at 90 % of the price.
    const ratio = (a: bigint, b: bigint) => Number((a * 1000n) / b) / 1000;
    expect(ratio(gross('balanced'), gross('full'))).toBeCloseTo(0.9, 2);
    // Quiet's cap (40 %) binds: 40/60 of the tokens at 75 % of the price.
    expect(ratio(gross('quiet'), gross('full'))).toBeCloseTo((0.4 / 0.6) * 0.75, 2);
    expect(by.get('quiet')?.watts).toBe(150);
    expect(by.get('full')?.watts).toBe(320);
    expect(by.get('off')).toMatchObject({ tokensPerSecond: 0, grossNanoPerDay: '0', watts: 0 });
  });
});

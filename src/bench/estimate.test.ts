import { describe, expect, it } from 'vitest';
import { estimateInputSchema, estimateSchema } from './bench-schema.js';
import { estimateFromBench } from './estimate-from-bench.js';
import {
  adjustTokens,
  estimateEarnings,
  estimateInputFromWire,
  estimateToWire,
  EstimateError,
  type EstimateInput,
} from './estimate.js';

const base: EstimateInput = {
  ppTps: 1000,
  tgTps: 100,
  promptTokensPerRequest: 500,
  cachedTokensPerRequest: 0,
  completionTokensPerRequest: 100,
  pricePerTokenNano: 2000n,
  workerFeePerTokenNano: 1000n,
  multipliers: { prompt: 10000, cached: 10000, completion: 10000, reasoning: 10000 },
  coefficient: 1000,
  hoursPerWeek: 70,
  utilization: 0.3,
  gpuWatts: 300,
  gpuWattsSource: 'telemetry',
  kwhPrice: 0.25,
  currency: 'EUR',
  tonPrice: 2.5,
};

describe('estimateEarnings', () => {
  it('matches a hand-computed case', () => {
    const e = estimateEarnings(base);
    // 500/1000 s prefill + 100/100 s decode = 1.5 s a request; 10 h/day available × 30 % = 3 h busy = 7200 requests.
    expect(e.secondsPerRequest).toBe(1.5);
    expect(e.busyHoursPerDay).toBeCloseTo(3, 12);
    expect(e.requestsPerDay).toBeCloseTo(7200, 6);
    expect(e.adjustedTokensPerRequest).toBe(600);
    // 7200 × 600 = 4 320 000 tokens × 1000 nano = 4.32 TON a day; × 30.4375 days = 131.49 TON a month.
    expect(e.grossNanoPerDay).toBe(4_320_000_000n);
    expect(e.grossNanoPerMonth).toBe(131_490_000_000n);
    expect(e.clientChargeNanoPerDay).toBe(8_640_000_000n);
    // 300 W × 3 h = 0.9 kWh × 0.25 EUR = 0.225 EUR = 0.09 TON at 2.5 EUR/TON.
    expect(e.kwhPerDay).toBeCloseTo(0.9, 12);
    expect(e.electricityPerDay).toBeCloseTo(0.225, 12);
    expect(e.electricityNanoPerDay).toBe(90_000_000n);
    expect(e.netNanoPerDay).toBe(4_230_000_000n);
    expect(e.electricityNanoPerMonth).toBe(2_739_375_000n);
    expect(e.netNanoPerMonth).toBe(128_750_625_000n);
    expect(e.grossPerMonthCurrency).toBeCloseTo(328.725, 9);
    expect(e.inputs).toMatchObject({
      hoursPerWeek: 70,
      utilization: 0.3,
      gpuWattsSource: 'telemetry',
      idleWatts: 0,
      currency: 'EUR',
    });
  });

  it('earns and spends nothing with a schedule of 0 hours', () => {
    const e = estimateEarnings({ ...base, hoursPerWeek: 0, idleWatts: 40 });
    expect(e.requestsPerDay).toBe(0);
    expect(e.grossNanoPerDay).toBe(0n);
    expect(e.grossNanoPerMonth).toBe(0n);
    expect(e.kwhPerDay).toBe(0);
    expect(e.netNanoPerMonth).toBe(0n);
  });

  it('shows a negative net when electricity costs more than the work earns', () => {
    const e = estimateEarnings({ ...base, workerFeePerTokenNano: 1n });
    expect(e.grossNanoPerDay).toBe(4_320_000n);
    expect(e.netNanoPerDay).toBe(4_320_000n - 90_000_000n);
    expect(e.netNanoPerDay! < 0n).toBe(true);
    expect(e.netPerMonthCurrency!).toBeLessThan(0);
  });

  it('keeps electricity in its own currency without a TON price', () => {
    const e = estimateEarnings({ ...base, tonPrice: null });
    expect(e.electricityPerMonth).toBeCloseTo(0.225 * 30.4375, 9);
    expect(e.electricityNanoPerDay).toBeNull();
    expect(e.netNanoPerDay).toBeNull();
    expect(e.grossNanoPerDay).toBe(4_320_000_000n);
  });

  it('applies coefficient, multipliers and cached tokens as the C++ worker does (docs/protocol.md §4.5)', () => {
    expect(adjustTokens(200, 145, 10000)).toBe(28); // the double result, not the exact 29
    const e = estimateEarnings({
      ...base,
      cachedTokensPerRequest: 200,
      coefficient: 1500,
      multipliers: { prompt: 10000, cached: 1000, completion: 20000, reasoning: 10000 },
    });
    // fresh 300 × 1.5 = 450; cached 200 × 1.5 × 0.1 = 30; completion 100 × 1.5 × 2 = 300.
    expect(e.adjustedTokensPerRequest).toBe(780);
    // The cached part is not recomputed: 0.3 s + 1 s a request.
    expect(e.secondsPerRequest).toBeCloseTo(1.3, 12);
  });

  it('counts idle watts for the available hours that are not busy', () => {
    const e = estimateEarnings({ ...base, idleWatts: 50 });
    // 0.9 kWh busy + 50 W × 7 h = 0.35 kWh.
    expect(e.kwhPerDay).toBeCloseTo(1.25, 12);
  });

  it('uses the stated defaults and says so', () => {
    const { utilization: _u, promptTokensPerRequest: _p, completionTokensPerRequest: _c, ...rest } = base;
    const e = estimateEarnings(rest);
    expect(e.inputs.utilization).toBe(0.3);
    expect(e.inputs.promptTokensPerRequest).toBe(512);
    expect(e.inputs.completionTokensPerRequest).toBe(128);
    expect(e.assumptions.join(' ')).toContain('30 %');
  });

  it('rejects bad input with a typed error naming the field', () => {
    const cases: Array<[Partial<EstimateInput>, string]> = [
      [{ hoursPerWeek: 169 }, 'hoursPerWeek'],
      [{ utilization: 1.5 }, 'utilization'],
      [{ tgTps: 0 }, 'tgTps'],
      [{ ppTps: Number.NaN }, 'ppTps'],
      [{ cachedTokensPerRequest: 600 }, 'cachedTokensPerRequest'],
      [{ workerFeePerTokenNano: -1n }, 'workerFeePerTokenNano'],
      [{ tonPrice: 0 }, 'tonPrice'],
      [{ multipliers: { ...base.multipliers, cached: 0.5 } }, 'multipliers.cached'],
    ];
    for (const [patch, field] of cases) {
      let caught: unknown;
      try {
        estimateEarnings({ ...base, ...patch });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(EstimateError);
      expect((caught as EstimateError).field).toBe(field);
    }
  });

  it('crosses the API as strings and comes back the same', () => {
    const wire = estimateToWire(estimateEarnings({ ...base, workerFeePerTokenNano: 1n }));
    const parsed = estimateSchema.parse(JSON.parse(JSON.stringify(wire)));
    expect(parsed.netNanoPerDay).toBe('-85680000');
    const again = estimateEarnings(estimateInputFromWire(estimateInputSchema.parse(parsed.inputs)));
    expect(again.netNanoPerDay).toBe(-85_680_000n);
  });
});

describe('estimateFromBench', () => {
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
  // Cocoon's fake-TON root config: price 2, fee 1, multipliers 1.0.
  const prices = {
    pricePerToken: 2n,
    workerFeePerToken: 1n,
    promptMult: 10000,
    cachedMult: 10000,
    completionMult: 10000,
    reasoningMult: 10000,
  };
  const owner = { hoursPerWeek: 84, kwhPrice: 0.3, currency: 'EUR', tonPrice: 3 };

  it('uses the benchmark speeds and sizes, the suggested coefficient and the measured watts', () => {
    const e = estimateFromBench(bench, prices, owner);
    // 512/1024 + 128/128 = 1.5 s a request; 12 h × 0.3 = 3.6 h busy = 8640 requests × 640 tokens.
    expect(e.secondsPerRequest).toBe(1.5);
    expect(e.requestsPerDay).toBeCloseTo(8640, 6);
    expect(e.inputs.coefficient).toBe(1000);
    expect(e.grossNanoPerDay).toBe(5_529_600n);
    expect(e.inputs).toMatchObject({ gpuWatts: 320, gpuWattsSource: 'telemetry' });
    // 320 W × 3.6 h = 1.152 kWh × 0.30 EUR = 0.3456 EUR = 0.1152 TON: power costs more than fake-TON fees earn.
    expect(e.electricityNanoPerDay).toBe(115_200_000n);
    expect(e.netNanoPerDay).toBe(5_529_600n - 115_200_000n);
  });

  it('prefers the watts the owner entered, and states a default when nothing is known', () => {
    expect(estimateFromBench(bench, prices, { ...owner, gpuWatts: 200 }).inputs).toMatchObject({
      gpuWatts: 200,
      gpuWattsSource: 'entered',
    });
    const cpu = estimateFromBench({ ...bench, backend: 'cpu', loadPowerW: null }, prices, owner);
    expect(cpu.inputs).toMatchObject({ gpuWatts: 65, gpuWattsSource: 'default' });
  });
});

// The estimate as the Benchmark screen asks for it: this machine's benchmark, the network's root config
// and what the owner entered. Watts come from the owner, else from the GPU measured under load during the
// benchmark, else a stated default.
import type { BenchResult } from './bench-schema.js';
import type { RerunReason } from './bench-store.js';
import { advertisedCapacity } from './capacity.js';
import { estimateEarnings, type Estimate, type EstimateInput } from './estimate.js';

/** The root config fields the estimate reads (docs/protocol.md §7; the chain's RootParams has them). */
export interface RootPrices {
  pricePerToken: bigint;
  workerFeePerToken: bigint;
  promptMult: number;
  cachedMult: number;
  completionMult: number;
  reasoningMult: number;
}

export interface OwnerInputs {
  hoursPerWeek: number;
  utilization?: number;
  kwhPrice: number;
  currency: string;
  tonPrice: number | null;
  /** Entered by the owner; wins over the measurement. */
  gpuWatts?: number;
  idleWatts?: number;
  /** Overrides the coefficient the benchmark suggests. */
  coefficient?: number;
}

/**
 * Reasons that make a saved result describe something else than what is served: another model file,
 * backend or load configuration. The estimate refuses such a result (a tiny model's speed says nothing of
 * an 8B model's); a new driver or app version only marks it stale.
 */
export function servingMismatch(reasons: readonly RerunReason[]): RerunReason[] {
  return reasons.filter((r) => r === 'model-changed' || r === 'backend-changed' || r === 'config-changed');
}

/** A typical draw while computing when nothing was measured or entered: a mid-range gaming GPU, or a desktop CPU. */
export const DEFAULT_WATTS = { gpu: 250, cpu: 65 } as const;

export function estimateFromBench(
  result: Pick<BenchResult, 'pp' | 'tg' | 'settings' | 'backend' | 'loadPowerW'>,
  prices: RootPrices,
  owner: OwnerInputs,
): Estimate {
  const measured = result.loadPowerW ?? null;
  const watts: Pick<EstimateInput, 'gpuWatts' | 'gpuWattsSource'> =
    owner.gpuWatts !== undefined
      ? { gpuWatts: owner.gpuWatts, gpuWattsSource: 'entered' }
      : measured !== null
        ? { gpuWatts: measured, gpuWattsSource: 'telemetry' }
        : {
            gpuWatts: result.backend === 'cpu' ? DEFAULT_WATTS.cpu : DEFAULT_WATTS.gpu,
            gpuWattsSource: 'default',
          };
  return estimateEarnings({
    ppTps: result.pp.median,
    tgTps: result.tg.median,
    promptTokensPerRequest: result.settings.promptTokens,
    completionTokensPerRequest: result.settings.genTokens,
    pricePerTokenNano: prices.pricePerToken,
    workerFeePerTokenNano: prices.workerFeePerToken,
    multipliers: {
      prompt: prices.promptMult,
      cached: prices.cachedMult,
      completion: prices.completionMult,
      reasoning: prices.reasoningMult,
    },
    coefficient: owner.coefficient ?? advertisedCapacity(result).suggestedCoefficient,
    hoursPerWeek: owner.hoursPerWeek,
    ...(owner.utilization === undefined ? {} : { utilization: owner.utilization }),
    ...watts,
    ...(owner.idleWatts === undefined ? {} : { idleWatts: owner.idleWatts }),
    kwhPrice: owner.kwhPrice,
    currency: owner.currency,
    tonPrice: owner.tonPrice,
  });
}

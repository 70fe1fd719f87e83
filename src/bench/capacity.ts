// What a worker advertises to proxies, from its own benchmark: how many requests it takes at once
// (worker.params max_active_requests, docs/protocol.md §3.5) and the price coefficient it asks (×1000, §4.5).
import type { BenchResult } from './bench-schema.js';

/** People read about 5–8 tokens/s; below ~15 a streamed answer visibly stutters. */
export const MIN_STREAM_TPS = 15;
/** When every slot starts at once, the last prompt should still be processed within this many seconds. */
export const MAX_PROMPT_WAIT_S = 4;
export const MAX_ACTIVE_CAP = 16;
/** One fluent stream for one reader: the speed at which a worker asks the base price (coefficient 1000). */
export const REFERENCE_TG_TPS = 30;
export const MIN_COEFFICIENT = 250;
export const BASE_COEFFICIENT = 1000;

export interface AdvertisedCapacity {
  maxActiveRequests: number;
  suggestedCoefficient: number;
  /** Which limit decided each number, in words for the dashboard. */
  reasons: string[];
}

export function advertisedCapacity(result: Pick<BenchResult, 'pp' | 'tg' | 'settings'>): AdvertisedCapacity {
  const { promptTokens, genTokens, contextSize } = result.settings;
  const tg = result.tg.median;
  const pp = result.pp.median;
  // Concurrent requests share the single-stream speed: exact on a CPU (no batching gain, docs/engine.md "Threads and speed on small machines")
  // and conservative on a GPU, where batching adds throughput. Three limits, the tightest wins:
  const byStream = Math.floor(tg / MIN_STREAM_TPS); // each stream stays readable
  const byPrompt = Math.floor((MAX_PROMPT_WAIT_S * pp) / promptTokens); // the last of n prompts starts soon enough
  const byContext = Math.floor(contextSize / (promptTokens + genTokens)); // every sequence fits a benchmark-sized request
  const limits = [
    { n: byStream, why: `${MIN_STREAM_TPS} tokens/s per stream at ${tg.toFixed(0)} tokens/s` },
    {
      n: byPrompt,
      why: `${promptTokens}-token prompts within ${MAX_PROMPT_WAIT_S} s at ${pp.toFixed(0)} tokens/s`,
    },
    { n: byContext, why: `${promptTokens + genTokens}-token requests in a ${contextSize}-token context` },
  ].sort((a, b) => a.n - b.n);
  const tightest = limits[0] ?? { n: 1, why: '' };
  const maxActiveRequests = Math.max(1, Math.min(MAX_ACTIVE_CAP, tightest.n));

  // Proxies send a request only to workers whose coefficient is within the client's max_coefficient, and
  // prefer short expected waits. A slow worker stays worth choosing by asking proportionally less; a fast one
  // asks the base price, not more, so clients with the default limit still reach it.
  const scaled = Math.round((BASE_COEFFICIENT * Math.min(1, tg / REFERENCE_TG_TPS)) / 50) * 50;
  const suggestedCoefficient = Math.max(MIN_COEFFICIENT, Math.min(BASE_COEFFICIENT, scaled));
  return {
    maxActiveRequests,
    suggestedCoefficient,
    reasons: [
      maxActiveRequests === MAX_ACTIVE_CAP
        ? `at most ${MAX_ACTIVE_CAP} requests at once`
        : `${maxActiveRequests} at once: ${tightest.why}`,
      suggestedCoefficient === BASE_COEFFICIENT
        ? `base price: generation at ${tg.toFixed(0)} tokens/s is at least ${REFERENCE_TG_TPS}`
        : `price ${(suggestedCoefficient / 1000).toFixed(2)}×: generation at ${tg.toFixed(0)} of ${REFERENCE_TG_TPS} tokens/s`,
    ],
  };
}

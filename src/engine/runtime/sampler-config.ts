// A request's sampling as node-llama-cpp's sampler chain takes it: exactly what its evaluate() resolves
// from { temperature, topP, seed } (node-llama-cpp 3.21.1, LlamaContextSequence._resolveSamplerConfig):
// top_k 40 and min_p 0 by default, no repeat or DRY penalty (their bookkeeping fields at their defaults),
// and a seed of the current second when the request names none. Temperature 0 is greedy.
import type { GenerateParams } from '../sandbox/messages.js';
import type { NativeSamplerConfig } from './native-context.js';

export const DEFAULT_TOP_K = 40;
const DEFAULT_MAX_PUNISH_TOKENS = 64;
const DRY_SEQUENCE_BREAKERS = ['\n', ':', '"', '*'];

export function samplerConfig(
  params: Pick<GenerateParams, 'temperature' | 'topP' | 'seed'>,
  now: () => number = Date.now,
): NativeSamplerConfig {
  const seed = params.seed ?? now() / 1000;
  return {
    temperature: params.temperature,
    minP: 0,
    topK: DEFAULT_TOP_K,
    topP: params.topP,
    seed: Math.max(0, Math.floor(Number.isFinite(seed) ? seed : now() / 1000)),
    repeatPenaltyMaxTokens: DEFAULT_MAX_PUNISH_TOKENS,
    dryRepeatPenaltyBase: 1.75,
    dryRepeatPenaltyAllowedLength: 2,
    dryRepeatPenaltyLastTokens: -1,
    dryRepeatPenaltySequenceBreakers: DRY_SEQUENCE_BREAKERS,
  };
}

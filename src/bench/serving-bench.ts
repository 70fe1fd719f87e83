// The benchmark of the serving configuration: the same file, backend, GPU layers, total context, sequences,
// threads and flash attention the engine loads, so the numbers (and the estimate and the advertised
// capacity taken from them) describe what the worker actually serves.
import type { ServingConfig } from '../engine/serving-config.js';
import { hostOptionsFromConfig } from '../engine/sandbox/serving-options.js';
import type { BenchLoadFingerprint, BenchSettings } from './bench-schema.js';
import type { BenchmarkOptions } from './benchmark.js';

/**
 * What the serving configuration fixes, as the sandbox host turns it into a load (the same per-sequence
 * share of the context, so two configurations the engine loads alike are one measurement); the rest
 * (prompt sizes, repetitions) stays the benchmark's.
 */
export function servingLoad(serving: ServingConfig): BenchLoadFingerprint {
  const host = hostOptionsFromConfig(serving);
  return {
    gpuLayers: serving.backend === 'cpu' ? 0 : serving.gpuLayers,
    contextSize: host.contextSize * host.maxActiveRequests,
    sequences: host.maxActiveRequests,
    threads: serving.threads,
    flashAttention: serving.flashAttention,
  };
}

/**
 * Options for runBenchmark from a serving configuration. `overrides` may set the benchmark's own sizes
 * (repetitions, pp / tg tokens, batch); the load fields always come from the configuration.
 */
export function servingBenchOptions(
  serving: ServingConfig,
  overrides: Partial<BenchSettings> = {},
): Pick<BenchmarkOptions, 'modelPath' | 'modelSha256' | 'backend' | 'settings' | 'model'> {
  return {
    modelPath: serving.modelPath,
    ...(serving.modelSha256 ? { modelSha256: serving.modelSha256 } : {}),
    backend: serving.backend,
    model: { id: serving.modelId, name: serving.modelName },
    settings: { ...overrides, ...servingLoad(serving) },
  };
}

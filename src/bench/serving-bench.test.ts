import { describe, expect, it } from 'vitest';
import type { ServingConfig } from '../engine/serving-config.js';
import { servingBenchOptions, servingLoad } from './serving-bench.js';
import { servingMismatch } from './estimate-from-bench.js';

const config: ServingConfig = {
  modelId: 'qwen3-8b-q4_k_m',
  modelPath: '/models/Qwen3-8B-Q4_K_M.gguf',
  modelSha256: 'a'.repeat(64),
  modelName: 'Qwen/Qwen3-8B',
  backend: 'cuda',
  gpuLayers: 37,
  contextSize: 16384,
  sequences: 4,
  threads: 6,
  flashAttention: true,
};

describe('the benchmark of a serving configuration', () => {
  it('loads what the engine loads: file, backend, layers, total context over the sequences, threads', () => {
    const o = servingBenchOptions(config, { repetitions: 2, contextSize: 512, threads: 1 });
    expect(o).toMatchObject({
      modelPath: config.modelPath,
      modelSha256: config.modelSha256,
      backend: 'cuda',
      model: { id: config.modelId, name: 'Qwen/Qwen3-8B' },
    });
    expect(o.settings).toEqual({
      repetitions: 2,
      gpuLayers: 37,
      contextSize: 16384,
      sequences: 4,
      threads: 6,
      flashAttention: true,
    });
  });

  it('sizes the context as the sandbox host does, so configurations loaded alike are one measurement', () => {
    // Each sequence gets at least the host's minimum: 1024 over 8 loads as 8 × 256.
    expect(servingLoad({ ...config, contextSize: 1024, sequences: 8 }).contextSize).toBe(2048);
    expect(servingLoad({ ...config, contextSize: 1000, sequences: 3 }).contextSize).toBe(999);
    expect(servingLoad({ ...config, backend: 'cpu' }).gpuLayers).toBe(0);
  });

  it('refuses an estimate only for another model, backend or configuration', () => {
    expect(servingMismatch(['driver-changed', 'config-changed', 'app-updated', 'model-changed'])).toEqual([
      'config-changed',
      'model-changed',
    ]);
    expect(servingMismatch(['gpu-changed', 'app-updated'])).toEqual([]);
  });
});

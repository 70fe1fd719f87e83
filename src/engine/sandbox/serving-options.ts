// A serving configuration as sandbox host options. The configuration's context is the total over all
// sequences; node-llama-cpp sizes each sequence's context separately, so the host gets the share.
import type { ServingConfig } from '../serving-config.js';
import type { ServingHostOptions } from './host-types.js';

/** Below this a sequence cannot hold a chat template and an answer. */
const MIN_CONTEXT_PER_SEQUENCE = 256;

export function hostOptionsFromConfig(c: ServingConfig): ServingHostOptions {
  return {
    modelPath: c.modelPath,
    modelName: c.modelName,
    threads: c.threads,
    gpu: c.backend === 'cpu' ? false : c.backend,
    gpuLayers: c.gpuLayers,
    contextSize: Math.max(MIN_CONTEXT_PER_SEQUENCE, Math.floor(c.contextSize / c.sequences)),
    maxActiveRequests: c.sequences,
    flashAttention: c.flashAttention,
  };
}

export function isServingConfig(v: ServingConfig | Partial<ServingHostOptions>): v is ServingConfig {
  return 'modelId' in v && 'backend' in v;
}

// The serving configuration: exactly what the engine loads (file, backend, layers, context, sequences,
// threads). The sandbox host loads it, the benchmark measures it, and the state shows it; a saved benchmark
// taken under another configuration is stale.
import type { EngineBackend } from '../api/models.js';

export interface ServingConfig {
  /** Stable id of the model (catalog id, imported id, or 'tiny'). */
  modelId: string;
  modelPath: string;
  /** SHA-256 of the file when known (catalog, imported, tiny); null when not yet computed. */
  modelSha256: string | null;
  /** The network name the worker advertises. */
  modelName: string;
  /** The backend asked for; the engine reports the one it actually loaded. */
  backend: EngineBackend;
  /** Layers to offload; the plan's figure (0 on the CPU). */
  gpuLayers: number;
  /** Total context over all sequences (each sequence gets contextSize / sequences). */
  contextSize: number;
  sequences: number;
  threads: number;
  flashAttention: boolean;
}

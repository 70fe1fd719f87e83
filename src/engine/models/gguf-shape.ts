// The fit planner's view of a GGUF file, derived from its header.
import type { FitModel } from './fit-planner.js';
import { kvBytesPerToken } from './catalog.js';
import type { GgufHeader } from './gguf-header.js';

export function fitShapeOf(h: GgufHeader): FitModel {
  const headDim = h.keyLength ?? Math.floor(h.embeddingLength / h.headCount);
  return {
    sizeBytes: h.fileBytes,
    layers: h.blockCount,
    kvBytesPerToken: kvBytesPerToken(h.blockCount, h.headCountKv, headDim),
    trainContext: h.contextLength,
  };
}

// Picks GPU layers and context size for a model on this machine (pure: numbers in, plan out).
// Preference: full offload with the largest context from `desiredContext` down to `minContext`; failing
// that, as many layers as fit at `minContext` with the rest in RAM; failing that, it does not fit.
export interface FitModel {
  sizeBytes: number;
  layers: number;
  kvBytesPerToken: number;
  trainContext: number;
}

export interface FitInput {
  model: FitModel;
  vramFreeBytes: number;
  /** The owner's cap on VRAM use (settings); absent: no cap. */
  vramCapBytes?: number;
  ramFreeBytes: number;
  desiredContext?: number;
  minContext?: number;
  /** Parallel sequences share the context; each needs room for a useful request. */
  sequences?: number;
}

export interface FitPlan {
  fits: boolean;
  /** Layers on the GPU (0 = CPU only); equal to model.layers for full offload. */
  gpuLayers: number;
  contextSize: number;
  vramBytes: number;
  ramBytes: number;
  reason: string;
}

/** Compute buffers and the CUDA/Vulkan context: a fixed part plus a share of the weights. */
const GPU_OVERHEAD_BYTES = 300 * 1024 * 1024;
const RAM_HEADROOM = 0.8;

export function planFit(input: FitInput): FitPlan {
  const { model } = input;
  const sequences = Math.max(1, input.sequences ?? 1);
  const minContext = Math.min(input.minContext ?? 1024 * sequences, model.trainContext);
  const desired = Math.min(input.desiredContext ?? 8192 * sequences, model.trainContext);
  const budget =
    Math.min(input.vramFreeBytes, input.vramCapBytes ?? Number.MAX_SAFE_INTEGER) -
    GPU_OVERHEAD_BYTES -
    model.sizeBytes * 0.05;
  // Embeddings and the output head count as roughly one more layer of weights.
  const perLayer = model.sizeBytes / (model.layers + 1);
  const ram = (gpuLayers: number, ctx: number): number =>
    (model.layers + 1 - gpuLayers) * perLayer +
    ((model.layers - gpuLayers) / model.layers) * model.kvBytesPerToken * ctx;
  const vram = (gpuLayers: number, ctx: number): number =>
    gpuLayers === 0
      ? 0
      : GPU_OVERHEAD_BYTES +
        model.sizeBytes * 0.05 +
        gpuLayers * perLayer +
        (gpuLayers / model.layers) * model.kvBytesPerToken * ctx +
        (gpuLayers === model.layers ? perLayer : 0);
  const ramBudget = input.ramFreeBytes * RAM_HEADROOM;

  for (let ctx = desired; ctx >= minContext; ctx = Math.floor(ctx / 2)) {
    if (model.sizeBytes + model.kvBytesPerToken * ctx <= budget) {
      return {
        fits: true,
        gpuLayers: model.layers,
        contextSize: ctx,
        vramBytes: Math.ceil(vram(model.layers, ctx)),
        ramBytes: 0,
        reason: 'full GPU offload',
      };
    }
    if (ctx / 2 < minContext) break;
  }
  // Partial offload (or the CPU alone): the largest context whose layers and KV cache fit beside the VRAM.
  const attempt = (ctx: number): FitPlan => {
    const perGpuLayer = perLayer + (model.kvBytesPerToken * ctx) / model.layers;
    const gpuLayers =
      budget <= 0 ? 0 : Math.max(0, Math.min(model.layers - 1, Math.floor(budget / perGpuLayer)));
    const needRam = ram(gpuLayers, ctx);
    if (needRam > ramBudget) {
      return {
        fits: false,
        gpuLayers: 0,
        contextSize: 0,
        vramBytes: 0,
        ramBytes: Math.ceil(needRam),
        reason: `needs ${gib(needRam)} of RAM beside ${gib(Math.max(0, budget))} of VRAM`,
      };
    }
    return {
      fits: true,
      gpuLayers,
      contextSize: ctx,
      vramBytes: Math.ceil(vram(gpuLayers, ctx)),
      ramBytes: Math.ceil(needRam),
      reason:
        gpuLayers === 0
          ? 'CPU only (no usable VRAM)'
          : `partial offload: ${gpuLayers}/${model.layers} layers on the GPU`,
    };
  };
  // Fewer layers on the GPU cost more than a shorter context: with a GPU keep the smallest context and
  // the most layers; on the CPU alone take the largest context the RAM holds.
  if (budget > 0) return attempt(minContext);
  for (let ctx = desired; ctx > minContext; ctx = Math.floor(ctx / 2)) {
    const plan = attempt(ctx);
    if (plan.fits) return plan;
  }
  return attempt(minContext);
}

const gib = (n: number): string => `${(n / 2 ** 30).toFixed(1)} GiB`;

// Loads one model into one context with N sequences on the backend the Llama instance has, and reports
// what actually applied: layers offloaded, flash attention, VRAM in use, the device.
import type { Llama, LlamaContext, LlamaModel } from 'node-llama-cpp';
import type { LoadInfo, LoadedBackend } from '../sandbox/messages.js';

export interface LoadOptions {
  modelPath: string;
  /** Per sequence. */
  contextSize: number;
  sequences: number;
  /** Absent: node-llama-cpp fits layers itself; >= the block count: everything, the output layer too. */
  gpuLayers?: number;
  /** Default: on for a GPU backend, off on the CPU. Applied only where the model supports it. */
  flashAttention?: boolean;
  threads: number;
}

export interface LoadedModel {
  model: LlamaModel;
  context: LlamaContext;
  info: LoadInfo;
}

export function backendOf(llama: Llama): LoadedBackend {
  return llama.gpu === false ? 'cpu' : llama.gpu;
}

function blockCount(fileInfo: LlamaModel['fileInfo']): number | null {
  const arch = fileInfo.architectureMetadata as { block_count?: unknown };
  return typeof arch.block_count === 'number' ? arch.block_count : null;
}

/** node-llama-cpp counts the output layer as one more layer: "all N blocks" means N + 1 for it. */
async function gpuLayersOption(backend: LoadedBackend, o: LoadOptions): Promise<number | 'auto'> {
  if (backend === 'cpu') return 0;
  if (o.gpuLayers === undefined) return 'auto';
  if (o.gpuLayers === 0) return 0;
  const { readGgufFileInfo } = await import('node-llama-cpp');
  const blocks = blockCount(await readGgufFileInfo(o.modelPath, { readTensorInfo: false }));
  return blocks !== null && o.gpuLayers >= blocks ? blocks + 1 : o.gpuLayers;
}

export async function loadModel(llama: Llama, o: LoadOptions): Promise<LoadedModel> {
  const backend = backendOf(llama);
  const wantFlash = o.flashAttention ?? backend !== 'cpu';
  const model = await llama.loadModel({
    modelPath: o.modelPath,
    gpuLayers: await gpuLayersOption(backend, o),
    defaultContextFlashAttention: wantFlash,
  });
  const blocks = blockCount(model.fileInfo) ?? model.fileInsights.totalLayers - 1;
  const flash = wantFlash && model.flashAttentionSupported;
  const create = (flashAttention: boolean): Promise<LlamaContext> =>
    model.createContext({
      contextSize: o.contextSize,
      sequences: o.sequences,
      threads: o.threads,
      batchSize: Math.min(512, o.contextSize),
      flashAttention,
    });
  let context: LlamaContext;
  let flashApplied = flash;
  try {
    context = await create(flash);
  } catch (err) {
    // A backend that cannot run flash attention for this model fails the context; serve without it.
    if (!flash) {
      await model.dispose();
      throw err;
    }
    flashApplied = false;
    context = await create(false);
  }
  const meta = model.fileInfo.metadata as unknown as { tokenizer?: { ggml?: { tokens?: unknown[] } } };
  const names = backend === 'cpu' ? [] : await llama.getGpuDeviceNames().catch(() => []);
  const vram = backend === 'cpu' ? null : await llama.getVramState().catch(() => null);
  return {
    model,
    context,
    info: {
      contextSize: context.contextSize,
      sequences: o.sequences,
      trainContextSize: model.trainContextSize,
      vocabSize: meta.tokenizer?.ggml?.tokens?.length ?? 0,
      backend,
      device: names[0] ?? null,
      gpuLayers: Math.min(model.gpuLayers, blocks),
      totalLayers: blocks,
      flashAttention: flashApplied,
      vramUsedBytes: vram ? vram.used : null,
      threads: o.threads,
    },
  };
}

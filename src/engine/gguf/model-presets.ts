// Every model the project can generate, by preset name: the llama-shaped demo and bench models, and
// Qwen3-shaped ones from a few MB up to Qwen3-8B's real dimensions (that one only for GPU machines).
import type { TinyModelOptions } from './llama-model.js';
import type { Qwen3ModelOptions } from './qwen3-model.js';

export type GeneratedModelOptions = TinyModelOptions | Qwen3ModelOptions;

export type TinyPreset = 'tiny' | 'bench';
export type Qwen3Preset = 'qwen3-small' | 'qwen3-500m' | 'qwen3-8b-shape';
export type GeneratedPreset = TinyPreset | Qwen3Preset;

const llamaPresets: Record<TinyPreset, TinyModelOptions> = {
  tiny: {
    seed: 7,
    layers: 2,
    dims: 64,
    heads: 4,
    kvHeads: 2,
    feedForward: 128,
    vocabSize: 1300,
    contextLength: 4096,
    type: 'f32',
    name: 'silkworm-tiny',
  },
  bench: {
    seed: 7,
    layers: 8,
    dims: 512,
    heads: 8,
    kvHeads: 4,
    feedForward: 1536,
    vocabSize: 32000,
    contextLength: 4096,
    type: 'q8_0',
    name: 'silkworm-bench',
  },
};

const qwen3 = { architecture: 'qwen3', seed: 7, contextLength: 40960 } as const;

const qwen3Presets: Record<Qwen3Preset, Qwen3ModelOptions> = {
  // A few MB; heads × headDim (512) differs from dims (256), as in every real Qwen3.
  'qwen3-small': {
    ...qwen3,
    name: 'silkworm-qwen3-small',
    layers: 4,
    dims: 256,
    heads: 4,
    kvHeads: 2,
    headDim: 128,
    feedForward: 768,
    vocabSize: 4096,
    contextLength: 4096,
    type: 'q8_0',
    tiedOutput: false,
  },
  // Qwen3-0.6B's shape (llama.cpp names it 0.6B) with a 32k vocabulary: ~500 MB in q8_0, tied output.
  'qwen3-500m': {
    ...qwen3,
    name: 'silkworm-qwen3-500m',
    layers: 28,
    dims: 1024,
    heads: 16,
    kvHeads: 8,
    headDim: 128,
    feedForward: 3072,
    vocabSize: 32768,
    type: 'q8_0',
    tiedOutput: true,
  },
  // Qwen3-8B's dimensions and vocabulary size, untied like the real one: ~4.7 GB in q4_0.
  'qwen3-8b-shape': {
    ...qwen3,
    name: 'silkworm-qwen3-8b-shape',
    layers: 36,
    dims: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    feedForward: 12288,
    vocabSize: 151936,
    type: 'q4_0',
    tiedOutput: false,
  },
};

/** Per-key types, so `generatedPresets.tiny` stays a llama option set and `['qwen3-500m']` a Qwen3 one. */
export const generatedPresets: Record<TinyPreset, TinyModelOptions> & Record<Qwen3Preset, Qwen3ModelOptions> =
  {
    ...llamaPresets,
    ...qwen3Presets,
  };

export const generatedPresetNames: readonly GeneratedPreset[] = [
  'tiny',
  'bench',
  'qwen3-small',
  'qwen3-500m',
  'qwen3-8b-shape',
];

export const isGeneratedPreset = (name: string): name is GeneratedPreset =>
  (generatedPresetNames as readonly string[]).includes(name);

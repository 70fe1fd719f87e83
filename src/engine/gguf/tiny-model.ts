// The generators' first surface, kept for its callers: the llama-shaped demo model (`tiny`) and every other
// preset by name. New code can use generated-model.ts and model-presets.ts directly.
import { ensureGeneratedModel, writeGeneratedModel } from './generated-model.js';
import { generatedPresets, type GeneratedModelOptions, type GeneratedPreset } from './model-presets.js';

export { buildTinyModel } from './llama-model.js';
export { GeneratedModelError as TinyModelError } from './model-error.js';
export {
  generatedPresetNames,
  isGeneratedPreset,
  type GeneratedModelOptions,
  type GeneratedPreset,
} from './model-presets.js';

/** All presets by name; `tiny` and `bench` are llama option sets, the `qwen3-*` ones Qwen3 sets. */
export const tinyPresets = generatedPresets;

/** Writes the model atomically (temp file + rename) and returns its sha256. */
export async function writeTinyModel(path: string, options: GeneratedModelOptions): Promise<string> {
  return (await writeGeneratedModel(path, options)).sha256;
}

/** Generates the named preset in `dir` once (later calls reuse the file) and returns its path. */
export async function ensureTinyModel(dir: string, preset: GeneratedPreset = 'tiny'): Promise<string> {
  return ensureGeneratedModel(dir, preset);
}

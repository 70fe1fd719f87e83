// Writes any generated model (llama or Qwen3-shaped) by options or preset name. Files are streamed to a
// temp file and renamed, so memory stays bounded and a crash never leaves a half model under the name.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildTinyModel } from './llama-model.js';
import { writeModelFile, type WrittenModel } from './model-file.js';
import { generatedPresets, type GeneratedModelOptions, type GeneratedPreset } from './model-presets.js';
import { qwen3ModelSize, streamQwen3Model } from './qwen3-model.js';

export function streamGeneratedModel(o: GeneratedModelOptions): Iterable<Uint8Array> {
  return o.architecture === 'qwen3' ? streamQwen3Model(o) : buildTinyModel(o);
}

/** The file size the options give; exact, and computed without drawing weights for Qwen3 models. */
export function generatedModelSize(o: GeneratedModelOptions): number {
  if (o.architecture === 'qwen3') return qwen3ModelSize(o);
  return buildTinyModel(o).reduce((n, c) => n + c.length, 0);
}

export async function writeGeneratedModel(path: string, o: GeneratedModelOptions): Promise<WrittenModel> {
  return writeModelFile(path, streamGeneratedModel(o));
}

/** The file name encodes what shapes the bytes, so presets never collide in one folder. */
export const generatedModelFileName = (o: GeneratedModelOptions): string =>
  `${o.name}-s${o.seed}-${o.type}.gguf`;

/**
 * Generates the preset in `dir` once and returns its path; a later call reuses the file. A Qwen3 file of
 * another size (an older generator's) is regenerated; llama files are only checked for being non-empty,
 * since sizing them means building them.
 */
export async function ensureGeneratedModel(dir: string, preset: GeneratedPreset): Promise<string> {
  const options: GeneratedModelOptions = generatedPresets[preset];
  const path = join(dir, generatedModelFileName(options));
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isFile() === true && existing.size > 0) {
    if (options.architecture !== 'qwen3' || existing.size === qwen3ModelSize(options)) return path;
  }
  await mkdir(dir, { recursive: true });
  await writeGeneratedModel(path, options);
  return path;
}

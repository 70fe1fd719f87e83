// The project's generated demo model (`tiny`): always offered, generated on first use with
// ensureTinyModel, labelled as a demo — gibberish, for the offline devnet and CPU tests only.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelEntry } from '../../api/models.js';
import { ensureTinyModel, tinyPresets } from '../gguf/tiny-model.js';
import { fitShapeOf } from './gguf-shape.js';
import type { HeaderCache } from './header-cache.js';
import { sha256OfFile } from './import-file.js';
import { tinyEntry, TINY_ID } from './model-entries.js';
import type { ModelHostFacts, ResolvedModel } from './model-store-types.js';

/** Where ensureTinyModel puts the demo model (named by its options), without generating it. */
export function tinyPath(dir: string): string {
  const o = tinyPresets.tiny;
  return join(dir, `${o.name}-s${o.seed}-${o.type}.gguf`);
}

export async function demoEntry(
  dir: string,
  headers: HeaderCache,
  host: ModelHostFacts | null,
): Promise<ModelEntry> {
  const path = tinyPath(dir);
  const s = await stat(path).catch(() => null);
  const checked = s ? await headers.check(path).catch(() => null) : null;
  const file = checked
    ? { path, sizeBytes: checked.sizeBytes, sha256: null, shape: fitShapeOf(checked.header) }
    : null;
  return tinyEntry(file, tinyPresets.tiny.name, host);
}

export async function resolveDemo(dir: string, headers: HeaderCache): Promise<ResolvedModel> {
  const path = await ensureTinyModel(dir, 'tiny');
  const { header, sizeBytes } = await headers.check(path);
  return {
    id: TINY_ID,
    servedName: tinyPresets.tiny.name,
    title: 'Demo model (generated, gibberish)',
    source: 'tiny',
    demo: true,
    path,
    sizeBytes,
    sha256: await sha256OfFile(path), // under a megabyte; the attestation reports it
    architecture: header.architecture,
    shape: fitShapeOf(header),
  };
}

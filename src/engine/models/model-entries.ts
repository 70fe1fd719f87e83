// Builds the ModelEntry the dashboard and the CLI show, one function per source, with the fit for this
// machine: full offload within the owner's VRAM share (free VRAM × vramShare), else partial, else CPU.
import type { DownloadProgressView, ModelEntry, ModelFileState, ModelFit } from '../../api/models.js';
import { UNPUBLISHED_HASH_NOTE, type CatalogModel } from './catalog.js';
import type { DiscoveredModel } from './discovered.js';
import { planFit, type FitModel } from './fit-planner.js';
import { fitShapeOf } from './gguf-shape.js';
import type { ModelHostFacts } from './model-store-types.js';
import type { ImportedRecord, VerifiedRecord } from './registry-file.js';

export const TINY_ID = 'tiny';

export function fitFor(shape: FitModel, host: ModelHostFacts | null): ModelFit | null {
  if (!host) return null;
  const vram = host.gpu && host.vramFreeBytes !== null ? host.vramFreeBytes : 0;
  const plan = planFit({
    model: shape,
    vramFreeBytes: vram,
    vramCapBytes: vram * host.vramShare,
    ramFreeBytes: host.ramFreeBytes,
    sequences: host.sequences,
  });
  return {
    fits: plan.fits,
    gpuLayers: plan.gpuLayers,
    totalLayers: shape.layers,
    contextSize: plan.contextSize,
    vramBytes: plan.vramBytes,
    ramBytes: plan.ramBytes,
    reason: plan.reason,
  };
}

export const catalogShape = (m: CatalogModel, sizeBytes = m.sizeBytes): FitModel => ({
  sizeBytes,
  layers: m.layers,
  kvBytesPerToken: m.kvBytesPerToken,
  trainContext: m.trainContext,
});

export interface CatalogFileFacts {
  state: ModelFileState;
  path: string | null;
  verified: VerifiedRecord | undefined;
  download: DownloadProgressView | null;
  /** Why a present file is not ready (e.g. its size is wrong), for the note. */
  problem: string | null;
}

export function catalogEntry(m: CatalogModel, f: CatalogFileFacts, host: ModelHostFacts | null): ModelEntry {
  const sha256 = m.sha256 ?? f.verified?.sha256 ?? null;
  const hashNote =
    m.sha256 !== null ? null : sha256 !== null ? 'SHA-256 pinned on first download' : UNPUBLISHED_HASH_NOTE;
  const sizeBytes = f.verified?.sizeBytes ?? m.sizeBytes;
  return {
    id: m.id,
    title: m.title,
    servedName: m.servedName,
    source: 'catalog',
    sizeBytes,
    sha256,
    url: m.url,
    path: f.path,
    architecture: m.architecture,
    quantization: m.quantization,
    state: f.state,
    fit: fitFor(catalogShape(m, sizeBytes), host),
    demo: false,
    download: f.download,
    note: f.problem ?? hashNote,
  };
}

export function importedEntry(
  r: ImportedRecord,
  state: ModelFileState,
  problem: string | null,
  host: ModelHostFacts | null,
): ModelEntry {
  return {
    id: r.id,
    title: r.title,
    servedName: r.servedName,
    source: 'imported',
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    url: null,
    path: r.path,
    architecture: r.architecture,
    quantization: r.quantization,
    state,
    fit: fitFor(r.shape, host),
    demo: false,
    download: null,
    note: problem ?? 'imported: the file stays where it is',
  };
}

export function discoveredEntry(d: DiscoveredModel, host: ModelHostFacts | null): ModelEntry {
  return {
    id: d.id,
    title: d.title,
    servedName: d.servedName,
    source: 'discovered',
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    url: null,
    path: d.path,
    architecture: d.header.architecture,
    quantization: d.header.quantization,
    state: 'ready',
    fit: fitFor(fitShapeOf(d.header), host),
    demo: false,
    download: null,
    note: d.origin === 'lmstudio' ? 'from LM Studio (used in place)' : 'from Ollama (used in place)',
  };
}

export function tinyEntry(
  file: { path: string; sizeBytes: number; sha256: string | null; shape: FitModel } | null,
  servedName: string,
  host: ModelHostFacts | null,
): ModelEntry {
  return {
    id: TINY_ID,
    title: 'Demo model (generated, gibberish)',
    servedName,
    source: 'tiny',
    sizeBytes: file?.sizeBytes ?? null,
    sha256: file?.sha256 ?? null,
    url: null,
    path: file?.path ?? null,
    architecture: 'llama',
    quantization: 'F32',
    state: 'ready',
    fit: file ? fitFor(file.shape, host) : null,
    demo: true,
    download: null,
    note: 'the project’s generated demo model: for the offline devnet and CPU tests only',
  };
}

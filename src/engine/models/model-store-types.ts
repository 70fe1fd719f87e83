// The model store's surface for the composition root and the CLI: every model the worker could serve
// (catalog, imported, discovered, the demo), their files, downloads and fits. Implemented by ModelStore.
import type { DownloadProgressView, ModelEntry, ModelSource } from '../../api/models.js';
import type { FitModel } from './fit-planner.js';

/** The machine facts the fit uses, read by the caller (bench hardware + settings). */
export interface ModelHostFacts {
  /** A usable GPU backend exists. */
  gpu: boolean;
  gpuName: string | null;
  /** Free VRAM on the serving GPU, bytes (null: unknown / no GPU). */
  vramFreeBytes: number | null;
  /** The owner's share of VRAM Silkworm may use (0.05–1). */
  vramShare: number;
  ramFreeBytes: number;
  /** Parallel sequences the worker serves (max_active_requests). */
  sequences: number;
}

/** A model whose file is on disk and verified, ready for the engine. */
export interface ResolvedModel {
  id: string;
  servedName: string;
  title: string;
  source: ModelSource;
  demo: boolean;
  path: string;
  sizeBytes: number;
  sha256: string | null;
  architecture: string | null;
  /** Shape for the fit planner (from the catalog or the GGUF header). */
  shape: FitModel;
}

export type ModelStoreErrorCode =
  | 'unknown-model'
  | 'not-ready'
  | 'no-space'
  | 'no-checksum'
  | 'not-gguf'
  | 'unsupported-architecture'
  | 'truncated'
  | 'not-found'
  | 'busy'
  | 'download-failed';

export class ModelStoreError extends Error {
  constructor(
    readonly code: ModelStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ModelStoreError';
  }
}

export interface ModelStoreApi {
  /** Every model, with its state and fit for `host`. */
  entries(host: ModelHostFacts | null): Promise<ModelEntry[]>;
  downloads(): Array<DownloadProgressView & { id: string }>;
  /** Starts or resumes a download; checks free disk first. Resolves once started (not when done). */
  download(id: string, options?: { allowUnverified?: boolean }): Promise<void>;
  /** Resolves when the download of `id` has finished (verified) or rejects with its error. */
  whenDownloaded(id: string): Promise<void>;
  pause(id: string): void;
  cancel(id: string): Promise<void>;
  importFile(path: string, name?: string): Promise<{ id: string }>;
  remove(id: string): Promise<void>;
  resolve(id: string): Promise<ResolvedModel>;
  /** Called on any change of entries or download progress (throttled by the caller). */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
}

// What discovery offers: a GGUF file the owner already has (LM Studio, Ollama), validated and referenced
// where it lies — never copied — and what it skipped, with the reason, for the owner and the tests.
import { basename } from 'node:path';
import { modelCatalog } from './catalog.js';
import type { CheckedFile } from './header-cache.js';
import { ModelStoreError } from './model-store-types.js';
import { errorMessage } from '../../logging/logger.js';

export type DiscoveryOrigin = 'lmstudio' | 'ollama';

export interface DiscoveredModel extends CheckedFile {
  id: string;
  origin: DiscoveryOrigin;
  title: string;
  servedName: string;
  /** Known without hashing when the store names files by hash (Ollama blobs); else null. */
  sha256: string | null;
}

export interface SkippedFile {
  path: string;
  reason: string;
  code: string;
}

export interface Discovery {
  found: DiscoveredModel[];
  skipped: SkippedFile[];
}

/** Multi-part models and vision projectors are not servable files on their own. */
export function unservableName(file: string): string | null {
  const name = basename(file).toLowerCase();
  if (name.includes('mmproj') || name.includes('projector')) return 'a vision projector, not a chat model';
  if (/-\d{5}-of-\d{5}\.gguf$/.test(name)) return 'one part of a multi-part model (not supported)';
  return null;
}

/** The network name: the catalog's when the file is a catalog file, else the given fallback. */
export function servedNameFor(file: string, fallback: string): string {
  const name = basename(file);
  return modelCatalog.find((m) => m.file === name)?.servedName ?? fallback;
}

export function skippedFrom(path: string, err: unknown): SkippedFile {
  if (err instanceof ModelStoreError) return { path, reason: err.message, code: err.code };
  return { path, reason: errorMessage(err), code: 'unreadable' };
}

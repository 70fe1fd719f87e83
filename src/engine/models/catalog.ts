// Real models for real GPUs: the catalog entries (catalog-entries.ts) with their download URL pinned to a
// repository revision and the VRAM a full offload needs. The downloader verifies every byte against
// sha256; an entry whose hash is unknown says so (sha256: null) and is refused by the downloader unless the
// caller opts in, after which the store pins the hash it got.
import { catalogEntries, type CatalogEntry } from './catalog-entries.js';
import { planFit } from './fit-planner.js';

export interface CatalogModel extends CatalogEntry {
  url: string;
  /** f16 K+V bytes per context token over all layers: 2 × layers × kv_heads × head_dim × 2. */
  kvBytesPerToken: number;
  /** VRAM for full offload at a 4096-token context (from the fit planner). */
  minVramBytes: number;
  /** What the owner should know about the file (e.g. that its hash is not published). */
  note: string | null;
}

export const kvBytesPerToken = (layers: number, kvHeads: number, headDim: number): number =>
  2 * layers * kvHeads * headDim * 2;

export const UNPUBLISHED_HASH_NOTE = 'SHA-256 not published; verified by size, pinned on first download';

export const modelCatalog: readonly CatalogModel[] = catalogEntries.map((e) => {
  const kv = kvBytesPerToken(e.layers, e.kvHeads, e.headDim);
  return {
    ...e,
    url: `https://huggingface.co/${e.repo}/resolve/${e.revision}/${e.file}`,
    kvBytesPerToken: kv,
    note: e.sha256 === null ? UNPUBLISHED_HASH_NOTE : null,
    minVramBytes: planFit({
      model: { sizeBytes: e.sizeBytes, layers: e.layers, kvBytesPerToken: kv, trainContext: e.trainContext },
      vramFreeBytes: Number.MAX_SAFE_INTEGER,
      ramFreeBytes: Number.MAX_SAFE_INTEGER,
      desiredContext: 4096,
    }).vramBytes,
  };
});

export function catalogModel(id: string): CatalogModel | undefined {
  return modelCatalog.find((m) => m.id === id);
}

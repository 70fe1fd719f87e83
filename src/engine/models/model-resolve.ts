// Turns a catalog or imported entry into a file the engine may load, or says clearly why not. A catalog
// file not yet recorded as verified (e.g. the process stopped between the rename and the record) is
// hashed here once, before first use; a mismatch marks it corrupt.
import { stat } from 'node:fs/promises';
import type { CatalogModel } from './catalog.js';
import { readGgufHeader } from './gguf-header.js';
import { sha256OfFile } from './import-file.js';
import { catalogShape, type CatalogFileFacts } from './model-entries.js';
import { ModelStoreError, type ResolvedModel } from './model-store-types.js';
import type { ImportedRecord, RegistryFile } from './registry-file.js';

function notReady(m: CatalogModel, f: CatalogFileFacts): ModelStoreError {
  switch (f.state) {
    case 'absent':
      return new ModelStoreError(
        'not-ready',
        `${m.title} is not downloaded yet (silkworm model download ${m.id})`,
      );
    case 'downloading': {
      const d = f.download;
      const pct = d?.totalBytes ? ` (${Math.floor((d.receivedBytes / d.totalBytes) * 100)} %)` : '';
      return new ModelStoreError('not-ready', `${m.title} is still downloading${pct}; resume it to finish`);
    }
    case 'corrupt':
    case 'ready':
      return new ModelStoreError(
        'not-ready',
        `${m.title} cannot be used: ${f.problem ?? 'its file failed its check'}`,
      );
  }
}

export async function resolveCatalog(
  m: CatalogModel,
  f: CatalogFileFacts,
  registry: RegistryFile,
  dir: string,
): Promise<ResolvedModel> {
  if (f.state !== 'ready' || f.path === null) throw notReady(m, f);
  const path = f.path;
  const s = await stat(path);
  let verified =
    f.verified?.sizeBytes === s.size && f.verified.mtimeMs === s.mtimeMs ? f.verified : undefined;
  if (!verified) {
    await readGgufHeader(path);
    const sha256 = await sha256OfFile(path);
    const expected = m.sha256 ?? f.verified?.sha256 ?? null;
    if (expected !== null && sha256 !== expected) {
      await registry.update((r) => ({ ...r, corrupt: [...r.corrupt.filter((c) => c !== m.id), m.id] }));
      throw new ModelStoreError(
        'not-ready',
        `${m.title} in ${dir} failed its SHA-256 check; remove it and download again`,
      );
    }
    verified = { sha256, sizeBytes: s.size, mtimeMs: s.mtimeMs };
    const record = verified;
    await registry.update((r) => ({ ...r, verified: { ...r.verified, [m.id]: record } }));
  }
  return {
    id: m.id,
    servedName: m.servedName,
    title: m.title,
    source: 'catalog',
    demo: false,
    path,
    sizeBytes: s.size,
    sha256: verified.sha256,
    architecture: m.architecture,
    shape: catalogShape(m, s.size),
  };
}

export async function resolveImported(r: ImportedRecord): Promise<ResolvedModel> {
  const s = await stat(r.path).catch(() => null);
  if (!s) throw new ModelStoreError('not-ready', `${r.title}: the imported file is gone from ${r.path}`);
  if (s.size !== r.sizeBytes || s.mtimeMs !== r.mtimeMs) {
    throw new ModelStoreError(
      'not-ready',
      `${r.title}: ${r.path} changed since it was imported; import it again`,
    );
  }
  return {
    id: r.id,
    servedName: r.servedName,
    title: r.title,
    source: 'imported',
    demo: false,
    path: r.path,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    architecture: r.architecture,
    shape: r.shape,
  };
}

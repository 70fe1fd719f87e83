// Imports a GGUF the owner already has, by reference: the header is validated (a servable chat LLM, one
// file, complete), the SHA-256 computed by streaming the file (minutes for tens of GB; the attestation
// reports it), and a registry record made. The file is never copied or moved.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { servedNameFor } from './discovered.js';
import { readGgufHeader, type GgufHeader } from './gguf-header.js';
import { fitShapeOf } from './gguf-shape.js';
import { ModelStoreError } from './model-store-types.js';
import type { ImportedRecord } from './registry-file.js';

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A network name from the file: the catalog's for a catalog file, else general.name, else the file name. */
export function derivedServedName(path: string, header: GgufHeader): string {
  const fromHeader = header.name?.trim().replace(/\s+/g, '-');
  const fallback =
    fromHeader !== undefined && fromHeader !== '' ? fromHeader : basename(path).replace(/\.gguf$/i, '');
  return servedNameFor(path, fallback.slice(0, 200));
}

export async function importGguf(path: string, name?: string): Promise<ImportedRecord> {
  const file = resolve(path);
  const header = await readGgufHeader(file);
  if (header.splitCount > 1) {
    throw new ModelStoreError(
      'unsupported-architecture',
      `${file} is one part of a multi-part model; merge it first`,
    );
  }
  const before = await stat(file);
  const sha256 = await sha256OfFile(file);
  const after = await stat(file);
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
    throw new ModelStoreError(
      'busy',
      `${file} changed while it was being hashed; import it again once it is complete`,
    );
  }
  return {
    id: `imported-${sha256.slice(0, 12)}`,
    path: file,
    servedName: name ?? derivedServedName(file, header),
    title: `${header.name ?? basename(file)}${header.quantization ? ` · ${header.quantization}` : ''}`,
    sha256,
    sizeBytes: after.size,
    mtimeMs: after.mtimeMs,
    architecture: header.architecture,
    quantization: header.quantization,
    shape: fitShapeOf(header),
    importedAt: Date.now(),
  };
}
